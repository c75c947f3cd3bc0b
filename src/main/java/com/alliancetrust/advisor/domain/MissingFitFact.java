package com.alliancetrust.advisor.domain;

/** A fit fact of the catalogue that the request did not supply: a gap in what is known about the fit, not a weakness. */
public record MissingFitFact(FitKind kind, String field, String label) {
    public FitKind getKind() { return kind; }
    public String getField() { return field; }
    public String getLabel() { return label; }
}
