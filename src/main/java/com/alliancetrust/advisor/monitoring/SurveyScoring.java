package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.knowledge.SurveyItem;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Respondent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reduces survey answers to means per side and element (and shared identity), each with the number
 * of respondents and the spread of their scores, so that a movement can be told from noise. Reverse-scored items are turned round
 * (on a 1-5 scale, 6 minus the answer) before averaging. Each respondent's element score is the
 * mean of the items they answered for it; a side's score is the mean of its respondents' scores.
 * Anonymity: the sides are kept apart only when each has enough respondents; otherwise only the
 * combined score is kept, since one side's score and the combined one would reveal the other's.
 */
final class SurveyScoring {
    static final String ALL = "ALL";
    static final String OVERALL = "OVERALL";

    private SurveyScoring() {
    }

    /** What a check scores: the trust elements, then shared identity (which is not part of OVERALL). */
    static final List<String> SCORED = scored();

    private static List<String> scored() {
        List<String> scored = new ArrayList<>();
        for (TrustElement e : TrustElement.values()) scored.add(e.name());
        scored.add(SurveyItem.IDENTIFICATION);
        return List.copyOf(scored);
    }

    static List<SideScore> aggregate(List<Respondent> respondents, Map<String, SurveyItem> items) {
        List<double[]> perRespondent = new ArrayList<>(); // scores per SCORED, NaN where unanswered
        for (int r = 0; r < respondents.size(); r++) {
            Respondent respondent = respondents.get(r);
            String path = "responses[" + r + "]";
            if (respondent == null || respondent.side() == null) throw new InvalidInputException(path + ".side", "is required: OURS or PARTNER");
            if (respondent.answers() == null || respondent.answers().isEmpty()) throw new InvalidInputException(path + ".answers", "is required");
            double[] sum = new double[SCORED.size()];
            int[] count = new int[sum.length];
            for (var answer : respondent.answers().entrySet()) {
                SurveyItem item = items.get(answer.getKey());
                String field = path + ".answers." + answer.getKey();
                if (item == null) throw new InvalidInputException(field, "is not an item of the trust survey");
                Integer score = answer.getValue();
                if (score == null || score < 1 || score > 5) throw new InvalidInputException(field, "must be a whole number from 1 to 5");
                int at = SCORED.indexOf(item.scoredAs());
                sum[at] += item.reverse() ? 6 - score : score;
                count[at]++;
            }
            double[] means = new double[sum.length];
            for (int e = 0; e < sum.length; e++) means[e] = count[e] == 0 ? Double.NaN : sum[e] / count[e];
            perRespondent.add(means);
        }
        List<SideScore> scores = new ArrayList<>();
        boolean apart = sidesApart(respondents.stream().filter(r -> r.side() == HealthCheckRequest.Side.OURS).count(),
                respondents.stream().filter(r -> r.side() == HealthCheckRequest.Side.PARTNER).count());
        List<String> groups = apart ? List.of(ALL, HealthCheckRequest.Side.OURS.name(), HealthCheckRequest.Side.PARTNER.name()) : List.of(ALL);
        for (String side : groups) {
            double overallSum = 0;
            int overallElements = 0;
            for (int at = 0; at < SCORED.size(); at++) {
                List<Double> values = new ArrayList<>();
                for (int r = 0; r < respondents.size(); r++) {
                    double v = perRespondent.get(r)[at];
                    if (!Double.isNaN(v) && (side.equals(ALL) || respondents.get(r).side().name().equals(side))) values.add(v);
                }
                if (values.isEmpty()) continue;
                double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
                double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
                double spread = values.size() < 2 ? 0 : Math.sqrt(squares / (values.size() - 1));
                scores.add(new SideScore(side, SCORED.get(at), round(mean), values.size(), round(spread)));
                if (at < TrustElement.values().length) {
                    overallSum += mean;
                    overallElements++;
                }
            }
            if (overallElements == TrustElement.values().length) {
                int n = (int) respondents.stream().filter(r -> side.equals(ALL) || r.side().name().equals(side)).count();
                scores.add(new SideScore(side, OVERALL, round(overallSum / overallElements), n));
            }
        }
        return scores;
    }

    /** Whether the two sides' own scores may be kept: only when each side has enough respondents that no one's answers can be told apart. */
    static boolean sidesApart(long ours, long partner) {
        return ours >= MonitoringService.MIN_RESPONDENTS_PER_SIDE && partner >= MonitoringService.MIN_RESPONDENTS_PER_SIDE;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
