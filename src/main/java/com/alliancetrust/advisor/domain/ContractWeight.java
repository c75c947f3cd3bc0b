package com.alliancetrust.advisor.domain;

/**
 * What one feature of the draft adds to the weight of its controls ({@code CONTROL}) or of its
 * coordination ({@code COORDINATION}): a provision by its kind, one-sided remedies, the draft's
 * length, the partner's reaction. The points come from the knowledge base.
 */
public record ContractWeight(String side, String feature, int points) implements Conclusion {
    public String getSide() { return side; }
    public String getFeature() { return feature; }
    public int getPoints() { return points; }

    @Override
    public String statement() {
        return (side.equals("CONTROL") ? "weight of the controls" : "weight of the coordination") + ": "
                + feature.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " +" + points;
    }
}
