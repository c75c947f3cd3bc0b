package com.alliancetrust.advisor.domain;

/**
 * What a verdict limit is about: the partner's trustworthiness, its fit with what the alliance needs,
 * or the balance of dependence between the two firms. The advice says which, so that a partner held
 * back for its fit is never told to mend a trust element.
 */
public enum Axis { TRUST, FIT, POWER }
