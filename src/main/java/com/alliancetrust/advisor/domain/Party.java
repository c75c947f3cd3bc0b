package com.alliancetrust.advisor.domain;

/** The two sides of a cultural comparison: our firm and the partner. */
public enum Party {
    OURS, PARTNER;

    /** The request's name for the side: {@code ours} or {@code partner}. */
    public String key() {
        return name().toLowerCase();
    }
}
