package com.alliancetrust.advisor.domain;

/**
 * Where the contract and the relationship stand, such as {@code CONTROL_HEAVY}; one per evaluation.
 * A provisional position rests on one of the two provision lists only: it holds unless what was not
 * described changes it.
 */
public record ContractPosition(String position, boolean provisional) implements Conclusion {
    public ContractPosition(String position) {
        this(position, false);
    }

    public String getPosition() { return position; }
    public boolean isProvisional() { return provisional; }

    @Override
    public String statement() {
        return "contract position: " + position + (provisional ? " (provisional)" : "");
    }
}
