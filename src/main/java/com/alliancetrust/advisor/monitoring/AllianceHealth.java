package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Map;

/**
 * An alliance's trust health: its checks (aggregates only; a side's scores are withheld when it
 * had too few respondents to stay anonymous), series per element for charts, the current levels,
 * stage and pace, and the warnings and actions, each explained. When the rules could not evaluate
 * it, {@code overallLevel} is {@code NOT_EVALUATED}, {@code notEvaluated} says why, and only what is
 * known without the rules is given (checks, series, latest score, trend, last and next check).
 * {@code summary} opens it in at most five lines.
 */
public record AllianceHealth(String allianceId, String partner, String asOf, List<CheckView> checks,
                             Map<String, List<Point>> series, Map<String, String> levels, String overallLevel, Double overallScore,
                             String trend, String stage, String pace, String lastCheck, String nextCheckDue,
                             List<Warning> warnings, String notEvaluated, String version, @MaxItems(5) List<SummaryLine> summary) {

    /**
     * The same health opened by its summary, from what the rules concluded: the overall level (the
     * weakest element), a decline they found, the most pressing warnings, when the next check is
     * due, and the elements not measured. A health not evaluated says so and names nothing the rules did not conclude.
     */
    public AllianceHealth summarised(KnowledgeBase kb) {
        var s = new Summariser(kb);
        String level = overallLevel == null ? "UNKNOWN" : overallLevel;
        s.offer(SummaryKind.DECISION, "health.decision." + level, "partner", partner);
        // One line per warning, however many elements it was given for: the first, and the others named after it.
        java.util.Map<String, List<Warning>> pressing = new java.util.LinkedHashMap<>();
        warnings.stream().filter(w -> w.priority() == Priority.CRITICAL || w.priority() == Priority.HIGH)
                .forEach(w -> pressing.computeIfAbsent(w.id(), id -> new java.util.ArrayList<>()).add(w));
        pressing.values().forEach(same -> {
            List<String> others = same.stream().skip(1).map(Warning::subject).filter(java.util.Objects::nonNull).toList();
            if (others.isEmpty()) s.offerWorded(SummaryKind.REASON, same.get(0).title());
            else s.offer(SummaryKind.REASON, "health.reason.also", "title", same.get(0).title(), "others", Summariser.list(others, 3));
        });
        if (nextCheckDue != null) s.offer(SummaryKind.CONDITION, "health.condition.next-check", "date", nextCheckDue);
        List<String> unmeasured = java.util.Arrays.stream(TrustElement.values()).filter(e -> !levels.containsKey(e.name()))
                .map(TrustElement::key).toList();
        if (notEvaluated != null) s.offer(SummaryKind.UNKNOWN, "health.unknown.not-evaluated");
        else if (!unmeasured.isEmpty()) s.offer(SummaryKind.UNKNOWN, "health.unknown.elements", "elements", Summariser.list(unmeasured, 4));
        return new AllianceHealth(allianceId, partner, asOf, checks, series, levels, overallLevel, overallScore, trend, stage, pace,
                lastCheck, nextCheckDue, warnings, notEvaluated, version, s.lines());
    }

    public record CheckView(String id, String date, Map<String, Integer> respondents, Map<String, Map<String, Double>> scores,
                            List<String> withheld, HealthCheckRequest.Indicators indicators, List<HealthCheckRequest.NotableEvent> events) {
    }

    public record Point(String date, double value) {
    }

    public record Warning(String id, String title, String text, String category, Priority priority, String subject,
                          Explanation explanation) {
    }
}
