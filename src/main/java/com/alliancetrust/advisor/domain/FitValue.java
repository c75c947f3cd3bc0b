package com.alliancetrust.advisor.domain;

/**
 * How the knowledge base reads one value of a fit fact ({@code knowledge-base/evidence.yaml}, section
 * {@code fit}): which kind of fit it bears on and how. Given to the rules for each fit fact known.
 */
public record FitValue(FitKind kind, String field, String value, Bearing reading) {
    public FitKind getKind() { return kind; }
    public String getField() { return field; }
    public String getValue() { return value; }
    public Bearing getReading() { return reading; }
}
