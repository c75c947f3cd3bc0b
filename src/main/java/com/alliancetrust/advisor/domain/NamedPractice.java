package com.alliancetrust.advisor.domain;

/** A named business practice of one side's country (nemawashi, guanxi, ...), and its kind (DECISION, NETWORK, ...). */
public record NamedPractice(Party party, String country, String id, String name, String kind) implements Input {

    public Party getParty() { return party; }
    public String getId() { return id; }
    public String getKind() { return kind; }

    @Override
    public String inputName() { return party.key() + ".practice"; }

    @Override
    public String inputValue() { return id; }
}
