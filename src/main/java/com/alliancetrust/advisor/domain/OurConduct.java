package com.alliancetrust.advisor.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What our own side has done in the deal, as the HR executive observed it. Every item is optional:
 * one left out is unknown. It is never evidence about the partner: the rules read it as a separate
 * finding, the relational risk we create ourselves, with advice addressed to us. Rules see each item
 * as {@code ours.<item>}.
 */
public record OurConduct(Pressure pressureTactics, Deadline deadline, LeadContinuity leadContinuity,
                         ParallelTalks parallelTalks, CeoStance ceoStance, EarlierConduct earlierConduct) {

    /** Pressure we put on the partner: ultimatums, threats to walk away, take-it-or-leave-it terms. */
    public enum Pressure { NONE, SOME, HEAVY }

    /** A deadline we set: none, one with a real business reason we explained, or one with no reason beyond pressure. */
    public enum Deadline { NONE, BUSINESS_REASON, ARTIFICIAL }

    /** Whether the partner has dealt with the same lead on our side throughout. */
    public enum LeadContinuity { SAME_LEAD, ONE_CHANGE, ROTATING }

    /** Talks we hold with other candidates for the same alliance, and whether the partner knows. */
    public enum ParallelTalks { NONE, DISCLOSED, UNDISCLOSED }

    /** How our chief executive deals with the partner. */
    public enum CeoStance { ENGAGED, DISTANT, ADVERSARIAL }

    /** How we behaved in earlier dealings with this partner. */
    public enum EarlierConduct { NO_EARLIER_DEALINGS, FAIR, MIXED, POOR }

    public static final String PREFIX = "ours.";

    /** Every item and its values, in the order the form shows them. */
    public static final Map<String, Class<? extends Enum<?>>> ITEMS = items();

    private static Map<String, Class<? extends Enum<?>>> items() {
        Map<String, Class<? extends Enum<?>>> items = new LinkedHashMap<>();
        items.put("pressureTactics", Pressure.class);
        items.put("deadline", Deadline.class);
        items.put("leadContinuity", LeadContinuity.class);
        items.put("parallelTalks", ParallelTalks.class);
        items.put("ceoStance", CeoStance.class);
        items.put("earlierConduct", EarlierConduct.class);
        return java.util.Collections.unmodifiableMap(items);
    }

    /** The items known, as {@code ours.<item> -> VALUE}. */
    public Map<String, String> known() {
        Map<String, String> known = new LinkedHashMap<>();
        List<Enum<?>> values = java.util.Arrays.asList(pressureTactics, deadline, leadContinuity, parallelTalks, ceoStance, earlierConduct);
        int i = 0;
        for (String item : ITEMS.keySet()) {
            Enum<?> v = values.get(i++);
            if (v != null) known.put(PREFIX + item, v.name());
        }
        return known;
    }
}
