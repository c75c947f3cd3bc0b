package com.alliancetrust.advisor.domain;

import java.util.Locale;
import java.util.Set;

/** The checks every capability makes of its request, each failing with a 400 that names the field. */
public final class InputChecks {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private InputChecks() {
    }

    /** The request itself, which must be there. */
    public static <T> T body(T request) {
        if (request == null) throw new InvalidInputException("(body)", "request body is required");
        return request;
    }

    /** A country, when given, as an ISO 3166 two-letter code in capitals. */
    public static String country(String code, String field) {
        if (code != null && !COUNTRIES.contains(code)) {
            throw new InvalidInputException(field, "must be an ISO 3166 two-letter country code such as \"JP\", got \"" + code + "\"");
        }
        return code;
    }

    /** A number, when given, within its range. */
    public static Integer range(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
