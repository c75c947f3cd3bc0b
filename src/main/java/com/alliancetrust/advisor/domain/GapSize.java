package com.alliancetrust.advisor.domain;

/** How far apart the two sides are on a dimension; the thresholds are in rules/culture/gaps.drl. */
public enum GapSize { SIMILAR, MODERATE, LARGE }
