package com.alliancetrust.advisor.domain;

/** Where the contract and the relationship stand, such as {@code CONTROL_HEAVY}; one per evaluation. */
public record ContractPosition(String position) implements Conclusion {
    public String getPosition() { return position; }

    @Override
    public String statement() {
        return "contract position: " + position;
    }
}
