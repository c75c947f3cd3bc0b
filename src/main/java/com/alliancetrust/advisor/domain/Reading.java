package com.alliancetrust.advisor.domain;

/** How one evidence item, {@code field}, bears on its trust element. */
public record Reading(TrustElement element, String field, Bearing bearing) implements Conclusion {

    public static Reading of(Fact fact, Bearing bearing) {
        return new Reading(fact.getElement(), fact.name(), bearing);
    }

    public TrustElement getElement() { return element; }
    public String getField() { return field; }
    public Bearing getBearing() { return bearing; }

    @Override
    public String statement() {
        return element.key() + " evidence: " + bearing.words();
    }
}
