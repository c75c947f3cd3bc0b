package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import java.util.List;

/** A stored health check: aggregates only, never an individual answer. */
public record HealthCheck(String id, String allianceId, String date, String recordedAt, List<SideScore> scores,
                          Indicators indicators, List<NotableEvent> events) {

    /** The mean score of one side (or ALL respondents) on one element (or OVERALL), from {@code respondents} people. */
    public record SideScore(String side, String element, double mean, int respondents) {
    }
}
