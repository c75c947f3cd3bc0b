package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.TrustElement;
import java.util.List;
import java.util.Optional;

/**
 * One observable fact an HR executive can collect about a partner. Choice values are listed from the
 * most to the least favourable, which is what "a better finding" means when searching for what
 * would change a verdict. Numbers carry the values worth trying for that search in {@code whatIf}.
 */
public record EvidenceField(TrustElement element, String name, String label, String help, Type type,
                            List<Choice> values, Integer min, Integer max, String unit, List<Integer> whatIf,
                            String collect) {

    public enum Type { CHOICE, NUMBER }

    /** One value; {@code resolve} says what would settle it when it weighs against the partner or is still to verify. */
    public record Choice(String value, String label, String resolve) {
    }

    /** The name rules use: {@code integrity.litigationRecord}. */
    public String key() {
        return element == null || name == null ? null : element.key() + "." + name;
    }

    public Optional<Choice> choice(String value) {
        return values == null ? Optional.empty() : values.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    public String describe(String value) {
        return choice(value).map(Choice::label).orElse(value + (unit == null ? "" : " " + unit));
    }
}
