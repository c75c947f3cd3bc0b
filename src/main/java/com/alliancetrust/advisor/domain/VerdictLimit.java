package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * A finding that caps how favourable the verdict can be, with the reason in plain words and the axis
 * it is about (the partner's trustworthiness unless said otherwise).
 */
public record VerdictLimit(Verdict atBest, String reason, List<Object> basis, Axis axis) implements Conclusion {

    public VerdictLimit(Verdict atBest, String reason) {
        this(atBest, reason, List.of(), Axis.TRUST);
    }

    /** A limit resting on facts an accumulate gathered, which the match itself does not show. */
    public static VerdictLimit basedOn(Verdict atBest, String reason, List<?> basis) {
        return new VerdictLimit(atBest, reason, List.copyOf(basis), Axis.TRUST);
    }

    /** A limit set by the partner's fit or by the balance of dependence, not by its trustworthiness. */
    public static VerdictLimit on(Axis axis, Verdict atBest, String reason) {
        return new VerdictLimit(atBest, reason, List.of(), axis);
    }

    public Verdict getAtBest() { return atBest; }
    public Axis getAxis() { return axis; }

    @Override
    public String statement() {
        return "verdict at best \"" + atBest.words() + "\": " + reason;
    }
}
