package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.GapSize;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.PlanPhase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The plan after signing: how to build trust in a new or healthy alliance, from a stored assessment or from facts given. */
public final class TrustBuildingService {
    static final String RULE_SET = "trustbuilding";

    /** The facts this capability gives its rules. */
    public static final List<FactType> FACTS = List.of(
            FactType.text("plan.start", "Start of the plan"),
            FactType.choice("profile.competence", "Partner's competence", Level.class),
            FactType.choice("profile.integrity", "Partner's integrity", Level.class),
            FactType.choice("profile.benevolence", "Partner's goodwill", Level.class),
            FactType.choice("profile.predictability", "Partner's predictability", Level.class),
            FactType.choice("relationship.stage", "Trust stage", TrustStage.class),
            FactType.yesNo("alliance.virtual", "The alliance works mostly remotely"),
            FactType.choice("culture.largestGap", "Widest cultural gap between the two sides", GapSize.class),
            FactType.yesNo("contract.reviewClause", "The contract has a review clause"),
            FactType.yesNo("ourSide.leadChangeExpected", "Our lead for the alliance is expected to change in the first year"),
            FactType.yesNo("assessment.letsTheDealGoAhead", "The partner assessment lets the deal go ahead"));

    private static final Map<String, String> LABELS = FactType.labels(FACTS);

    private final Supplier<Advisor> advisor;
    private final CaseFileService caseFiles;
    private final Clock clock;

    public TrustBuildingService(Supplier<Advisor> advisor, CaseFileService caseFiles, Clock clock) {
        this.advisor = advisor;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    public TrustBuildingPlan plan(TrustBuildingRequest request) {
        InputChecks.body(request);
        StoredAssessment stored = request.assessmentId() == null ? null : caseFiles.assessmentForInput(request.assessmentId(), "assessmentId");
        return plan(request, stored);
    }

    /** The plan from the request and {@code stored}, the assessment it names (null: none), with the rules and knowledge served now. */
    public TrustBuildingPlan plan(TrustBuildingRequest request, StoredAssessment stored) {
        LocalDate start = startDate(request.startDate());
        Advisor current = advisor.get();
        Map<String, Object> facts = facts(request, stored, start);
        Evaluation evaluation = current.engine(RULE_SET).evaluate(new ArrayList<>(facts.values()));
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, current.knowledge(), TrustBuildingService::describe);
        AdviceWording wording = new AdviceWording(evaluation, current.knowledge(), explanations);

        Map<String, List<Recommendation>> byPhase = new LinkedHashMap<>();
        current.knowledge().planPhases().keySet().forEach(id -> byPhase.put(id, new ArrayList<>()));
        Map<String, Advice> distinct = new LinkedHashMap<>();
        evaluation.all(Advice.class).forEach(a -> distinct.putIfAbsent(a.id() + "/" + a.subject(), a));
        distinct.values().stream().map(wording::word)
                .sorted(Comparator.comparing(Recommendation::priority))
                .forEach(r -> byPhase.get(r.category()).add(r));
        List<TrustBuildingPlan.Phase> phases = new ArrayList<>();
        byPhase.forEach((id, steps) -> {
            PlanPhase phase = current.knowledge().planPhases().get(id);
            if (!steps.isEmpty()) {
                phases.add(new TrustBuildingPlan.Phase(id, phase.name(), start.plusDays(phase.dueAfterDays()).toString(), phase.reason(), steps));
            }
        });
        List<String> notEstablished = new ArrayList<>();
        for (TrustElement e : TrustElement.values()) {
            if (facts.get("profile." + e.key()) instanceof Fact f && "UNKNOWN".equals(f.value())) notEstablished.add(e.key());
        }
        String basis = stored == null ? "The facts given with the request; anything not given is unknown."
                : "The assessment of " + stored.partner() + " made on " + stored.createdAt().substring(0, 10)
                + ", with any facts given with the request in place of the assessment's.";
        return new TrustBuildingPlan(start.toString(), basis, notEstablished, phases, current.version(),
                summary(current.knowledge(), phases, notEstablished));
    }

    /** Step ids the summary gives as the plan's decision and its condition on deepening. */
    private static final String DECIDE_FIRST = "tb-decide-first";
    private static final String HOLD_INVESTMENT = "tb-hold-joint-investment";

    /**
     * The summary, from the steps the rules gave: settle the assessment first when a rule said so,
     * otherwise the plan and its first phase; the first phase's most important steps; joint investment
     * held back when a rule held it; the elements not established.
     */
    private static List<SummaryLine> summary(KnowledgeBase kb, List<TrustBuildingPlan.Phase> phases, List<String> notEstablished) {
        var s = new Summariser(kb);
        List<Recommendation> steps = phases.stream().flatMap(p -> p.steps().stream()).toList();
        steps.stream().filter(r -> r.id().equals(DECIDE_FIRST)).findFirst().ifPresent(r -> s.offerWorded(SummaryKind.DECISION, r.title()));
        if (!phases.isEmpty()) {
            TrustBuildingPlan.Phase first = phases.get(0);
            s.offer(SummaryKind.DECISION, phases.size() == 1 ? "plan.decision.one-phase" : "plan.decision.phases",
                    "count", String.valueOf(phases.size()), "phase", first.name(), "due", first.due());
            first.steps().stream().filter(r -> !r.id().equals(DECIDE_FIRST) && !r.id().equals(HOLD_INVESTMENT))
                    .forEach(r -> s.offer(SummaryKind.REASON, "plan.reason.step", "title", r.title()));
        }
        steps.stream().filter(r -> r.id().equals(HOLD_INVESTMENT)).findFirst().ifPresent(r -> s.offerWorded(SummaryKind.CONDITION, r.title()));
        if (phases.size() > 1) {
            TrustBuildingPlan.Phase last = phases.get(phases.size() - 1);
            s.offer(SummaryKind.CONDITION, "plan.condition.last-phase", "phase", last.name(), "due", last.due());
        }
        if (!notEstablished.isEmpty()) {
            s.offer(SummaryKind.UNKNOWN, "plan.unknown.elements", "elements", Summariser.list(notEstablished, 4));
        }
        return s.lines();
    }

    private LocalDate startDate(String given) {
        if (given == null) return LocalDate.now(clock);
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("startDate", "must be a date as YYYY-MM-DD, got '" + given + "'");
        }
    }

    /** The facts the rules see: those given, else the stored assessment's; an element of the profile neither gives is UNKNOWN. */
    static Map<String, Object> facts(TrustBuildingRequest r, StoredAssessment stored, LocalDate start) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("plan.start", Fact.of("plan.start", start.toString()));
        Map<TrustElement, Level> profile = new EnumMap<>(TrustElement.class);
        if (stored != null) {
            JsonNode assessment = stored.output();
            for (JsonNode e : assessment.path("profile")) {
                profile.put(TrustElement.valueOf(e.path("element").asText()), Level.valueOf(e.path("level").asText()));
            }
            choice(facts, "relationship.stage", text(assessment.path("stage").path("stage")));
            yesNo(facts, "alliance.virtual", bool(stored.input().path("alliance").path("virtual")));
            yesNo(facts, "contract.reviewClause", bool(stored.input().path("contract").path("reviewClause")));
            GapSize widest = null;
            for (JsonNode gap : assessment.path("culture").path("gaps")) {
                GapSize size = GapSize.valueOf(gap.path("size").asText());
                if (widest == null || size.compareTo(widest) > 0) widest = size;
            }
            if (widest != null) choice(facts, "culture.largestGap", widest.name());
            Verdict verdict = Verdict.valueOf(assessment.path("verdict").path("value").asText());
            yesNo(facts, "assessment.letsTheDealGoAhead", verdict.letsTheDealGoAhead());
        }
        var p = r.profile();
        if (p != null) {
            if (p.competence() != null) profile.put(TrustElement.COMPETENCE, p.competence());
            if (p.integrity() != null) profile.put(TrustElement.INTEGRITY, p.integrity());
            if (p.benevolence() != null) profile.put(TrustElement.BENEVOLENCE, p.benevolence());
            if (p.predictability() != null) profile.put(TrustElement.PREDICTABILITY, p.predictability());
        }
        for (TrustElement e : TrustElement.values()) {
            String name = "profile." + e.key();
            facts.put(name, Fact.of(name, profile.getOrDefault(e, Level.UNKNOWN).name()));
        }
        if (r.stage() != null) choice(facts, "relationship.stage", r.stage().name());
        if (r.virtual() != null) yesNo(facts, "alliance.virtual", r.virtual());
        if (r.largestCultureGap() != null) choice(facts, "culture.largestGap", r.largestCultureGap().name());
        if (r.reviewClause() != null) yesNo(facts, "contract.reviewClause", r.reviewClause());
        if (r.ourLeadChangeExpected() != null) yesNo(facts, "ourSide.leadChangeExpected", r.ourLeadChangeExpected());
        return facts;
    }

    private static void choice(Map<String, Object> facts, String name, String value) {
        if (value != null) facts.put(name, Fact.of(name, value));
    }

    private static void yesNo(Map<String, Object> facts, String name, Boolean value) {
        if (value != null) facts.put(name, Fact.of(name, value ? "YES" : "NO"));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Boolean bool(JsonNode node) {
        return node.isBoolean() ? node.asBoolean() : null;
    }

    private static Explanation.InputFact describe(Input input) {
        return new Explanation.InputFact(input.inputName(), LABELS.getOrDefault(input.inputName(), input.inputName()),
                input.inputValue(), input.inputValue());
    }
}
