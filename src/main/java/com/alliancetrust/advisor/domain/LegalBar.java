package com.alliancetrust.advisor.domain;

/** A red flag that is a legal prohibition: the matter goes to counsel, and no advice says how to proceed. */
public record LegalBar(String flagId) implements Conclusion {
    @Override
    public String statement() {
        return "legal bar: " + flagId;
    }
}
