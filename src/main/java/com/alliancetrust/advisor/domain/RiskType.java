package com.alliancetrust.advisor.domain;

/** Das & Teng (2001): opportunism is relational risk, inability to deliver is performance risk. */
public enum RiskType {
    RELATIONAL, PERFORMANCE
}
