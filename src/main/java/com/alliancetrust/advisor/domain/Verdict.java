package com.alliancetrust.advisor.domain;

/**
 * Partner-selection verdicts, from the most to the least favourable. INSUFFICIENT_EVIDENCE sits below
 * the two that let the deal go ahead and above the two that say no: not enough is known to decide,
 * which is neither a yes nor a finding against the partner.
 */
public enum Verdict {
    PROCEED("proceed"), PROCEED_WITH_SAFEGUARDS("proceed with safeguards"), INSUFFICIENT_EVIDENCE("not enough evidence to decide yet"),
    RECONSIDER("reconsider"), DO_NOT_PROCEED("do not proceed");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict in plain words, for sentences a reader sees. */
    public String words() {
        return words;
    }

    public boolean isWorseThan(Verdict other) {
        return ordinal() > other.ordinal();
    }

    /** Whether the verdict lets the deal go ahead, with or without conditions. */
    public boolean letsTheDealGoAhead() {
        return this == PROCEED || this == PROCEED_WITH_SAFEGUARDS;
    }
}
