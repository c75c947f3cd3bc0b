package com.alliancetrust.advisor.domain;

import java.util.Comparator;
import java.util.List;

/** Overall trustworthiness: the weakest known element, never an average (weakest-link rule). */
public record Overall(Level level, List<TrustElement> weakest, List<Object> basis) implements Conclusion {

    public static Overall weakestOf(List<?> levels) {
        List<ElementLevel> known = levels.stream().map(ElementLevel.class::cast)
                .filter(l -> l.level() != Level.UNKNOWN).toList();
        if (known.isEmpty()) {
            return new Overall(Level.UNKNOWN, List.of(), List.copyOf(levels));
        }
        Level lowest = known.stream().map(ElementLevel::level).min(Comparator.naturalOrder()).orElseThrow();
        List<TrustElement> weakest = known.stream().filter(l -> l.level() == lowest)
                .map(ElementLevel::element).toList();
        return new Overall(lowest, weakest, List.copyOf(levels));
    }

    public Level getLevel() { return level; }

    @Override
    public String statement() {
        return "overall trustworthiness: " + level
                + (weakest.isEmpty() ? "" : " (weakest: " + String.join(", ", weakest.stream().map(TrustElement::key).toList()) + ")");
    }
}
