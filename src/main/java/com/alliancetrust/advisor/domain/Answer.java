package com.alliancetrust.advisor.domain;

/** An answer given in a breach diagnosis, for one part; a multi-choice answer is one fact per value chosen. */
public record Answer(int part, String question, String value) implements Input {
    @Override
    public String inputName() { return "part" + part + "." + question; }

    @Override
    public String inputValue() { return value; }

    public int getPart() { return part; }
    public String getQuestion() { return question; }
    public String getValue() { return value; }
}
