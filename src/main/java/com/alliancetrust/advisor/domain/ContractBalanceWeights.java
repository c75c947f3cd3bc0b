package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * The controls of a draft weighed against its coordination: the sum of each side's weights
 * ({@code coordination} null when the coordination provisions were not described), what the
 * relationship allows, and the weights they were added from.
 */
public record ContractBalanceWeights(int control, Integer coordination, int allowance, List<Object> parts) implements Conclusion {

    public static ContractBalanceWeights of(Number control, Number coordination, ControlAllowance allowance, List<?> parts) {
        List<Object> basis = new java.util.ArrayList<>(parts);
        basis.add(allowance);
        return new ContractBalanceWeights(control.intValue(), coordination == null ? null : coordination.intValue(), allowance.points(), List.copyOf(basis));
    }

    public int getControl() { return control; }
    public Integer getCoordination() { return coordination; }
    public int getAllowance() { return allowance; }

    /** How far the controls outweigh coordination beyond what the relationship allows (coordination unknown counts as none). */
    public int getExcess() {
        return control - (coordination == null ? 0 : coordination) - allowance;
    }

    public boolean isCoordinationKnown() { return coordination != null; }

    @Override
    public List<Object> basis() {
        return parts;
    }

    @Override
    public String statement() {
        return "controls weigh " + control + " against " + (coordination == null ? "coordination not described" : "coordination " + coordination)
                + "; the relationship allows the controls up to " + allowance + " more";
    }
}
