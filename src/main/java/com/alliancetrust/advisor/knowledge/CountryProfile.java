package com.alliancetrust.advisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One country's cultural profile: its position on every dimension of the catalogue (unknown where
 * no published or verified value exists), each known value with its source, and the named business
 * practices that matter for trust there.
 */
public record CountryProfile(String code, String name, String note, List<Rating> dimensions, List<Practice> practices) {

    /**
     * A country's value on one dimension. {@code value} is the category (Hall) or the number
     * (Hofstede, Meyer); {@code position} is its place on the dimension's line, the number itself
     * or the category's rank from the low end. Meyer positions are approximate, with a confidence.
     */
    public record Rating(String dimension, CultureDimension.Framework framework, boolean known, Object value, Integer position,
                         String source, String note, Boolean approximate, Confidence confidence) {
    }

    public enum PracticeKind { DECISION, NETWORK, FACE, FLEXIBILITY, OTHER }

    /** A named practice (nemawashi, guanxi, ...): what it is, what it means for trust, how to adapt, and what is uncertain. */
    public record Practice(String id, String name, PracticeKind kind, String description, String trust, String adapt,
                           String uncertain, List<String> sources) {
    }

    public Optional<Rating> rating(String dimension) {
        return dimensions.stream().filter(r -> r.dimension().equals(dimension) && r.known()).findFirst();
    }

    public long knownCount() {
        return dimensions.stream().filter(Rating::known).count();
    }
}
