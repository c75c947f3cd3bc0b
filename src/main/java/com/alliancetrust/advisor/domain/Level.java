package com.alliancetrust.advisor.domain;

/** A trust level. UNKNOWN is not a point on the scale: it means the evidence is missing. */
public enum Level {
    LOW, MODERATE, HIGH, UNKNOWN;

    /** The level as a sentence says it: "low", "moderate", "high", "unknown". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Score bands: below 40 LOW, below 70 MODERATE, otherwise HIGH. */
    public static Level ofScore(int score) {
        return score < 40 ? LOW : score < 70 ? MODERATE : HIGH;
    }
}
