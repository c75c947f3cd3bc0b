package com.alliancetrust.advisor.knowledge;

import java.util.List;

/**
 * A dimension a country profile records, such as Hofstede's power distance or Meyer's trusting
 * scale: which end is which, the values it takes, and how a comparison of two parties is worded.
 * Hall's dimensions take one of {@code values}, ordered from the low end to the high end; the
 * others take whole numbers from {@code min} to {@code max}.
 */
public record CultureDimension(String id, Framework framework, String name, String lowEnd, String highEnd,
                               List<String> values, Integer min, Integer max,
                               String partnerHigher, String partnerLower, String similar, List<String> sources) {

    public enum Framework { HALL, HOFSTEDE, MEYER }

    public boolean categorical() {
        return framework == Framework.HALL;
    }

    /** The position of a category on the dimension, 1 at the low end; 0 when it is not one of the values. */
    public int position(String value) {
        return values == null ? 0 : values.indexOf(value) + 1;
    }

    /** What values it accepts, in words, for error messages. */
    public String accepted() {
        return categorical() ? "one of " + String.join(", ", values) : "a whole number from " + min + " to " + max;
    }
}
