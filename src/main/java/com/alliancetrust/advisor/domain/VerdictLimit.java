package com.alliancetrust.advisor.domain;

import java.util.List;

/** A finding that caps how favourable the verdict can be, with the reason in plain words. */
public record VerdictLimit(Verdict atBest, String reason, List<Object> basis) implements Conclusion {

    public VerdictLimit(Verdict atBest, String reason) {
        this(atBest, reason, List.of());
    }

    /** A limit resting on facts an accumulate gathered, which the match itself does not show. */
    public static VerdictLimit basedOn(Verdict atBest, String reason, List<?> basis) {
        return new VerdictLimit(atBest, reason, List.copyOf(basis));
    }

    public Verdict getAtBest() { return atBest; }

    @Override
    public String statement() {
        return "verdict at best \"" + atBest.words() + "\": " + reason;
    }
}
