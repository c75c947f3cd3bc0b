package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * The level concluded for one kind of fit, with the readings it rests on. UNKNOWN means the facts do
 * not establish it: it is a gap to close, never a weakness and never a strength.
 */
public record FitLevel(FitKind kind, Level level, List<Object> basis) implements Conclusion {

    public static FitLevel of(FitKind kind, Level level, List<?> basis) {
        return new FitLevel(kind, level, List.copyOf(basis));
    }

    public FitKind getKind() { return kind; }
    public Level getLevel() { return level; }

    @Override
    public String statement() {
        return kind.words() + ": " + (level == Level.UNKNOWN ? "not yet assessed" : level.words());
    }
}
