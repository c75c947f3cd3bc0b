package com.alliancetrust.advisor.domain;

/** Partner-selection verdicts, from the most to the least favourable. */
public enum Verdict {
    PROCEED, PROCEED_WITH_SAFEGUARDS, RECONSIDER, DO_NOT_PROCEED;

    public boolean isWorseThan(Verdict other) {
        return ordinal() > other.ordinal();
    }
}
