package com.alliancetrust.advisor.domain;

import java.util.Locale;

/**
 * One side's position on one cultural dimension, such as our power distance of 40. {@code value} is
 * the number (Hofstede, Meyer) or the category's rank from the low end (Hall); {@code label} is what
 * the reader sees. {@code stated} is true when the firm's own value was given, overriding its country's.
 */
public record CultureValue(Party party, String dimension, String name, String framework, int value, String label,
                           String source, boolean stated) implements Input {

    public Party getParty() { return party; }
    public String getDimension() { return dimension; }
    public String getFramework() { return framework; }
    public int getValue() { return value; }
    public boolean isStated() { return stated; }

    @Override
    public String inputName() { return party.key() + "." + dimension; }

    @Override
    public String inputValue() { return label; }

    /** A position as a sentence gives it: a category (HIGH, POLYCHRONIC) in words, a score as it is. */
    public static String inWords(String label) {
        if (label == null || label.isEmpty()) return label;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != '_' && (c < 'A' || c > 'Z')) return label;
        }
        return label.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
