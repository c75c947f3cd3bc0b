package com.alliancetrust.advisor.domain;

/** How one fact, {@code field}, bears on one kind of fit. */
public record FitReading(FitKind kind, String field, Bearing bearing) implements Conclusion {
    public FitKind getKind() { return kind; }
    public String getField() { return field; }
    public Bearing getBearing() { return bearing; }

    @Override
    public String statement() {
        return kind.words() + " evidence: " + bearing.words();
    }
}
