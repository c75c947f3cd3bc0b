package com.alliancetrust.advisor.domain;

/** An evidence item that weighed against the partner or is still to verify: something to resolve before deciding. */
public record OpenFinding(TrustElement element, String field, Bearing bearing) implements Conclusion {
    public String getField() { return field; }
    public Bearing getBearing() { return bearing; }

    @Override
    public String statement() {
        return "to resolve: " + field + " (" + bearing.words() + ")";
    }
}
