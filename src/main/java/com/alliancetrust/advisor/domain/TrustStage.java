package com.alliancetrust.advisor.domain;

/** Stages of trust development (Lewicki & Bunker 1995/96). */
public enum TrustStage {
    CALCULUS, KNOWLEDGE, IDENTIFICATION;

    /** The stage as a sentence says it: "calculus-based". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT) + "-based";
    }
}
