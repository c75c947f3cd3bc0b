package com.alliancetrust.advisor.domain;

/** Stages of trust development (Lewicki & Bunker 1995/96). */
public enum TrustStage {
    CALCULUS, KNOWLEDGE, IDENTIFICATION
}
