package com.alliancetrust.advisor.domain;

/** A diagnostic conclusion about one part of a breach, such as {@code recoverability = LOW}. */
public record Finding(int part, String attribute, String value) implements Conclusion {
    public int getPart() { return part; }
    public String getAttribute() { return attribute; }
    public String getValue() { return value; }

    @Override
    public String statement() {
        return attribute + " (part " + part + "): " + value;
    }
}
