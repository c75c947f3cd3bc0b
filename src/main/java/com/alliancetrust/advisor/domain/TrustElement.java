package com.alliancetrust.advisor.domain;

/** The four trustworthiness beliefs (Mayer, Davis & Schoorman 1995), judged separately. */
public enum TrustElement {
    COMPETENCE, INTEGRITY, BENEVOLENCE, PREDICTABILITY;

    private final String key = name().toLowerCase(); // asked for many times per assessment

    public String key() {
        return key;
    }
}
