package com.alliancetrust.advisor.domain;

/**
 * One observed input, such as {@code integrity.litigationRecord = SERIOUS} or
 * {@code competence.yearsInDomain = 12}. Absent facts are unknown: rules never read a default.
 */
public record Fact(String name, String value, Double number) implements Input {

    public static Fact of(String name, String value) {
        return new Fact(name, value, null);
    }

    public static Fact of(String name, double number) {
        return new Fact(name, formatNumber(number), number);
    }

    private static String formatNumber(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

    @Override
    public String inputName() { return name; }

    @Override
    public String inputValue() { return value; }

    /** Bean-style accessors so that MVEL constraints read {@code Fact(name == "x", value == "Y")}. */
    public String getName() { return name; }
    public String getValue() { return value; }
    public Double getNumber() { return number; }

    /** The trust element whose evidence this is ({@code integrity.*}), or null for any other input. */
    public TrustElement getElement() {
        int dot = name.indexOf('.');
        if (dot < 0) return null;
        String prefix = name.substring(0, dot);
        for (TrustElement e : TrustElement.values()) {
            if (e.key().equals(prefix)) return e;
        }
        return null;
    }
}
