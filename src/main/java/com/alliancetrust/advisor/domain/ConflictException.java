package com.alliancetrust.advisor.domain;

/** The request conflicts with the stored state, e.g. an update based on a stale version. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
