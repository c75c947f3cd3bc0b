package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.MonitoringPolicy;
import com.alliancetrust.advisor.knowledge.SelectionPolicy.Parameter;
import java.util.List;

/**
 * The thresholds of trust monitoring ({@code knowledge-base/monitoring-policy.yaml}), each with the
 * reason for it, what supports it and how firmly.
 */
public record MonitoringPolicyFile(Parameter<Double> highAt, Parameter<Double> lowBelow, Parameter<Double> veryHighAt,
                                   Parameter<Double> gapAt, Parameter<Double> gapWideningBy, Parameter<Double> declineAt,
                                   Parameter<Double> sharpDropAt, Parameter<Double> noiseMultiplier, Parameter<Double> assumedSpread,
                                   Parameter<Integer> assumedRespondents, Parameter<Integer> indicatorLowAt,
                                   Parameter<Integer> slowConflictDays, Parameter<Integer> historyMonths,
                                   Parameter<Double> identificationAt, Parameter<Integer> identificationPriorAlliances,
                                   Parameter<Integer> quarterlyDays, Parameter<Integer> twiceYearlyDays,
                                   Parameter<Integer> revenueBelowPlanAt, Parameter<Integer> costOverBudgetAt,
                                   Parameter<Integer> surveyRoundDays, Parameter<Integer> surveyRoundMaxDays) {

    public List<Parameter<?>> parameters() {
        return java.util.Arrays.asList(highAt, lowBelow, veryHighAt, gapAt, gapWideningBy, declineAt, sharpDropAt, noiseMultiplier,
                assumedSpread, assumedRespondents, indicatorLowAt, slowConflictDays, historyMonths, identificationAt,
                identificationPriorAlliances, quarterlyDays, twiceYearlyDays, revenueBelowPlanAt, costOverBudgetAt,
                surveyRoundDays, surveyRoundMaxDays);
    }

    /** The values as the rules see them. */
    public MonitoringPolicy policy() {
        return new MonitoringPolicy(highAt.value(), lowBelow.value(), veryHighAt.value(), gapAt.value(), gapWideningBy.value(),
                declineAt.value(), sharpDropAt.value(), noiseMultiplier.value(), assumedSpread.value(), assumedRespondents.value(),
                indicatorLowAt.value(), slowConflictDays.value(), historyMonths.value(), identificationAt.value(),
                identificationPriorAlliances.value(), quarterlyDays.value(), twiceYearlyDays.value(), revenueBelowPlanAt.value(),
                costOverBudgetAt.value());
    }
}
