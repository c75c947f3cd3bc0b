package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.domain.Priority;
import java.util.List;
import java.util.Map;

/** Every alliance's health side by side, those needing attention first. */
public record Portfolio(String asOf, List<Item> alliances, String version) {

    /**
     * One alliance: its health, trend, last and next check, top risks, and the series a chart needs.
     * {@code attention} weighs its warnings (critical 100, high 10, medium 3) and a LOW health (20).
     * An alliance whose health the rules could not evaluate has the health {@code NOT_EVALUATED} and
     * {@code notEvaluated} saying why.
     */
    public record Item(String allianceId, String partner, String purpose, String status, String health, String notEvaluated, Double overallScore,
                       String trend, String stage, String lastCheck, String nextCheckDue, boolean overdue, List<String> topRisks,
                       int attention, Map<String, List<AllianceHealth.Point>> series) {

        static Item of(Alliance a, AllianceHealth h) {
            List<AllianceHealth.Warning> risks = h.warnings().stream().filter(w -> !"INFO".equals(w.category())).toList();
            int attention = risks.stream().mapToInt(w -> weight(w.priority())).sum() + ("LOW".equals(h.overallLevel()) ? 20 : 0);
            boolean overdue = risks.stream().anyMatch(w -> w.id().equals("health-check-overdue"));
            return new Item(a.id(), a.partner().name(), a.purpose().name(), a.status().name(), h.overallLevel(), h.notEvaluated(), h.overallScore(),
                    h.trend(), h.stage(), h.lastCheck(), h.nextCheckDue(), overdue,
                    risks.stream().limit(3).map(w -> w.subject() == null ? w.title() : w.title() + " (" + w.subject() + ")").toList(), attention, h.series());
        }

        private static int weight(Priority p) {
            return switch (p) {
                case CRITICAL -> 100;
                case HIGH -> 10;
                case MEDIUM -> 3;
                case LOW -> 0;
            };
        }
    }
}
