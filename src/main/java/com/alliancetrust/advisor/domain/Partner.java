package com.alliancetrust.advisor.domain;

/** The candidate partner: its name, its country (ISO 3166-1 alpha-2) and its industry. */
public record Partner(@Required String name, String country, String industry) {
}
