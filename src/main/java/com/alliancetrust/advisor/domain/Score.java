package com.alliancetrust.advisor.domain;

/**
 * A health-check score: the mean answer (1-5) of one side (OURS, PARTNER or ALL) on one trust
 * element (or OVERALL, the mean of the four, shown but never deciding; or IDENTIFICATION, the
 * shared-identity items) at the {@code seq}-th check that had a survey. {@code respondents} is how
 * many people the mean rests on (0 when not recorded) and {@code spread} the standard deviation of
 * their answers (NaN when not recorded).
 */
public record Score(int seq, String side, String element, double value, int respondents, double spread) implements Input {
    public Score(int seq, String side, String element, double value) {
        this(seq, side, element, value, 0, Double.NaN);
    }

    public int getSeq() { return seq; }
    public String getSide() { return side; }
    public String getElement() { return element; }
    public double getValue() { return value; }
    public int getRespondents() { return respondents; }
    public double getSpread() { return spread; }

    /**
     * The standard error of the difference between two means: how far they can lie apart on the
     * noise of who answered alone. A spread not recorded is taken as {@code assumedSpread}, a number
     * of respondents not recorded as {@code assumedRespondents}.
     */
    public static double noise(Score a, Score b, double assumedSpread, int assumedRespondents) {
        return Math.sqrt(variance(a, assumedSpread, assumedRespondents) + variance(b, assumedSpread, assumedRespondents));
    }

    private static double variance(Score s, double assumedSpread, int assumedRespondents) {
        double sd = Double.isNaN(s.spread) ? assumedSpread : s.spread;
        int n = s.respondents > 0 ? s.respondents : assumedRespondents;
        return sd * sd / Math.max(1, n);
    }

    @Override
    public String inputName() { return "check" + seq + "." + side + "." + element; }

    @Override
    public String inputValue() { return String.valueOf(value); }
}
