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
 * Reduces survey answers (through a {@link SurveyTally}) to means per side and element (and shared identity), each with the number
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
        return tally(respondents, items).scores();
    }

    /** The totals of these respondents' answers, refused naming the field ({@code responses[i]...}) where one cannot be read. */
    static SurveyTally tally(List<Respondent> respondents, Map<String, SurveyItem> items) {
        SurveyTally tally = new SurveyTally();
        for (int r = 0; r < respondents.size(); r++) {
            Respondent respondent = respondents.get(r);
            String path = "responses[" + r + "]";
            if (respondent == null || respondent.side() == null) throw new InvalidInputException(path + ".side", "is required: OURS or PARTNER");
            if (respondent.answers() == null || respondent.answers().isEmpty()) throw new InvalidInputException(path + ".answers", "is required");
            tally.add(SurveyTally.contribution(respondent.side(), respondent.answers(), items, path));
        }
        return tally;
    }

    /** Whether the two sides' own scores may be kept: only when each side has enough respondents that no one's answers can be told apart. */
    static boolean sidesApart(long ours, long partner) {
        return ours >= MonitoringService.MIN_RESPONDENTS_PER_SIDE && partner >= MonitoringService.MIN_RESPONDENTS_PER_SIDE;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
