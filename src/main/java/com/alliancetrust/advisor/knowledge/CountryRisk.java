package com.alliancetrust.advisor.knowledge;

/** A country's perceived public-sector corruption, as a score (0 very corrupt - 100 very clean) and a band. */
public record CountryRisk(String country, String name, int score, Band band, String source) {
    public enum Band { LOW, MEDIUM, HIGH }
}
