package com.alliancetrust.advisor.domain;

/** Where the partner stands relative to us on a dimension: towards its high end, its low end, or level with us. */
public enum GapDirection { PARTNER_HIGHER, PARTNER_LOWER, NONE }
