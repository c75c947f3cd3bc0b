package com.alliancetrust.advisor.domain;

/**
 * A health-check score: the mean answer (1-5) of one side (OURS, PARTNER or ALL) on one trust
 * element (or OVERALL, the mean of the four) at check {@code seq}.
 */
public record Score(int seq, String side, String element, double value) implements Input {
    public int getSeq() { return seq; }
    public String getSide() { return side; }
    public String getElement() { return element; }
    public double getValue() { return value; }

    @Override
    public String inputName() { return "check" + seq + "." + side + "." + element; }

    @Override
    public String inputValue() { return String.valueOf(value); }
}
