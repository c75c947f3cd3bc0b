package com.alliancetrust.advisor.domain;

import java.util.List;

/** The level concluded for one trust element, with the signals or red flags it rests on. */
public record ElementLevel(TrustElement element, Level level, Integer score, List<Object> basis)
        implements Conclusion {

    private static final int NEUTRAL = 50;

    /** Evidence moves the score away from a neutral 50; the result is kept within 0-100. */
    public static ElementLevel scored(TrustElement element, Number points, List<?> signals, List<?> facts) {
        int score = Math.max(0, Math.min(100, NEUTRAL + points.intValue()));
        List<Object> basis = new java.util.ArrayList<>(signals);
        basis.addAll(facts);
        return new ElementLevel(element, Level.ofScore(score), score, List.copyOf(basis));
    }

    public static ElementLevel flagged(TrustElement element, List<?> flags) {
        return new ElementLevel(element, Level.LOW, null, List.copyOf(flags));
    }

    public static ElementLevel unknown(TrustElement element) {
        return new ElementLevel(element, Level.UNKNOWN, null, List.of());
    }

    public TrustElement getElement() { return element; }
    public Level getLevel() { return level; }
    public Integer getScore() { return score; }

    @Override
    public String statement() {
        return element.key() + ": " + level + (score == null ? "" : " (score " + score + ")");
    }
}
