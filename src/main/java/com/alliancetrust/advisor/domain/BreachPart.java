package com.alliancetrust.advisor.domain;

/**
 * One part of a breach under diagnosis. A breach can have parts of different kinds (our competence
 * failure plus an integrity accusation against us); each is diagnosed and answered for separately.
 */
public record BreachPart(int index, Accused accused) {
    public enum Accused { PARTNER, US }

    public int getIndex() { return index; }
    public Accused getAccused() { return accused; }
}
