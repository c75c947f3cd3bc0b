package com.alliancetrust.advisor.engine;

/** The rules do not compile; the message names each file and line. */
public class RuleCompilationException extends RuntimeException {
    public RuleCompilationException(String message) {
        super(message);
    }
}
