package com.alliancetrust.advisor.domain;

/** How sensitive the intellectual property the alliance will touch is. */
public enum IpSensitivity { LOW, MEDIUM, HIGH }
