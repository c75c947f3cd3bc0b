package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * The level concluded for one trust element, with the readings or red flags it rests on. UNKNOWN
 * means the evidence does not establish the element: nothing was supplied, or only evidence that
 * bears neither way (a short record is not a poor one).
 */
public record ElementLevel(TrustElement element, Level level, List<Object> basis) implements Conclusion {

    public static ElementLevel of(TrustElement element, Level level, List<?> basis) {
        return new ElementLevel(element, level, List.copyOf(basis));
    }

    public static ElementLevel unknown(TrustElement element) {
        return new ElementLevel(element, Level.UNKNOWN, List.of());
    }

    public TrustElement getElement() { return element; }
    public Level getLevel() { return level; }

    @Override
    public String statement() {
        return element.key() + ": " + (level == Level.UNKNOWN ? "not established" : level.words());
    }
}
