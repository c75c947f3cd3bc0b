package com.alliancetrust.advisor.domain;

/**
 * One fact's sign of how much a side depends on the other (Emerson 1962: dependence grows with how
 * much one side needs what the other brings and with how few other ways it has to get it).
 */
public record DependenceSign(Party side, Level level, String field) implements Conclusion {
    public Party getSide() { return side; }
    public Level getLevel() { return level; }
    public String getField() { return field; }

    @Override
    public String statement() {
        return (side == Party.OURS ? "our dependence on the partner" : "the partner's dependence on us") + " at least " + level.words();
    }
}
