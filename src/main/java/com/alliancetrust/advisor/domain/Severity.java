package com.alliancetrust.advisor.domain;

/**
 * How much a red flag weighs: CRITICAL rules the partner out, SERIOUS puts its element at LOW,
 * WARNING must be resolved before signing but does not by itself make the element LOW.
 */
public enum Severity {
    CRITICAL, SERIOUS, WARNING
}
