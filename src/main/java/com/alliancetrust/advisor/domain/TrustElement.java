package com.alliancetrust.advisor.domain;

/** The four trustworthiness beliefs (Mayer, Davis & Schoorman 1995), judged separately. */
public enum TrustElement {
    COMPETENCE, INTEGRITY, BENEVOLENCE, PREDICTABILITY;

    public String key() {
        return name().toLowerCase();
    }
}
