package com.alliancetrust.advisor.domain;

/** A finding that caps how favourable the verdict can be. */
public record VerdictLimit(Verdict atBest, String reason) implements Conclusion {
    public Verdict getAtBest() { return atBest; }

    @Override
    public String statement() {
        return "verdict at best " + atBest + ": " + reason;
    }
}
