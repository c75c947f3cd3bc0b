package com.alliancetrust.advisor.domain;

/**
 * What a red flag blocks, from the knowledge base: the best verdict it allows until it is resolved,
 * and whether it is a legal bar (a prohibition to refer to counsel, not a risk to manage).
 */
public record RedFlagPolicy(String id, String title, Verdict allows, boolean legalBar) {
    public String getId() { return id; }
    public Verdict getAllows() { return allows; }
    public boolean isLegalBar() { return legalBar; }
}
