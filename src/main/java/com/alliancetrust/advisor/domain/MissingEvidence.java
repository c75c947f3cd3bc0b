package com.alliancetrust.advisor.domain;

/** An evidence item of the catalogue that the request did not supply. */
public record MissingEvidence(TrustElement element, String field) {
    public TrustElement getElement() { return element; }
    public String getField() { return field; }
}
