package com.alliancetrust.advisor.domain;

/**
 * How far the controls may outweigh coordination before the contract signals more distrust than
 * the relationship warrants, by what the relationship is known to be: {@code LOW_TRUST},
 * {@code EARLY} or {@code ESTABLISHED}. The points come from the knowledge base.
 */
public record ControlAllowance(String grounds, int points) implements Conclusion {
    public String getGrounds() { return grounds; }
    public int getPoints() { return points; }

    @Override
    public String statement() {
        return "controls may outweigh coordination by up to " + points + " for a relationship that is " + switch (grounds) {
            case "LOW_TRUST" -> "low in trust";
            case "ESTABLISHED" -> "established";
            default -> "early";
        };
    }
}
