package com.alliancetrust.advisor.knowledge;

import java.util.Map;

/** The dimension catalogue and the country profiles, in file order and by ISO code. */
public record CultureKnowledge(String caveat, Map<String, CultureDimension> dimensions, Map<String, CountryProfile> countries) {

    /** The accepted country codes, for error messages. */
    public String codes() {
        return String.join(", ", countries.keySet());
    }
}
