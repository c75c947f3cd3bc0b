package com.alliancetrust.advisor.culture;

import com.alliancetrust.advisor.domain.CultureValue;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NamedPractice;
import com.alliancetrust.advisor.domain.Party;
import com.alliancetrust.advisor.domain.UnknownDimension;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.CountryProfile.Rating;
import com.alliancetrust.advisor.knowledge.CultureDimension;
import com.alliancetrust.advisor.knowledge.CultureKnowledge;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a comparison, validated: its country's profile (if a country was given) and the
 * values stated for the firm itself, each checked against the dimension's range. Becomes the facts
 * the culture rules reason over: a value per dimension where one is known, an unknown otherwise.
 */
record CultureSide(Party party, CountryProfile profile, Map<String, JsonNode> stated) {

    /** Validates one side of a request; fields are named by their JSON path under {@code ours} or {@code partner}. */
    static CultureSide of(Party party, CultureAdviceRequest.Side side, CultureKnowledge culture) {
        String path = party.key();
        if (side == null) throw new InvalidInputException(path, "is required: give a country code (country) or the firm's own dimension values (dimensions)");
        CountryProfile profile = side.country() == null ? null : country(path + ".country", side.country(), culture);
        Map<String, JsonNode> stated = new LinkedHashMap<>();
        if (side.dimensions() != null) {
            for (var entry : side.dimensions().entrySet()) {
                String field = path + ".dimensions." + entry.getKey();
                CultureDimension d = culture.dimensions().get(entry.getKey());
                if (d == null) {
                    throw new InvalidInputException(field, "is not a cultural dimension; known dimensions: " + String.join(", ", culture.dimensions().keySet()));
                }
                JsonNode value = entry.getValue();
                if (value == null || value.isNull()) continue; // stated as unknown: the country's value, if any, stands
                check(field, d, value);
                stated.put(d.id(), value);
            }
        }
        if (profile == null && stated.isEmpty()) {
            throw new InvalidInputException(path, "give a country code (country) or the firm's own dimension values (dimensions)");
        }
        return new CultureSide(party, profile, stated);
    }

    /** The profile of a country code, or a 400 on {@code field} listing the codes that have one. */
    static CountryProfile country(String field, String code, CultureKnowledge culture) {
        CountryProfile profile = culture.countries().get(code);
        if (profile == null) {
            throw new InvalidInputException(field, "unknown country code \"" + code + "\"; country profiles exist for: " + culture.codes());
        }
        return profile;
    }

    private static void check(String field, CultureDimension d, JsonNode value) {
        boolean ok = d.categorical() ? value.isTextual() && d.position(value.asText()) > 0
                : value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= d.min() && value.intValue() <= d.max();
        if (!ok) throw new InvalidInputException(field, "must be " + d.accepted() + ", got " + value);
    }

    String country() {
        return profile == null ? null : profile.code();
    }

    /** The facts of this side: its known positions, its unknown dimensions and its country's named practices. */
    List<Object> facts(CultureKnowledge culture) {
        List<Object> facts = new ArrayList<>();
        for (CultureDimension d : culture.dimensions().values()) {
            JsonNode own = stated.get(d.id());
            Rating rating = profile == null ? null : profile.rating(d.id()).orElse(null);
            if (own != null) {
                int position = d.categorical() ? d.position(own.asText()) : own.intValue();
                facts.add(new CultureValue(party, d.id(), d.name(), d.framework().name(), position, own.asText(), null, true));
            } else if (rating != null) {
                String label = String.valueOf(rating.value()) + (Boolean.TRUE.equals(rating.approximate())
                        ? " (approximate, " + AdviceWording.words(rating.confidence()) + " confidence)" : "");
                facts.add(new CultureValue(party, d.id(), d.name(), d.framework().name(), rating.position(), label, rating.source(), false));
            } else {
                facts.add(new UnknownDimension(party, d.id(), d.name()));
            }
        }
        if (profile != null) {
            profile.practices().forEach(p -> facts.add(new NamedPractice(party, profile.code(), p.id(), p.name(), p.kind().name())));
        }
        return facts;
    }
}
