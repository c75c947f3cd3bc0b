package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * Who depends on whom and how much (Emerson 1962; Gulati & Sytch 2007): each side's dependence is
 * the strongest sign of it, and the balance compares the two. {@code strong} when we depend on the
 * partner far more than it depends on us: two steps apart, or one step with the partner controlling
 * our access to customers, data or a platform. A side with no sign is UNKNOWN, and the balance is then
 * not established: neither good nor bad news.
 */
public record PowerBalance(Balance balance, Level ours, Level partner, boolean strong, List<Object> basis) implements Conclusion {

    public enum Balance {
        WE_DEPEND_MORE("we depend on the partner more than it depends on us"),
        MUTUAL("each depends on the other about as much"),
        LITTLE_AT_STAKE("neither depends much on the other"),
        PARTNER_DEPENDS_MORE("the partner depends on us more than we depend on it"),
        NOT_ESTABLISHED("not established");

        private final String words;

        Balance(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The balance the signs show; {@code gatekeeper}: the partner controls our access to customers, data or a platform. */
    public static PowerBalance from(List<?> signs, boolean gatekeeper) {
        Level ours = strongest(signs, Party.OURS);
        Level partner = strongest(signs, Party.PARTNER);
        Balance balance;
        int gap = 0;
        if (ours == Level.UNKNOWN || partner == Level.UNKNOWN) {
            balance = Balance.NOT_ESTABLISHED;
        } else {
            gap = rank(ours) - rank(partner);
            balance = gap > 0 ? Balance.WE_DEPEND_MORE : gap < 0 ? Balance.PARTNER_DEPENDS_MORE
                    : ours == Level.LOW ? Balance.LITTLE_AT_STAKE : Balance.MUTUAL;
        }
        boolean strong = balance == Balance.WE_DEPEND_MORE && (gap >= 2 || gatekeeper);
        return new PowerBalance(balance, ours, partner, strong, List.copyOf(signs));
    }

    private static Level strongest(List<?> signs, Party side) {
        Level strongest = Level.UNKNOWN;
        for (Object o : signs) {
            DependenceSign s = (DependenceSign) o;
            if (s.side() == side && (strongest == Level.UNKNOWN || rank(s.level()) > rank(strongest))) strongest = s.level();
        }
        return strongest;
    }

    private static int rank(Level level) {
        return switch (level) {
            case LOW -> 0;
            case MODERATE -> 1;
            case HIGH -> 2;
            case UNKNOWN -> -1;
        };
    }

    public Balance getBalance() { return balance; }
    public Level getOurs() { return ours; }
    public Level getPartner() { return partner; }
    public boolean isStrong() { return strong; }

    @Override
    public String statement() {
        return "power and dependence: " + balance.words() + (strong ? ", far more" : "") + " (ours " + ours.words()
                + ", the partner's " + partner.words() + ")";
    }
}
