package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * How one item of our own conduct bears on the relationship: the relational risk it creates
 * (HIGH, MODERATE) or none (LOW). Never a reading of the partner.
 */
public record OwnConductReading(String field, Level strength, List<Object> basis) implements Conclusion {

    public static OwnConductReading of(Fact fact, Level strength) {
        return new OwnConductReading(fact.name(), strength, List.of());
    }

    public String getField() { return field; }
    public Level getStrength() { return strength; }

    @Override
    public String statement() {
        return "our own conduct (" + field.substring(field.indexOf('.') + 1) + "): " + bearing();
    }

    /** What the item does to the relationship, in words: "adds no relational risk", "high relational risk we create". */
    public String bearing() {
        return strength == Level.LOW ? "adds no relational risk" : strength.words() + " relational risk we create";
    }
}
