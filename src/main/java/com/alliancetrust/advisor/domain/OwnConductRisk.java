package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * The relational risk our own side creates (pressure, an artificial deadline, a rotating lead,
 * undisclosed parallel talks, a distant or adversarial chief executive, poor earlier conduct). A
 * finding about the relationship, kept apart from the partner's trust profile, which it never lowers.
 */
public record OwnConductRisk(Level strength, List<Object> basis) implements Conclusion {

    public static OwnConductRisk of(Level strength, List<?> conduct) {
        return new OwnConductRisk(strength, List.copyOf(conduct));
    }

    public Level getStrength() { return strength; }

    @Override
    public String statement() {
        return "relational risk we create: " + strength.words();
    }
}
