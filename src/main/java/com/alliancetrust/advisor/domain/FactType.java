package com.alliancetrust.advisor.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One input fact a capability gives its rules: the name rules match, the label a reader sees in an
 * explanation, and what its value may be. Declared once where the capability makes its facts, and
 * checked against every rule when the rules load, so that a rule matching a misspelt name or value,
 * which would load and never fire, stops the start instead.
 */
public record FactType(String name, String label, Kind kind, Set<String> values) {

    /** A choice among named values; a number (rules compare {@code number}); or any text, such as the name of an evidence field. */
    public enum Kind { CHOICE, NUMBER, TEXT }

    public FactType {
        values = values == null ? Set.of() : Set.copyOf(values);
    }

    public static FactType choice(String name, String label, String... values) {
        return new FactType(name, label, Kind.CHOICE, new LinkedHashSet<>(Arrays.asList(values)));
    }

    public static FactType choice(String name, String label, Class<? extends Enum<?>> values) {
        return choice(name, label, Arrays.stream(values.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    public static FactType yesNo(String name, String label) {
        return choice(name, label, "YES", "NO");
    }

    public static FactType number(String name, String label) {
        return new FactType(name, label, Kind.NUMBER, Set.of());
    }

    public static FactType text(String name, String label) {
        return new FactType(name, label, Kind.TEXT, Set.of());
    }

    /** Each fact's label by its name, for explanations. */
    public static Map<String, String> labels(Collection<FactType> facts) {
        Map<String, String> labels = new LinkedHashMap<>();
        facts.forEach(f -> labels.put(f.name(), f.label()));
        return Map.copyOf(labels);
    }
}
