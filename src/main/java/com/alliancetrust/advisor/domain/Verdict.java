package com.alliancetrust.advisor.domain;

/**
 * Partner-selection verdicts, from the most to the least favourable. INSUFFICIENT_EVIDENCE sits below
 * the two that let the deal go ahead and above the two that say no: not enough is known to decide,
 * which is neither a yes nor a finding against the partner.
 */
public enum Verdict {
    PROCEED, PROCEED_WITH_SAFEGUARDS, INSUFFICIENT_EVIDENCE, RECONSIDER, DO_NOT_PROCEED;

    public boolean isWorseThan(Verdict other) {
        return ordinal() > other.ordinal();
    }

    /** Whether the verdict lets the deal go ahead, with or without conditions. */
    public boolean letsTheDealGoAhead() {
        return this == PROCEED || this == PROCEED_WITH_SAFEGUARDS;
    }
}
