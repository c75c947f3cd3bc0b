package com.alliancetrust.advisor.domain;

/** An evidence item of the catalogue that the request did not supply; {@code label} names it for the reader. */
public record MissingEvidence(TrustElement element, String field, String label) {

    public MissingEvidence(TrustElement element, String field) {
        this(element, field, field);
    }

    public TrustElement getElement() { return element; }
    public String getField() { return field; }
    public String getLabel() { return label; }
}
