package com.alliancetrust.advisor.domain;

/**
 * What a line of a result's summary says, in the order a summary gives them: the decision, the
 * reasons that carry it, the conditions it holds under, and what is still unknown.
 */
public enum SummaryKind {
    DECISION, REASON, CONDITION, UNKNOWN
}
