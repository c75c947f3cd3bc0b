package com.alliancetrust.advisor.domain;

public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
