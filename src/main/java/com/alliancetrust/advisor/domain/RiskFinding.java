package com.alliancetrust.advisor.domain;

import java.util.List;

/** A risk the partner poses to the alliance, how strong it is, and the element levels behind it. */
public record RiskFinding(RiskType type, Level strength, List<Object> basis) implements Conclusion {

    public static RiskFinding of(RiskType type, Level strength, List<?> levels) {
        return new RiskFinding(type, strength, List.copyOf(levels));
    }

    public RiskType getType() { return type; }
    public Level getStrength() { return strength; }

    @Override
    public String statement() {
        return type.name().toLowerCase() + " risk: " + strength.words();
    }
}
