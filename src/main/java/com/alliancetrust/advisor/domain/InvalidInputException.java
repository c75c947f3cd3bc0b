package com.alliancetrust.advisor.domain;

/** Client input that cannot be used, naming the offending field by its JSON path. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
