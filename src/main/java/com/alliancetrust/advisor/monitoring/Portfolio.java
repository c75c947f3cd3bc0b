package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.trustbuilding.DueSteps;
import java.util.List;
import java.util.Map;

/**
 * A page of every alliance's health side by side (archived ones aside), those needing attention
 * first. Each alliance's health is the one kept since it last changed (see {@link HealthSummaries}).
 * Of all the alliances, {@code needingAttention} counts those with a warning, a LOW health or not
 * evaluated; {@code pending} those whose kept health is being brought up to date, after a change of
 * the rules or of the day, an import, or a change another server made. {@code advice} is about the
 * portfolio as a whole, beside the rows: the company's alliance function and the base rate of failure.
 */
public record Portfolio(String asOf, String version, long needingAttention, long pending, Page<Item> alliances, PortfolioAdvice advice) {

    /** The alliances' page alone, before the advice about the portfolio as a whole is added. */
    public Portfolio(String asOf, String version, long needingAttention, long pending, Page<Item> alliances) {
        this(asOf, version, needingAttention, pending, alliances, null);
    }

    /** The same page with the advice about the portfolio as a whole ({@link PortfolioAdvice}), a section of its own. */
    public Portfolio withAdvice(PortfolioAdvice advice) {
        return new Portfolio(asOf, version, needingAttention, pending, alliances, advice);
    }

    /**
     * One alliance: its health, trend, last and next check, top risks, and the series a chart needs,
     * as evaluated for {@code asOf}; {@code pending} when that is being brought up to date. An
     * alliance whose health the rules could not evaluate has the health {@code NOT_EVALUATED} and
     * {@code notEvaluated} saying why; it comes first.
     * {@code attention} weighs its warnings (critical 100, high 10, medium 3) and a LOW health (20).
     * {@code planSteps}: the steps of its latest trust-building plan due soon or overdue, and the next
     * one; none when its case file holds no plan.
     */
    public record Item(String allianceId, String partner, String purpose, String status, String health, String notEvaluated, Double overallScore,
                       String trend, String stage, String lastCheck, String nextCheckDue, boolean overdue, List<String> topRisks,
                       int attention, Map<String, List<AllianceHealth.Point>> series, String asOf, boolean pending, DueSteps planSteps) {

        /** The alliance's columns as they are now, with its health as kept. */
        public static Item of(String allianceId, String partner, String purpose, String status, Summary s, String asOf, boolean pending) {
            return new Item(allianceId, partner, purpose, status, s.health(), s.notEvaluated(), s.overallScore(), s.trend(), s.stage(),
                    s.lastCheck(), s.nextCheckDue(), s.overdue(), s.topRisks(), s.attention(), s.series(), asOf, pending, null);
        }

        /** The same row with the steps of its trust-building plan that need doing. */
        public Item withPlanSteps(DueSteps steps) {
            return new Item(allianceId, partner, purpose, status, health, notEvaluated, overallScore, trend, stage, lastCheck, nextCheckDue,
                    overdue, topRisks, attention, series, asOf, pending, steps);
        }
    }

    /** What the portfolio keeps of an alliance's health between reads. */
    public record Summary(String health, String notEvaluated, Double overallScore, String trend, String stage, String lastCheck,
                          String nextCheckDue, boolean overdue, List<String> topRisks, int attention,
                          Map<String, List<AllianceHealth.Point>> series) {

        /** An alliance whose health has not been computed yet. */
        public static final Summary NOT_YET = new Summary(HealthRules.NOT_EVALUATED, "Not evaluated yet: its health is being computed.",
                null, null, null, null, null, false, List.of(), 0, Map.of());

        static Summary of(AllianceHealth h) {
            List<AllianceHealth.Warning> risks = h.warnings().stream().filter(w -> !"INFO".equals(w.category())).toList();
            int attention = risks.stream().mapToInt(w -> weight(w.priority())).sum() + ("LOW".equals(h.overallLevel()) ? 20 : 0);
            boolean overdue = risks.stream().anyMatch(w -> w.id().equals("health-check-overdue"));
            return new Summary(h.overallLevel(), h.notEvaluated(), h.overallScore(), h.trend(), h.stage(), h.lastCheck(), h.nextCheckDue(),
                    overdue, risks.stream().limit(3).map(w -> w.subject() == null ? w.title() : w.title() + " (" + w.subject() + ")").toList(),
                    attention, h.series());
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
