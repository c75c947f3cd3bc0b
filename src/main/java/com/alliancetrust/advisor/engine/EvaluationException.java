package com.alliancetrust.advisor.engine;

/** A rule evaluation that could not finish, for example because rules kept firing past the bound. */
public class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }
}
