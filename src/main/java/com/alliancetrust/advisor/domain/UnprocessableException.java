package com.alliancetrust.advisor.domain;

/** A well-formed request the advisor cannot act on, such as a health check its rules cannot evaluate; nothing was changed. */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String message) {
        super(message);
    }
}
