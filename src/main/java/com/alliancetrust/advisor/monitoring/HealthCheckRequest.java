package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.MaxItems;
import java.util.List;
import java.util.Map;

/**
 * One health check as recorded: the survey answers of respondents on both sides (reduced to
 * aggregates before anything is stored), the key indicators, and notable events since the last check.
 * The survey is optional: a check of indicators and events alone records history and KPIs, and says
 * that trust was not measured at it.
 */
public record HealthCheckRequest(String date, @MaxItems(MAX_RESPONDENTS) List<Respondent> responses, Indicators indicators,
                                 @MaxItems(MAX_EVENTS) List<NotableEvent> events) {

    /** Respondents to one check: a survey of everyone working on the alliance on both sides of a large one. */
    public static final int MAX_RESPONDENTS = 500;
    /** Notable events since the last check: each of the five kinds once, with room to spare. */
    public static final int MAX_EVENTS = 20;

    public enum Side { OURS, PARTNER }

    /** One respondent's answers, item id to a 1-5 score. */
    public record Respondent(Side side, Map<String, Integer> answers) {
    }

    public enum Frequency { WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY, RARELY }

    public enum Turnover { NONE, SOME, HIGH }

    /**
     * Key indicators; qualities on a 1-5 scale, every one optional. The financial KPIs are percentages:
     * {@code revenueVsPlan} the revenue or financial result achieved as a share of plan (100 on plan),
     * {@code costVsBudget} the cost incurred as a share of budget (100 on budget). {@code priorAlliances}
     * counts the alliances completed with this partner before this one, part of the history trust rests on.
     */
    public record Indicators(Frequency communicationFrequency, Integer communicationQuality, Integer informationSharing,
                             Integer resourceSharing, Integer jointDecisions, Integer conflictResolutionDays, Integer riskSharing,
                             Turnover boundarySpannerTurnover, Integer innovationOutput, Integer taskChallenge,
                             Integer revenueVsPlan, Integer costVsBudget, Integer priorAlliances) {
        public static final Indicators NONE = new Indicators(null, null, null, null, null, null, null, null, null, null, null, null, null);

        /** Whether any indicator is given. */
        public boolean any() {
            return !equals(NONE);
        }
    }

    public enum NotableEvent { LEADERSHIP_CHANGE, BOUNDARY_SPANNER_CHANGE, MISSED_MILESTONE, MAJOR_CONFLICT, SCOPE_CHANGE }
}
