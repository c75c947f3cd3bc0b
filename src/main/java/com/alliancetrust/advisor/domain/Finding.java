package com.alliancetrust.advisor.domain;

import java.util.List;
import java.util.Objects;

/**
 * A diagnostic conclusion about one part of a breach, such as {@code recoverability = LOW}. The basis
 * holds the premises a rule gathered with an accumulate, so that an explanation shows them; it is
 * not part of what the finding says, and two findings with the same part, attribute and value are equal.
 */
public record Finding(int part, String attribute, String value, List<Object> basis) implements Conclusion {
    public Finding {
        basis = basis == null ? List.of() : List.copyOf(basis);
    }

    public Finding(int part, String attribute, String value) {
        this(part, attribute, value, List.of());
    }

    public int getPart() { return part; }
    public String getAttribute() { return attribute; }
    public String getValue() { return value; }

    @Override
    public String statement() {
        return attribute + " (part " + part + "): " + value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.part == part && f.attribute.equals(attribute) && f.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(part, attribute, value);
    }

    @Override
    public String toString() {
        return "Finding[part=" + part + ", attribute=" + attribute + ", value=" + value + "]";
    }
}
