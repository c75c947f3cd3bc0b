package com.alliancetrust.advisor.domain;

/**
 * The thresholds the monitoring rules judge by, from the knowledge base (where each is named with
 * its reason, sources and confidence): the levels of an element, what counts as a gap between the
 * sides, a decline or a sharp drop and how much of a movement the noise of a small sample explains,
 * poor indicators, the basis of each trust stage, the pace of checks and the financial results that
 * are off plan.
 */
public record MonitoringPolicy(double highAt, double lowBelow, double veryHighAt, double gapAt, double gapWideningBy,
                               double declineAt, double sharpDropAt, double noiseMultiplier, double assumedSpread,
                               int assumedRespondents, int indicatorLowAt, int slowConflictDays, int historyMonths,
                               double identificationAt, int identificationPriorAlliances, int quarterlyDays, int twiceYearlyDays,
                               int revenueBelowPlanAt, int costOverBudgetAt) {
    public double getHighAt() { return highAt; }
    public double getLowBelow() { return lowBelow; }
    public double getVeryHighAt() { return veryHighAt; }
    public double getGapAt() { return gapAt; }
    public double getGapWideningBy() { return gapWideningBy; }
    public double getDeclineAt() { return declineAt; }
    public double getSharpDropAt() { return sharpDropAt; }
    public double getNoiseMultiplier() { return noiseMultiplier; }
    public double getAssumedSpread() { return assumedSpread; }
    public int getAssumedRespondents() { return assumedRespondents; }
    public int getIndicatorLowAt() { return indicatorLowAt; }
    public int getSlowConflictDays() { return slowConflictDays; }
    public int getHistoryMonths() { return historyMonths; }
    public double getIdentificationAt() { return identificationAt; }
    public int getIdentificationPriorAlliances() { return identificationPriorAlliances; }
    public int getQuarterlyDays() { return quarterlyDays; }
    public int getTwiceYearlyDays() { return twiceYearlyDays; }
    public int getRevenueBelowPlanAt() { return revenueBelowPlanAt; }
    public int getCostOverBudgetAt() { return costOverBudgetAt; }

    /** How far apart two means must lie to be more than the noise of who answered. */
    public double noise(Score a, Score b) {
        return noiseMultiplier * Score.noise(a, b, assumedSpread, assumedRespondents);
    }
}
