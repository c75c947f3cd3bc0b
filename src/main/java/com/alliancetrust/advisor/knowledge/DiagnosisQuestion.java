package com.alliancetrust.advisor.knowledge;

import java.util.List;
import java.util.Optional;

/** A question of the guided breach diagnosis; {@code decides} says which open conclusion its answer settles. */
public record DiagnosisQuestion(String id, String text, String help, Type type, List<Option> options, String decides) {

    public enum Type { CHOICE, MULTI }

    public record Option(String value, String label) {
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
