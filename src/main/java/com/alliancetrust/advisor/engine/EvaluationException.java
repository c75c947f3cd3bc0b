package com.alliancetrust.advisor.engine;

/** A rule evaluation that could not finish: rules kept firing past the bound on firings or on time. */
public class EvaluationException extends RuntimeException {
    private final String ruleSet;

    public EvaluationException(String ruleSet, String message) {
        super(message);
        this.ruleSet = ruleSet;
    }

    /** The rule set whose rules ran away, e.g. {@code selection}. */
    public String ruleSet() {
        return ruleSet;
    }
}
