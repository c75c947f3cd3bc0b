package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.Required;

/**
 * What the advisor knows about the company itself, for advice on the portfolio as a whole: whether
 * it has a dedicated alliance function (a team or a named senior person owning alliance practice
 * across the company). {@code NOT_KNOWN} until someone records it; {@code updatedAt} is when it
 * was last set, absent when never.
 */
public record Organisation(AllianceFunction allianceFunction, String updatedAt) {

    /** Whether the company has a dedicated alliance function. */
    public enum AllianceFunction { YES, NO, NOT_KNOWN }

    /** Nothing recorded yet. */
    public static final Organisation NOT_RECORDED = new Organisation(AllianceFunction.NOT_KNOWN, null);

    /** What a client sends to set it. */
    public record Update(@Required AllianceFunction allianceFunction) {
    }
}
