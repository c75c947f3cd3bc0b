package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.GapSize;
import com.alliancetrust.advisor.knowledge.CultureDimension;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cultural gaps a diagnosis reads: for each dimension that can explain behaviour taken for a
 * breach, where the partner stands relative to us, as the culture rules compare the two countries.
 * A dimension not known for both sides gives no fact: unknown, never "similar".
 */
public final class CulturalReading {
    /** The dimensions the diagnosis rules read, by id, with the label a reader sees. */
    static final Map<String, String> DIMENSIONS = dimensions(
            "context", "Context of communication, partner relative to us",
            "communicating", "Way of communicating, partner relative to us",
            "disagreeing", "Way of disagreeing, partner relative to us",
            "evaluating", "Way of giving negative feedback, partner relative to us",
            "time", "Time orientation, partner relative to us",
            "scheduling", "View of schedules, partner relative to us",
            "powerDistance", "Acceptance of hierarchy, partner relative to us",
            "leading", "Distance between boss and team, partner relative to us",
            "deciding", "Way of deciding, partner relative to us",
            "trusting", "Basis of trust, partner relative to us");

    private static final String PREFIX = "culture.";

    /** The facts this capability gives its rules: each dimension's gap, seen from us. */
    public static final List<FactType> FACTS = DIMENSIONS.entrySet().stream()
            .map(d -> FactType.choice(PREFIX + d.getKey(), d.getValue(), "PARTNER_HIGHER", "PARTNER_LOWER", "SIMILAR")).toList();

    private static Map<String, String> dimensions(String... idsAndLabels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLabels.length; i += 2) m.put(idsAndLabels[i], idsAndLabels[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    private CulturalReading() {
    }

    /** The gap facts between two countries; none when either is not known. */
    static List<Fact> facts(Advisor advisor, String ourCountry, String partnerCountry) {
        List<Fact> facts = new ArrayList<>();
        if (ourCountry == null || partnerCountry == null) return facts;
        CultureAdviceService.Result comparison = CultureAdviceService.forAssessment(advisor, ourCountry, partnerCountry, null);
        for (CultureAdviceService.Gap gap : comparison.gaps()) {
            if (!DIMENSIONS.containsKey(gap.dimension())) continue;
            facts.add(Fact.of(PREFIX + gap.dimension(), gap.size() == GapSize.SIMILAR ? "SIMILAR" : gap.direction().name()));
        }
        return facts;
    }

    static boolean isCultureFact(String name) {
        return name.startsWith(PREFIX) && DIMENSIONS.containsKey(name.substring(PREFIX.length()));
    }

    static String label(String name) {
        return DIMENSIONS.get(name.substring(PREFIX.length()));
    }

    /** A gap in words, from the dimension catalogue ("The partner treats time more polychronically than we do"). */
    static String valueLabel(Advisor advisor, String name, String value) {
        CultureDimension d = advisor.knowledge().culture().dimensions().get(name.substring(PREFIX.length()));
        if (d == null) return value;
        return switch (value) {
            case "PARTNER_HIGHER" -> d.partnerHigher();
            case "PARTNER_LOWER" -> d.partnerLower();
            default -> d.similar();
        };
    }
}
