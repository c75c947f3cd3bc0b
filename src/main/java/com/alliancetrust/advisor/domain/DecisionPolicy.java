package com.alliancetrust.advisor.domain;

import java.util.List;
import java.util.Map;

/**
 * The thresholds and weights the selection rules judge by, from the knowledge base (where each is
 * named with its reason and source): how confidence is weighted per element, the confidence needed
 * to decide at all and for a plain go, how many separate concerns make a pattern, how many years in the
 * domain make a long or a short record, the checks no go-ahead can do without, and how many large cultural
 * gaps between the two countries count as many for cultural fit.
 */
public record DecisionPolicy(Map<TrustElement, Integer> confidenceWeights, int decideAt, int plainGoAt,
                             int patternOfConcerns, int longRecordYears, int shortRecordYears, List<String> requiredForGoAhead,
                             int manyLargeCulturalGaps) {
    public int getDecideAt() { return decideAt; }
    public int getPlainGoAt() { return plainGoAt; }
    public int getPatternOfConcerns() { return patternOfConcerns; }
    public int getLongRecordYears() { return longRecordYears; }
    public int getShortRecordYears() { return shortRecordYears; }
    public List<String> getRequiredForGoAhead() { return requiredForGoAhead; }
    public int getManyLargeCulturalGaps() { return manyLargeCulturalGaps; }
}
