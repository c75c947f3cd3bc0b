package com.alliancetrust.advisor.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Overall trustworthiness: the weakest known element, never an average (weakest-link rule). While any
 * element is unknown or the evidence is thin it is provisional, and never HIGH with an element
 * unknown: at most MODERATE until the missing element is established.
 */
public record Overall(Level level, List<TrustElement> weakest, boolean provisional, List<TrustElement> unknown,
                      List<Object> basis) implements Conclusion {

    public static Overall weakestOf(List<?> levels, boolean thinEvidence) {
        List<ElementLevel> all = levels.stream().map(ElementLevel.class::cast).toList();
        List<ElementLevel> known = all.stream().filter(l -> l.level() != Level.UNKNOWN).toList();
        List<TrustElement> unknown = all.stream().filter(l -> l.level() == Level.UNKNOWN).map(ElementLevel::element).sorted().toList();
        if (known.isEmpty()) return new Overall(Level.UNKNOWN, List.of(), true, unknown, List.copyOf(levels));
        Level lowest = known.stream().map(ElementLevel::level).min(Comparator.naturalOrder()).orElseThrow();
        List<TrustElement> weakest = known.stream().filter(l -> l.level() == lowest).map(ElementLevel::element).sorted().toList();
        Level level = lowest == Level.HIGH && !unknown.isEmpty() ? Level.MODERATE : lowest;
        return new Overall(level, weakest, thinEvidence || !unknown.isEmpty(), unknown, List.copyOf(levels));
    }

    public Level getLevel() { return level; }

    @Override
    public String statement() {
        String unknownWords = String.join(", ", unknown.stream().map(TrustElement::key).toList());
        if (level == Level.UNKNOWN) return "overall trustworthiness: not yet known";
        return "overall trustworthiness: " + (unknown.isEmpty() ? "" : "at most ") + level.words()
                + (weakest.isEmpty() ? "" : " (weakest: " + String.join(", ", weakest.stream().map(TrustElement::key).toList()) + ")")
                + (unknown.isEmpty() ? (provisional ? ", provisional: the evidence is thin" : "")
                        : ", provisional: " + unknownWords + " not yet known");
    }
}
