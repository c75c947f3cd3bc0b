package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.domain.FitKind;
import java.util.List;
import java.util.Optional;

/**
 * One observable fact about the deal rather than about the partner's trustworthiness
 * ({@code knowledge-base/evidence.yaml}, sections {@code fit} and {@code power}): how the partner fits
 * what the alliance needs, or how much each side depends on the other. Sent in the request's own
 * section ({@code fit.gapFilled}, {@code power.ourDependence}); every one optional, and one left out is
 * unknown. It never counts towards the trust evidence's confidence. A fit fact names the kind of fit it
 * bears on, and each of its values how it bears ({@code reading}); values are listed from the most to
 * the least favourable. Power facts are read by the rules together, so their values carry no reading.
 */
public record DealField(Section section, FitKind kind, String name, String label, String help, List<Choice> values, String collect) {

    /** The request section a deal fact belongs to. */
    public enum Section {
        FIT, POWER;

        private final String key = name().toLowerCase(); // made once: facts are built from these keys on every run of the rules

        public String key() {
            return key;
        }
    }

    /** One value; {@code resolve} says what would settle or offset it when it weighs against the deal. */
    public record Choice(String value, String label, Bearing reading, String resolve) {
    }

    /** The name rules use: {@code fit.gapFilled}. */
    public String key() {
        return section == null || name == null ? null : section.key() + "." + name;
    }

    /** The same field, placed in the section of the file it was read from. */
    DealField in(Section where) {
        return new DealField(where, kind, name, label, help, values, collect);
    }

    public Optional<Choice> choice(String value) {
        return values == null ? Optional.empty() : values.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    public String describe(String value) {
        return choice(value).map(Choice::label).orElse(value);
    }
}
