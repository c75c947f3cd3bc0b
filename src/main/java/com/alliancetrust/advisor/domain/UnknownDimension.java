package com.alliancetrust.advisor.domain;

import java.util.List;

/** A dimension on which one side's position is unknown: no value in its country's profile and none stated. */
public record UnknownDimension(Party party, String dimension, String name) implements Input {

    public Party getParty() { return party; }
    public String getDimension() { return dimension; }

    @Override
    public String inputName() { return party.key() + "." + dimension; }

    @Override
    public String inputValue() { return "UNKNOWN"; }

    /** The dimensions as {@code party.dimension}, for advice that lists them. */
    public static List<String> fields(List<?> unknown) {
        return unknown.stream().map(u -> ((UnknownDimension) u).inputName()).toList();
    }
}
