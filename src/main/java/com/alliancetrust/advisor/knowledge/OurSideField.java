package com.alliancetrust.advisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One item about our own side's conduct in the deal (knowledge-base/our-side.yaml): what it asks,
 * help, how to find out, and each value in words. Never evidence about the partner.
 */
public record OurSideField(String name, String label, String help, String collect, List<Choice> values) {

    public record Choice(String value, String label) {
    }

    /** The name rules use: {@code ours.pressureTactics}. */
    public String key() {
        return "ours." + name;
    }

    public Optional<Choice> choice(String value) {
        return values == null ? Optional.empty() : values.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    public String describe(String value) {
        return choice(value).map(Choice::label).orElse(value);
    }
}
