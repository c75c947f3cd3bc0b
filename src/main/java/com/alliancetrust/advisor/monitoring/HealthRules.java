package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.CheckPoint;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.MonitoringPolicy;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import com.alliancetrust.advisor.domain.Score;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.EvaluationException;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.knowledge.Confidence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an alliance's series of health checks with the monitoring rules: levels, perception gaps,
 * trend, erosion and over-trust warnings, stage, and whether a check is overdue. When the rules
 * cannot evaluate a series (they hit the bound on firings or time, or fail on it), the health says
 * so and why, and shows what is known without them.
 */
final class HealthRules {
    static final String RULE_SET = "monitoring";
    /** The overall level of an alliance whose health the rules could not evaluate. */
    static final String NOT_EVALUATED = "NOT_EVALUATED";
    private static final Logger LOG = LoggerFactory.getLogger(HealthRules.class);
    private static final Map<String, Integer> FREQUENCY_RANK = Map.of("RARELY", 1, "QUARTERLY", 2, "MONTHLY", 3, "FORTNIGHTLY", 4, "WEEKLY", 5);

    /** The facts this capability gives its rules, with their labels (for explanations and start-up checks). */
    static final List<FactType> FACTS = facts();
    /**
     * The surveys the rules read, the latest first: they judge the latest survey, against the one before it (a sharp drop,
     * a widening gap, the stage's progress or step back) and the one before that (a steady decline over two surveys). An
     * older survey changes none of their conclusions, so it is left out, and recording a check costs the rules the same
     * however long the alliance's history (the property test compares this with reading every survey).
     */
    static final int SURVEYS_READ = 3;
    private static final Map<String, String> INPUTS = FactType.labels(FACTS);

    private HealthRules() {
    }

    /** The facts the monitoring rules are given about an alliance and its latest checks. */
    static List<FactType> facts() {
        List<FactType> facts = new ArrayList<>(List.of(
                FactType.choice("alliance.purpose", "Alliance purpose", Purpose.class),
                FactType.choice("alliance.status", "Alliance status", AllianceStatus.class),
                FactType.number("check.daysSinceLast", "Days since the last health check"),
                FactType.number("indicator.communicationQuality", "Quality of communication (1-5)"),
                FactType.number("indicator.communicationFrequencyRank", "Frequency of communication (1 rarely - 5 weekly)"),
                FactType.number("previous.communicationFrequencyRank", "Frequency of communication at the previous check"),
                FactType.number("indicator.conflictResolutionDays", "Days to resolve a conflict"),
                FactType.choice("indicator.boundarySpannerTurnover", "Turnover of boundary spanners", HealthCheckRequest.Turnover.class),
                FactType.number("indicator.innovationOutput", "Innovation output"),
                FactType.number("previous.innovationOutput", "Innovation output at the previous check"),
                FactType.number("indicator.taskChallenge", "How much partners still challenge each other's ideas (1-5)"),
                FactType.number("indicator.informationSharing", "Information sharing between the partners (1-5)"),
                FactType.number("indicator.resourceSharing", "Resource sharing between the partners (1-5)"),
                FactType.number("indicator.jointDecisions", "Joint decision-making (1-5)"),
                FactType.number("indicator.riskSharing", "Willingness to share risk and co-invest (1-5)"),
                FactType.number("indicator.revenueVsPlan", "Revenue or financial result, percent of plan"),
                FactType.number("indicator.costVsBudget", "Cost, percent of budget"),
                FactType.number("relationship.priorAlliances", "Alliances completed with this partner before this one")));
        for (var e : HealthCheckRequest.NotableEvent.values()) {
            facts.add(FactType.choice("event." + e.name(), "Event: " + e.name().toLowerCase().replace('_', ' '), "YES"));
        }
        return List.copyOf(facts);
    }

    /**
     * The alliance's health as of a day, from its checks up to that day; when the rules cannot
     * evaluate it, the checks as recorded with a statement of why the rest is missing. Never fails
     * on account of the rules or of what is stored.
     */
    static AllianceHealth read(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
        return read(current, alliance, checks, asOf, true);
    }

    /** As {@link #read}, without explaining the warnings: what the portfolio keeps of a health, at a fraction of the cost. */
    static AllianceHealth readUnexplained(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
        return read(current, alliance, checks, asOf, false);
    }

    private static AllianceHealth read(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf, boolean explained) {
        try {
            return evaluate(current, alliance, checks, asOf, explained, SURVEYS_READ);
        } catch (RuntimeException e) {
            return notEvaluated(current, alliance, checks, asOf, reason(e));
        }
    }

    /** The checks up to a day: a view "as of" a day ignores what came later. */
    static List<HealthCheck> until(List<HealthCheck> checks, LocalDate day) {
        return checks.stream().filter(h -> !LocalDate.parse(h.date()).isAfter(day)).toList();
    }

    /** The alliance's health as the rules read it; fails when they cannot (see {@link #reason}). */
    static AllianceHealth evaluate(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
        return evaluate(current, alliance, checks, asOf, true, SURVEYS_READ);
    }

    /** As {@link #evaluate}, giving the rules every survey of the series: what reading only the latest ones must equal. */
    static AllianceHealth evaluateReadingEverySurvey(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
        return evaluate(current, alliance, checks, asOf, true, Integer.MAX_VALUE);
    }

    private static AllianceHealth evaluate(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf, boolean explained,
                                           int surveysRead) {
        List<Object> facts = facts(alliance, checks, asOf, current.knowledge().monitoringPolicy().policy(), surveysRead);
        RuleEngine engine = current.engine(RULE_SET);
        Evaluation evaluation = explained ? engine.evaluate(facts)
                : new Evaluation(engine.conclude(facts, RuleEngine.PHASES.get(RuleEngine.PHASES.size() - 1), Object.class), List.of(), new IdentityHashMap<>());
        ExplanationBuilder explanations = explained ? new ExplanationBuilder(evaluation, current.knowledge(), HealthRules::describe) : null;

        Map<String, String> levels = new LinkedHashMap<>();
        for (TrustElement e : TrustElement.values()) {
            evaluation.all(Finding.class).stream().filter(f -> f.part() == 0 && f.attribute().equals(e.name()))
                    .findFirst().ifPresent(f -> levels.put(e.name(), f.value()));
        }
        String overallLevel = levels.size() < TrustElement.values().length ? "UNKNOWN"
                : levels.values().stream().min(Comparator.comparingInt(HealthRules::levelRank)).orElse("UNKNOWN");
        List<HealthCheck> surveys = surveyed(checks);
        String stage = finding(evaluation, surveys.size(), "stage");
        String pace = finding(evaluation, 0, "pace");
        String last = checks.isEmpty() ? null : checks.get(checks.size() - 1).date();
        var policy = current.knowledge().monitoringPolicy().policy();
        String next = next(alliance, surveys, "TWICE_YEARLY".equals(pace) ? policy.twiceYearlyDays() : policy.quarterlyDays(), asOf);

        Map<String, AllianceHealth.Warning> warnings = new LinkedHashMap<>();
        List<Advice> given = evaluation.all(Advice.class);
        for (Advice a : withoutConflicts(given, current.knowledge().adviceConflicts())) {
            String subject = a.subject();
            String key = a.id() + "/" + subject;
            if (warnings.containsKey(key)) continue; // the first of the same advice is kept
            AdviceText text = current.knowledge().adviceText(a.id());
            // As a recommendation is worded: a critical warning resting on Low or Low-Medium confidence research is lowered, and says why.
            Confidence confidence = explained ? WarningConfidence.of(evaluation, a) : WarningConfidence.of(engine, current.knowledge(), a);
            Priority priority = WarningConfidence.capped(a.priority(), confidence);
            String why = fill(text.why(), subject) + (priority == a.priority() ? "" : WarningConfidence.lowered(confidence));
            warnings.put(key, new AllianceHealth.Warning(a.id(), fill(text.title(), subject), fill(text.text(), subject),
                    text.category(), priority, subject, explained ? explanations.explain(a, why) : null));
        }
        // Ties in priority are ordered by the advice itself: an evaluation without explanations finds its conclusions in no set order.
        List<AllianceHealth.Warning> sorted = warnings.values().stream().sorted(Comparator.comparing(AllianceHealth.Warning::priority)
                .thenComparing(AllianceHealth.Warning::id).thenComparing(w -> String.valueOf(w.subject()))).toList();
        Double overall = overall(surveys.isEmpty() ? null : surveys.get(surveys.size() - 1));
        // A decline the rules find is DOWN even when each step is too small to count on its own.
        String trend = finding(evaluation, 0, "decline") != null ? "DOWN" : surveys.isEmpty() && !checks.isEmpty() ? "NOT_MEASURED" : trend(surveys);
        return new AllianceHealth(alliance.id(), alliance.partner().name(), asOf.toString(), views(checks), series(checks), levels,
                overallLevel, overall, trend, stage, pace, last, next, sorted, null, current.version(), null).summarised(current.knowledge());
    }

    /** What is known without the rules: the checks, their series, the latest score and its movement, when the next is due. */
    private static AllianceHealth notEvaluated(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf, String reason) {
        String last = checks.isEmpty() ? null : checks.get(checks.size() - 1).date();
        List<HealthCheck> surveys = surveyed(checks);
        String next = next(alliance, surveys, current.knowledge().monitoringPolicy().policy().quarterlyDays(), asOf);
        String statement = "This alliance's health could not be evaluated: " + reason + ". Its checks are shown as recorded;"
                + " levels, stage, pace and warnings come from the rules and are not shown.";
        return new AllianceHealth(alliance.id(), alliance.partner().name(), asOf.toString(), views(checks), series(checks), Map.of(),
                NOT_EVALUATED, overall(surveys.isEmpty() ? null : surveys.get(surveys.size() - 1)), trend(surveys), null, null, last, next,
                List.of(), statement, current.version(), null).summarised(current.knowledge());
    }

    /**
     * Why an evaluation failed, in words for its reader: the bound the rules ran into, or a fault
     * met on the way (logged, since it is one to fix).
     */
    static String reason(RuntimeException failure) {
        if (failure instanceof EvaluationException) return failure.getMessage();
        LOG.error("The monitoring rules failed on an alliance's checks", failure);
        return "the rules failed on its checks (the failure has been logged)";
    }

    /**
     * When the next trust health check is due: only for an alliance in force (a prospect has no
     * alliance yet to check, an ended one nothing left to check); never surveyed, now; else the
     * pace's interval after the last check with a survey (a check of indicators alone measures no trust).
     */
    private static String next(Alliance alliance, List<HealthCheck> surveys, int days, LocalDate asOf) {
        if (alliance.status() != AllianceStatus.ACTIVE && alliance.status() != AllianceStatus.SUSPENDED) return null;
        if (surveys.isEmpty()) return asOf.toString();
        return LocalDate.parse(surveys.get(surveys.size() - 1).date()).plusDays(days).toString();
    }

    /** The checks that had a trust survey, in order. */
    static List<HealthCheck> surveyed(List<HealthCheck> checks) {
        return checks.stream().filter(c -> !c.scores().isEmpty()).toList();
    }

    /** The advice left when of each declared contradiction only the preferred one is kept (one voice). */
    static List<Advice> withoutConflicts(List<Advice> given, List<AdviceConflict> conflicts) {
        List<Advice> kept = new ArrayList<>(given);
        for (AdviceConflict c : conflicts) {
            String dropped = c.ids().get(0).equals(c.prefer()) ? c.ids().get(1) : c.ids().get(0);
            if (kept.stream().anyMatch(a -> matches(a, c.ids().get(0))) && kept.stream().anyMatch(a -> matches(a, c.ids().get(1)))) {
                kept.removeIf(a -> matches(a, dropped));
            }
        }
        return kept;
    }

    private static boolean matches(Advice a, String id) {
        String[] parts = id.split("/", 2);
        return a.id().equals(parts[0]) && (parts.length == 1 || parts[1].equals(a.subject()));
    }

    static List<Object> facts(Alliance alliance, List<HealthCheck> checks, LocalDate asOf, MonitoringPolicy policy) {
        return facts(alliance, checks, asOf, policy, SURVEYS_READ);
    }

    /** The facts of a series, with the checkpoints and scores of its latest {@code surveysRead} surveys (and its latest check). */
    private static List<Object> facts(Alliance alliance, List<HealthCheck> checks, LocalDate asOf, MonitoringPolicy policy, int surveysRead) {
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(Fact.of("alliance.purpose", alliance.purpose().name()));
        facts.add(Fact.of("alliance.status", alliance.status().name()));
        int surveys = surveyed(checks).size();
        int survey = 0;
        LocalDate first = checks.isEmpty() ? null : LocalDate.parse(checks.get(0).date());
        for (int i = 0; i < checks.size(); i++) {
            HealthCheck check = checks.get(i);
            int seq = i + 1;
            boolean hasSurvey = !check.scores().isEmpty();
            if (hasSurvey) survey++;
            boolean read = seq == checks.size() || hasSurvey && survey > surveys - surveysRead;
            if (!read) continue;
            int months = (int) ChronoUnit.MONTHS.between(first, LocalDate.parse(check.date()));
            facts.add(new CheckPoint(seq, check.date(), seq == checks.size(), hasSurvey ? survey : 0, hasSurvey && survey == surveys, months));
            for (SideScore s : check.scores()) {
                facts.add(new Score(survey, s.side(), s.element(), s.mean(), s.respondents(), s.spread() == null ? Double.NaN : s.spread()));
            }
        }
        // The history of the relationship: the latest count of earlier alliances with the partner that a check gives.
        checks.stream().map(c -> c.indicators().priorAlliances()).filter(java.util.Objects::nonNull).reduce((a, b) -> b)
                .ifPresent(n -> facts.add(Fact.of("relationship.priorAlliances", n)));
        if (surveys > 0) {
            List<HealthCheck> surveyedChecks = surveyed(checks);
            LocalDate lastSurvey = LocalDate.parse(surveyedChecks.get(surveyedChecks.size() - 1).date());
            facts.add(Fact.of("check.daysSinceLast", ChronoUnit.DAYS.between(lastSurvey, asOf)));
        }
        if (!checks.isEmpty()) {
            HealthCheck latest = checks.get(checks.size() - 1);
            indicatorFacts(latest.indicators(), "indicator.", facts);
            latest.events().forEach(e -> facts.add(Fact.of("event." + e.name(), "YES")));
            if (checks.size() > 1) {
                Indicators previous = checks.get(checks.size() - 2).indicators();
                if (previous.innovationOutput() != null) facts.add(Fact.of("previous.innovationOutput", previous.innovationOutput()));
                if (previous.communicationFrequency() != null) {
                    facts.add(Fact.of("previous.communicationFrequencyRank", FREQUENCY_RANK.get(previous.communicationFrequency().name())));
                }
            }
        }
        return facts;
    }

    private static void indicatorFacts(Indicators i, String prefix, List<Object> facts) {
        if (i.communicationQuality() != null) facts.add(Fact.of(prefix + "communicationQuality", i.communicationQuality()));
        if (i.communicationFrequency() != null) {
            facts.add(Fact.of(prefix + "communicationFrequencyRank", FREQUENCY_RANK.get(i.communicationFrequency().name())));
        }
        if (i.conflictResolutionDays() != null) facts.add(Fact.of(prefix + "conflictResolutionDays", i.conflictResolutionDays()));
        if (i.boundarySpannerTurnover() != null) facts.add(Fact.of(prefix + "boundarySpannerTurnover", i.boundarySpannerTurnover().name()));
        if (i.innovationOutput() != null) facts.add(Fact.of(prefix + "innovationOutput", i.innovationOutput()));
        if (i.taskChallenge() != null) facts.add(Fact.of(prefix + "taskChallenge", i.taskChallenge()));
        if (i.informationSharing() != null) facts.add(Fact.of(prefix + "informationSharing", i.informationSharing()));
        if (i.resourceSharing() != null) facts.add(Fact.of(prefix + "resourceSharing", i.resourceSharing()));
        if (i.jointDecisions() != null) facts.add(Fact.of(prefix + "jointDecisions", i.jointDecisions()));
        if (i.riskSharing() != null) facts.add(Fact.of(prefix + "riskSharing", i.riskSharing()));
        if (i.revenueVsPlan() != null) facts.add(Fact.of(prefix + "revenueVsPlan", i.revenueVsPlan()));
        if (i.costVsBudget() != null) facts.add(Fact.of(prefix + "costVsBudget", i.costVsBudget()));
    }

    private static Explanation.InputFact describe(Input input) {
        if (input instanceof Score s) {
            String basis = s.respondents() > 0 ? ", from " + s.respondents() + (s.respondents() == 1 ? " respondent" : " respondents")
                    + (Double.isNaN(s.spread()) ? "" : " whose scores spread by " + s.spread()) : "";
            String what = s.element().equals(com.alliancetrust.advisor.knowledge.SurveyItem.IDENTIFICATION) ? "shared identity"
                    : s.element().equals(SurveyScoring.OVERALL) ? "mean of the four elements" : s.element().toLowerCase();
            return new Explanation.InputFact(s.inputName(), "Trust survey " + s.seq() + ", " + (s.side().equals(SurveyScoring.ALL) ? "all"
                    : s.side().toLowerCase()) + " respondents, " + what, s.inputValue(), s.inputValue() + " out of 5" + basis);
        }
        String label = INPUTS.getOrDefault(input.inputName(), input.inputName());
        return new Explanation.InputFact(input.inputName(), label, input.inputValue(), input.inputValue());
    }

    private static List<AllianceHealth.CheckView> views(List<HealthCheck> checks) {
        return checks.stream().map(c -> {
            Map<String, Integer> respondents = new LinkedHashMap<>();
            Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
            List<String> withheld = new ArrayList<>();
            for (SideScore s : c.scores()) {
                if (s.element().equals(SurveyScoring.OVERALL)) respondents.put(s.side(), s.respondents());
                scores.computeIfAbsent(s.side(), k -> new LinkedHashMap<>()).put(s.element(), s.mean());
            }
            for (HealthCheckRequest.Side side : HealthCheckRequest.Side.values()) {
                if (!c.scores().isEmpty() && !scores.containsKey(side.name())) withheld.add(side.name()); // a check without a survey withholds nothing
            }
            return new AllianceHealth.CheckView(c.id(), c.date(), respondents, scores, withheld, c.indicators(), c.events());
        }).toList();
    }

    /** Per element (and overall), the all-respondent mean at each check: what a trend chart plots. */
    private static Map<String, List<AllianceHealth.Point>> series(List<HealthCheck> checks) {
        Map<String, List<AllianceHealth.Point>> series = new LinkedHashMap<>();
        for (TrustElement e : TrustElement.values()) series.put(e.name(), new ArrayList<>());
        series.put(SurveyScoring.OVERALL, new ArrayList<>());
        for (HealthCheck c : checks) {
            for (SideScore s : c.scores()) {
                // Shared identity is a basis of trust, not an element: it is in the check's scores, not in the trend chart.
                if (s.side().equals(SurveyScoring.ALL) && series.containsKey(s.element())) {
                    series.get(s.element()).add(new AllianceHealth.Point(c.date(), s.mean()));
                }
            }
        }
        return series;
    }

    private static Double overall(HealthCheck check) {
        if (check == null) return null;
        return check.scores().stream().filter(s -> s.side().equals(SurveyScoring.ALL) && s.element().equals(SurveyScoring.OVERALL))
                .map(SideScore::mean).findFirst().orElse(null);
    }

    /** UP or DOWN when overall trust moved by 0.2 or more since the previous check, else STEADY. */
    private static String trend(List<HealthCheck> checks) {
        if (checks.size() < 2) return checks.isEmpty() ? "NO_CHECKS" : "FIRST_CHECK";
        Double now = overall(checks.get(checks.size() - 1));
        Double before = overall(checks.get(checks.size() - 2));
        if (now == null || before == null) return "UNKNOWN";
        double delta = now - before;
        return delta >= 0.2 ? "UP" : delta <= -0.2 ? "DOWN" : "STEADY";
    }

    private static String finding(Evaluation evaluation, int part, String attribute) {
        return evaluation.all(Finding.class).stream().filter(f -> f.part() == part && f.attribute().equals(attribute))
                .map(Finding::value).findFirst().orElse(null);
    }

    static int levelRank(String level) {
        return switch (level) {
            case "LOW" -> 0;
            case "MODERATE" -> 1;
            case "HIGH" -> 2;
            default -> 3;
        };
    }

    private static String fill(String template, String subject) {
        return subject == null ? template : template.replace("{subject}", subject);
    }
}
