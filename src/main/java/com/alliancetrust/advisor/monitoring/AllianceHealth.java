package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.explain.Explanation;
import java.util.List;
import java.util.Map;

/**
 * An alliance's trust health: its checks (aggregates only; a side's scores are withheld when it
 * had too few respondents to stay anonymous), series per element for charts, the current levels,
 * stage and pace, and the warnings and actions, each explained. When the rules could not evaluate
 * it, {@code overallLevel} is {@code NOT_EVALUATED}, {@code notEvaluated} says why, and only what is
 * known without the rules is given (checks, series, latest score, trend, last and next check).
 */
public record AllianceHealth(String allianceId, String partner, String asOf, List<CheckView> checks,
                             Map<String, List<Point>> series, Map<String, String> levels, String overallLevel, Double overallScore,
                             String trend, String stage, String pace, String lastCheck, String nextCheckDue,
                             List<Warning> warnings, String notEvaluated, String version) {

    public record CheckView(String id, String date, Map<String, Integer> respondents, Map<String, Map<String, Double>> scores,
                            List<String> withheld, HealthCheckRequest.Indicators indicators, List<HealthCheckRequest.NotableEvent> events) {
    }

    public record Point(String date, double value) {
    }

    public record Warning(String id, String title, String text, String category, Priority priority, String subject,
                          Explanation explanation) {
    }
}
