package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.knowledge.SurveyItem;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Side;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running totals a health check's survey scores are made from, per side and per scored element
 * (each trust element and shared identity): how many respondents answered it, and the sum and the sum
 * of squares of their element scores (a respondent's element score is the mean of the items they
 * answered for it, reverse items turned round). That is enough for each side's mean and spread, and
 * nothing in it is one person's: answers are added to the totals and then forgotten. Scores are kept
 * as whole multiples of {@code 1 / SCALE}, so that the totals add up exactly however many people answer.
 */
public final class SurveyTally {
    /** A respondent's element score times this is a whole number whenever up to ten items are answered for the element. */
    static final long SCALE = 2520;

    /** One side's totals on one element: respondents who answered it, sum and sum of squares of their scaled scores. */
    public record Element(int answered, long sum, long squares) {
        static final Element NONE = new Element(0, 0, 0);

        Element plus(Element other) {
            return new Element(answered + other.answered, sum + other.sum, squares + other.squares);
        }

        double mean() {
            return (double) sum / answered / SCALE;
        }

        /** The sample standard deviation of the scores, from the totals alone (exact: the sums are whole numbers). */
        double spread() {
            if (answered < 2) return 0;
            double variance = (double) (answered * squares - sum * sum) / ((double) answered * (answered - 1)) / ((double) SCALE * SCALE);
            return Math.sqrt(Math.max(0, variance));
        }
    }

    /** One respondent's element scores (scaled), to be added to the totals of their side. */
    public record Contribution(Side side, Map<String, Long> scores) {
    }

    private final Map<Side, Integer> respondents = new EnumMap<>(Side.class);
    private final Map<Side, Map<String, Element>> elements = new EnumMap<>(Side.class);

    public SurveyTally() {
        for (Side side : Side.values()) {
            respondents.put(side, 0);
            Map<String, Element> perElement = new LinkedHashMap<>();
            for (String scored : SurveyScoring.SCORED) perElement.put(scored, Element.NONE);
            elements.put(side, perElement);
        }
    }

    /**
     * One respondent's answers (item id to 1-5) turned into their element scores, refused naming the
     * field ({@code path}{@code .answers.<item>}) when an item is not in the survey or an answer is
     * off the scale. An item left out is one the respondent preferred not to answer.
     */
    public static Contribution contribution(Side side, Map<String, Integer> answers, Map<String, SurveyItem> items, String path) {
        long[] sum = new long[SurveyScoring.SCORED.size()];
        int[] count = new int[sum.length];
        for (var answer : answers.entrySet()) {
            SurveyItem item = items.get(answer.getKey());
            String field = (path.isEmpty() ? "" : path + ".") + "answers." + answer.getKey();
            if (item == null) throw new InvalidInputException(field, "is not an item of the trust survey");
            Integer score = answer.getValue();
            if (score == null || score < 1 || score > 5) throw new InvalidInputException(field, "must be a whole number from 1 to 5");
            int at = SurveyScoring.SCORED.indexOf(item.scoredAs());
            sum[at] += item.reverse() ? 6 - score : score;
            count[at]++;
        }
        Map<String, Long> scores = new LinkedHashMap<>();
        for (int at = 0; at < sum.length; at++) {
            if (count[at] > 0) scores.put(SurveyScoring.SCORED.get(at), Math.round((double) sum[at] * SCALE / count[at]));
        }
        return new Contribution(side, scores);
    }

    /** Adds one respondent to their side's totals. */
    public void add(Contribution c) {
        respondents.merge(c.side(), 1, Integer::sum);
        Map<String, Element> perElement = elements.get(c.side());
        c.scores().forEach((element, scaled) -> perElement.merge(element, new Element(1, scaled, scaled * scaled), Element::plus));
    }

    /** Sets the totals of one side as stored. */
    void set(Side side, int count, Map<String, Element> perElement) {
        respondents.put(side, count);
        elements.get(side).putAll(perElement);
    }

    public int respondents(Side side) {
        return respondents.get(side);
    }

    public int respondents() {
        return respondents.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Element> elements(Side side) {
        return elements.get(side);
    }

    /**
     * The check's scores: all respondents together and, only when each side has enough respondents
     * that no one's answers can be told apart, each side on its own. A group's OVERALL score is the
     * mean of its four element means, kept only when all four were answered.
     */
    public List<SideScore> scores() {
        boolean apart = SurveyScoring.sidesApart(respondents(Side.OURS), respondents(Side.PARTNER));
        List<SideScore> scores = new ArrayList<>();
        Map<String, Element> all = new LinkedHashMap<>();
        for (String scored : SurveyScoring.SCORED) all.put(scored, elements(Side.OURS).get(scored).plus(elements(Side.PARTNER).get(scored)));
        scores.addAll(group(SurveyScoring.ALL, all, respondents()));
        if (apart) {
            for (Side side : Side.values()) scores.addAll(group(side.name(), elements(side), respondents(side)));
        }
        return scores;
    }

    private static List<SideScore> group(String name, Map<String, Element> perElement, int respondents) {
        List<SideScore> scores = new ArrayList<>();
        double overallSum = 0;
        int overallElements = 0;
        for (int at = 0; at < SurveyScoring.SCORED.size(); at++) {
            Element e = perElement.get(SurveyScoring.SCORED.get(at));
            if (e.answered() == 0) continue;
            double mean = e.mean();
            scores.add(new SideScore(name, SurveyScoring.SCORED.get(at), SurveyScoring.round(mean), e.answered(), SurveyScoring.round(e.spread())));
            if (at < TrustElement.values().length) {
                overallSum += mean;
                overallElements++;
            }
        }
        if (overallElements == TrustElement.values().length) {
            scores.add(new SideScore(name, SurveyScoring.OVERALL, SurveyScoring.round(overallSum / overallElements), respondents));
        }
        return scores;
    }
}
