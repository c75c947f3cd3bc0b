package com.alliancetrust.advisor.domain;

/**
 * The advice says how to go ahead safely: because the verdict leaves the deal open, or because the
 * CEO may go ahead against a "do not proceed". Never under a legal bar.
 */
public record SafeguardsApply(String because) implements Conclusion {
    @Override
    public String statement() {
        return "safeguards apply: " + because;
    }
}
