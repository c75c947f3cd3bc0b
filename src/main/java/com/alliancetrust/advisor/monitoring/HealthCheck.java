package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import java.util.List;

/** A stored health check: aggregates only, never an individual answer. */
public record HealthCheck(String id, String allianceId, String date, String recordedAt, @MaxItems(MAX_SCORES) List<SideScore> scores,
                          Indicators indicators, @MaxItems(HealthCheckRequest.MAX_EVENTS) List<NotableEvent> events) {

    /** All respondents and each side, on each element and overall: the most scores a check can hold. */
    public static final int MAX_SCORES = 15;

    /** The mean score of one side (or ALL respondents) on one element (or OVERALL), from {@code respondents} people. */
    public record SideScore(String side, String element, double mean, int respondents) {
    }
}
