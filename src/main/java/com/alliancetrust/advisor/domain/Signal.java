package com.alliancetrust.advisor.domain;

/** A piece of evidence moving one element's score up (positive points) or down (negative points). */
public record Signal(TrustElement element, int points) implements Conclusion {
    public TrustElement getElement() { return element; }
    public int getPoints() { return points; }

    @Override
    public String statement() {
        return element.key() + (points >= 0 ? " +" : " ") + points;
    }
}
