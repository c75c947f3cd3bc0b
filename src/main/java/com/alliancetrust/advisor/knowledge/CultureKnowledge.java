package com.alliancetrust.advisor.knowledge;

import java.util.Map;

/**
 * The dimension catalogue and the country profiles, in file order and by ISO code, and the highest
 * priority an adaptation may have for the confidence of the research behind it (a confidence not
 * named there is not capped).
 */
public record CultureKnowledge(String caveat, Map<String, CultureDimension> dimensions, Map<String, CountryProfile> countries,
                               Map<Confidence, com.alliancetrust.advisor.domain.Priority> highestPriority) {

    public CultureKnowledge(String caveat, Map<String, CultureDimension> dimensions, Map<String, CountryProfile> countries) {
        this(caveat, dimensions, countries, Map.of());
    }

    /** The priority an adaptation gets: the one its gap calls for, lowered to the highest its research's confidence allows. */
    public com.alliancetrust.advisor.domain.Priority priority(com.alliancetrust.advisor.domain.Priority fromGap, Confidence confidence) {
        var highest = confidence == null ? null : highestPriority.get(confidence);
        return highest != null && fromGap.compareTo(highest) < 0 ? highest : fromGap;
    }

    /** The accepted country codes, for error messages. */
    public String codes() {
        return String.join(", ", countries.keySet());
    }
}
