package com.alliancetrust.advisor.domain;

/** A resource named by the client (in the path) does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
