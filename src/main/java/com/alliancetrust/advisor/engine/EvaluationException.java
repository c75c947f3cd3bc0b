package com.alliancetrust.advisor.engine;

/** A rule evaluation that could not finish: rules kept firing past the bound on firings or on time. */
public class EvaluationException extends RuntimeException {
    private final String ruleSet;

    public EvaluationException(String message) {
        this(null, message);
    }

    public EvaluationException(String ruleSet, String message) {
        super(message);
        this.ruleSet = ruleSet;
    }

    /** The rule set whose rules ran away, e.g. {@code selection}; null when not known. */
    public String ruleSet() {
        return ruleSet;
    }
}
