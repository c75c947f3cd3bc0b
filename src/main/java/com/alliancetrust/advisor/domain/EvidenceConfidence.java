package com.alliancetrust.advisor.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the evidence catalogue is known, as a weighted share (0-100, weights from the
 * {@link DecisionPolicy}), and the confidence level that follows: LOW below the threshold needed to
 * decide, MODERATE below the one needed for a plain go, otherwise HIGH, but never HIGH while an
 * element has no evidence at all.
 */
public record EvidenceConfidence(int score, Level level, int known, int total, List<TrustElement> elementsWithoutEvidence,
                                 List<Object> basis) implements Conclusion {

    public static EvidenceConfidence of(List<?> knownFacts, List<?> missing, DecisionPolicy policy) {
        Map<TrustElement, int[]> counts = new EnumMap<>(TrustElement.class); // element -> {known, total}
        for (TrustElement e : TrustElement.values()) counts.put(e, new int[2]);
        for (Object o : knownFacts) {
            int[] c = counts.get(((Fact) o).getElement());
            c[0]++;
            c[1]++;
        }
        for (Object o : missing) counts.get(((MissingEvidence) o).element())[1]++;
        double weighted = 0;
        int weights = 0;
        List<TrustElement> without = new ArrayList<>();
        for (var entry : counts.entrySet()) {
            int weight = policy.confidenceWeights().getOrDefault(entry.getKey(), 0);
            int[] c = entry.getValue();
            if (c[1] > 0) weighted += weight * (double) c[0] / c[1];
            weights += weight;
            if (c[0] == 0) without.add(entry.getKey());
        }
        int score = weights == 0 ? 0 : (int) Math.round(100 * weighted / weights);
        Level level = score < policy.decideAt() ? Level.LOW
                : score < policy.plainGoAt() || !without.isEmpty() ? Level.MODERATE : Level.HIGH;
        List<Object> basis = new ArrayList<>(knownFacts);
        return new EvidenceConfidence(score, level, knownFacts.size(), knownFacts.size() + missing.size(), List.copyOf(without),
                List.copyOf(basis));
    }

    public int getScore() { return score; }
    public Level getLevel() { return level; }

    @Override
    public String statement() {
        return "confidence: " + level.words() + ", " + known + " of " + total + " evidence items known (" + score + " of 100)";
    }
}
