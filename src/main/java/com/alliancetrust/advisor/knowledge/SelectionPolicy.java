package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.DecisionPolicy;
import com.alliancetrust.advisor.domain.TrustElement;
import java.util.List;
import java.util.Map;

/**
 * The thresholds and weights of partner selection ({@code knowledge-base/selection-policy.yaml}),
 * each with the reason for it, what supports it and how firmly.
 */
public record SelectionPolicy(Parameter<Map<TrustElement, Integer>> confidenceWeights, Parameter<Integer> decideAt,
                              Parameter<Integer> plainGoAt, Parameter<Integer> patternOfConcerns,
                              Parameter<Integer> longRecordYears, Parameter<Integer> shortRecordYears,
                              Parameter<List<String>> requiredForGoAhead, Parameter<Integer> manyLargeCulturalGaps) {

    /** One named value and its justification. */
    public record Parameter<T>(T value, String reason, List<String> sources, Confidence confidence) {
    }

    public List<Parameter<?>> parameters() {
        return List.of(confidenceWeights, decideAt, plainGoAt, patternOfConcerns, longRecordYears, shortRecordYears, requiredForGoAhead,
                manyLargeCulturalGaps);
    }

    /** The values as the rules see them. */
    public DecisionPolicy decisionPolicy() {
        return new DecisionPolicy(Map.copyOf(confidenceWeights.value()), decideAt.value(), plainGoAt.value(),
                patternOfConcerns.value(), longRecordYears.value(), shortRecordYears.value(), List.copyOf(requiredForGoAhead.value()),
                manyLargeCulturalGaps.value());
    }
}
