package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import java.util.List;

/** A stored health check: aggregates only, never an individual answer. */
public record HealthCheck(String id, String allianceId, String date, String recordedAt, @MaxItems(MAX_SCORES) List<SideScore> scores,
                          Indicators indicators, @MaxItems(HealthCheckRequest.MAX_EVENTS) List<NotableEvent> events) {

    /** All respondents and each side, on each element, shared identity and overall: the most scores a check can hold. */
    public static final int MAX_SCORES = 18;

    /**
     * The mean score of one side (or ALL respondents) on one element (or OVERALL, or IDENTIFICATION),
     * from {@code respondents} people whose scores spread by {@code spread} (their standard deviation;
     * null when not recorded, as in checks from earlier releases; never kept for OVERALL).
     */
    public record SideScore(String side, String element, double mean, int respondents, Double spread) {
        public SideScore(String side, String element, double mean, int respondents) {
            this(side, element, mean, respondents, null);
        }
    }
}
