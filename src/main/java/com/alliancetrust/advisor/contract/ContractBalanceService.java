package com.alliancetrust.advisor.contract;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.ControlProvision;
import com.alliancetrust.advisor.domain.CoordinationProvision;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.domain.ContractBalanceWeights;
import com.alliancetrust.advisor.domain.ContractPosition;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Does the contract support or undermine the relationship? Rules place it and advise, each conclusion explained. */
public final class ContractBalanceService {
    static final String RULE_SET = "contract";

    /** The facts this capability gives its rules. */
    public static final List<FactType> FACTS = List.of(
            FactType.choice("contract.control", "Control provision", ControlProvision.class),
            FactType.choice("contract.coordination", "Coordination provision", CoordinationProvision.class),
            FactType.number("contract.controlCount", "Number of control provisions"),
            FactType.number("contract.coordinationCount", "Number of coordination provisions"),
            FactType.yesNo("contract.reviewClause", "Review clause"),
            FactType.yesNo("contract.flexibilityClause", "Flexibility clause"),
            FactType.yesNo("contract.reciprocalRemedies", "Remedies are reciprocal"),
            FactType.yesNo("contract.ipProtocol", "IP-sharing protocol"),
            FactType.number("contract.pages", "Length of the contract (pages)"),
            FactType.choice("relationship.stage", "Trust stage", TrustStage.class),
            FactType.number("relationship.priorAlliances", "Prior alliances with this partner"),
            FactType.choice("relationship.trust", "Trust measured or assessed", ContractBalanceRequest.TrustLevel.class),
            FactType.choice("alliance.purpose", "Alliance purpose", Purpose.class),
            FactType.number("alliance.ageMonths", "Age of the alliance (months)"),
            FactType.number("alliance.expectedDurationYears", "Expected duration (years)"),
            FactType.choice("alliance.ipSensitivity", "Sensitivity of the IP involved", IpSensitivity.class),
            FactType.choice("innovation.outputTrend", "Innovation output over time", ContractBalanceRequest.Trend.class),
            FactType.number("innovation.taskChallenge", "How much the partners still challenge each other's ideas (1-5)"),
            FactType.yesNo("partner.relationshipBased", "The partner builds trust through relationships"),
            FactType.choice("partner.reactionToDraft", "The partner's reaction to the draft", ContractBalanceRequest.DraftReaction.class),
            FactType.yesNo("alliance.governmentFacing", "Work that deals with public officials"),
            FactType.yesNo("alliance.intermediaries", "Agents, consultants or introducers act for either side"),
            FactType.choice("partner.corruptionRisk", "Perceived corruption risk of the partner's country", CountryRisk.Band.class));

    private static final Map<String, String> INPUTS = FactType.labels(FACTS);

    /**
     * Where the contract stands, whether only provisionally (on one of the two provision lists) and what
     * would settle it, the weights it was placed by, and what to change.
     */
    public record Result(String position, boolean provisional, List<String> missing, Explanation explanation, int controlProvisions,
                         int coordinationProvisions, Weighing weighing, List<Recommendation> recommendations, String version,
                         @MaxItems(5) List<SummaryLine> summary) {

        /**
         * The same answer opened by its summary: where the contract stands, the rule's reason for it, the
         * first change advised, whether it is only provisional, and what was not described.
         */
        Result summarised(KnowledgeBase kb, ContractBalanceRequest request) {
            var s = new Summariser(kb);
            s.offer(SummaryKind.DECISION, "contract.decision." + position);
            // The sentence of the rule that placed the contract is the reason in the executive's words.
            if (explanation.rule() != null) s.offerWorded(SummaryKind.REASON, explanation.rule().name());
            // The advice that names the position says again what the decision line says; the first change is the next advice.
            recommendations.stream().filter(r -> !r.id().startsWith("contract-position-")).findFirst().ifPresent(r -> s.offer(SummaryKind.CONDITION, "contract.condition.change", "title", r.title()));
            if (provisional) s.offer(SummaryKind.CONDITION, "contract.condition.provisional");
            List<String> notDescribed = new ArrayList<>();
            var c = request.contract();
            if (c == null || c.controlProvisions() == null) notDescribed.add("the control provisions");
            if (c == null || c.coordinationProvisions() == null) notDescribed.add("the coordination provisions");
            var rel = request.relationship();
            if (rel == null || (rel.stage() == null && rel.trust() == null && rel.priorAlliances() == null)) notDescribed.add("the relationship");
            if (!notDescribed.isEmpty()) s.offer(SummaryKind.UNKNOWN, "contract.unknown.not-described", "what", Summariser.list(notDescribed, 3));
            return new Result(position, provisional, missing, explanation, controlProvisions, coordinationProvisions, weighing,
                    recommendations, version, s.lines());
        }

        /** The same answer as a section of a partner assessment, which carries the version itself. */
        public Section section() {
            return new Section(position, provisional, missing, explanation, controlProvisions, coordinationProvisions, weighing, recommendations);
        }
    }

    /** Where the contract stands and what to change, as part of a partner assessment. */
    public record Section(String position, boolean provisional, List<String> missing, Explanation explanation, int controlProvisions,
                          int coordinationProvisions, Weighing weighing, List<Recommendation> recommendations) {
    }

    /**
     * The controls weighed against coordination: {@code coordination} is null when the coordination
     * provisions were not described; {@code allowance} is how far the controls may outweigh coordination
     * for this relationship. Null as a whole when the controls were not described or the relationship is unknown.
     */
    public record Weighing(int control, Integer coordination, int allowance) {
    }

    private final Supplier<Advisor> advisor;

    public ContractBalanceService(Supplier<Advisor> advisor) {
        this.advisor = advisor;
    }

    public Result advise(ContractBalanceRequest request) {
        InputChecks.body(request);
        return advise(advisor.get(), request);
    }

    /** Places the contract and advises with the given rules and knowledge, so that a partner assessment can use its own. */
    public static Result advise(Advisor current, ContractBalanceRequest request) {
        Evaluation evaluation = current.engine(RULE_SET).evaluate(facts(current.knowledge(), request));
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, current.knowledge(), ContractBalanceService::describe);
        ContractPosition position = evaluation.first(ContractPosition.class).orElseThrow();
        AdviceWording wording = new AdviceWording(evaluation, current.knowledge(), explanations);
        Map<String, Recommendation> advice = new LinkedHashMap<>();
        for (Advice a : evaluation.all(Advice.class)) advice.computeIfAbsent(a.id(), id -> wording.word(a));
        var contract = request.contract();
        Weighing weighing = evaluation.first(ContractBalanceWeights.class)
                .map(w -> new Weighing(w.control(), w.coordination(), w.allowance())).orElse(null);
        List<String> missing = position.provisional() || position.position().equals("UNKNOWN") ? missing(request) : List.of();
        return new Result(position.position(), position.provisional(), missing,
                explanations.explain(position, evaluation.derivationOf(position).orElseThrow().rule().description()),
                contract == null || contract.controlProvisions() == null ? 0 : (int) contract.controlProvisions().stream().distinct().count(),
                contract == null || contract.coordinationProvisions() == null ? 0 : (int) contract.coordinationProvisions().stream().distinct().count(),
                weighing, advice.values().stream().sorted(Comparator.comparing(Recommendation::priority)).toList(), current.version(),
                null).summarised(current.knowledge(), request);
    }

    /** What was not described and would settle (or allow) the placement, in words. */
    private static List<String> missing(ContractBalanceRequest request) {
        List<String> missing = new ArrayList<>();
        var c = request.contract();
        if (c == null || c.controlProvisions() == null) {
            missing.add("The draft's control provisions (monitoring, audits, penalties, termination, exclusivity, compliance clauses), or an empty list if it has none");
        }
        if (c == null || c.coordinationProvisions() == null) {
            missing.add("The draft's coordination provisions (roles, decision rights, a joint committee, information sharing, change and escalation procedures, scope), or an empty list if it has none");
        }
        var rel = request.relationship();
        if (rel == null || (rel.stage() == null && rel.trust() == null && rel.priorAlliances() == null)) {
            missing.add("Something about the relationship: the trust stage, the trust measured or assessed, or the number of earlier alliances with this partner");
        }
        return List.copyOf(missing);
    }

    /**
     * The facts the contract rules see, after checking ranges, with the weights they judge by; a list not
     * given is unknown, an empty one means none.
     */
    public static List<Object> facts(KnowledgeBase kb, ContractBalanceRequest r) {
        List<Object> facts = new ArrayList<>();
        facts.add(kb.contractPolicy().weights());
        var c = r.contract();
        if (c != null) {
            provisions(facts, "contract.control", c.controlProvisions(), "contract.controlProvisions");
            provisions(facts, "contract.coordination", c.coordinationProvisions(), "contract.coordinationProvisions");
            yesNo(facts, "contract.reviewClause", c.reviewClause());
            yesNo(facts, "contract.flexibilityClause", c.flexibilityClause());
            yesNo(facts, "contract.reciprocalRemedies", c.reciprocalRemedies());
            yesNo(facts, "contract.ipProtocol", c.ipProtocol());
            number(facts, "contract.pages", c.pages(), 1, 10_000);
        }
        var rel = r.relationship();
        if (rel != null) {
            if (rel.stage() != null) facts.add(Fact.of("relationship.stage", rel.stage().name()));
            number(facts, "relationship.priorAlliances", rel.priorAlliances(), 0, 1000);
            if (rel.trust() != null) facts.add(Fact.of("relationship.trust", rel.trust().name()));
        }
        var a = r.alliance();
        if (a != null) {
            if (a.purpose() != null) facts.add(Fact.of("alliance.purpose", a.purpose().name()));
            number(facts, "alliance.ageMonths", a.ageMonths(), 0, 1200);
            number(facts, "alliance.expectedDurationYears", a.expectedDurationYears(), 0, 100);
            if (a.ipSensitivity() != null) facts.add(Fact.of("alliance.ipSensitivity", a.ipSensitivity().name()));
            yesNo(facts, "alliance.governmentFacing", a.governmentFacing());
            yesNo(facts, "alliance.intermediaries", a.intermediaries());
        }
        var i = r.innovation();
        if (i != null) {
            if (i.outputTrend() != null) facts.add(Fact.of("innovation.outputTrend", i.outputTrend().name()));
            number(facts, "innovation.taskChallenge", i.taskChallenge(), 1, 5);
        }
        var p = r.partner();
        if (p != null) {
            yesNo(facts, "partner.relationshipBased", p.relationshipBased());
            if (p.reactionToDraft() != null) facts.add(Fact.of("partner.reactionToDraft", p.reactionToDraft().name()));
            if (p.country() != null && !p.country().isBlank()) {
                if (!p.country().matches("[A-Z]{2}")) {
                    throw new InvalidInputException("partner.country", "must be a two-letter ISO 3166-1 country code in capitals, such as JP, got \"" + p.country() + "\"");
                }
                CountryRisk risk = kb.countryRisk().get(p.country());
                // A country without a published score leaves the risk unknown: neither low nor high.
                if (risk != null) facts.add(Fact.of("partner.corruptionRisk", risk.band().name()));
            }
        }
        return facts;
    }

    /** One fact per distinct provision and one for their count; a null entry is refused, naming its index. */
    private static void provisions(List<Object> facts, String name, List<? extends Enum<?>> list, String path) {
        if (list == null) return;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) throw new InvalidInputException(path + "[" + i + "]", "must be a provision, not null");
        }
        List<? extends Enum<?>> distinct = list.stream().distinct().toList();
        distinct.forEach(p -> facts.add(Fact.of(name, p.name())));
        facts.add(Fact.of(name + "Count", distinct.size()));
    }

    private static void yesNo(List<Object> facts, String name, Boolean value) {
        if (value != null) facts.add(Fact.of(name, value ? "YES" : "NO"));
    }

    /** Adds a number fact after checking its range; the field is named by its JSON path. */
    private static void number(List<Object> facts, String name, Integer value, int min, int max) {
        if (InputChecks.range(value, min, max, name) != null) facts.add(Fact.of(name, value));
    }

    private static Explanation.InputFact describe(Input input) {
        return new Explanation.InputFact(input.inputName(), INPUTS.getOrDefault(input.inputName(), input.inputName()),
                input.inputValue(), input.inputValue());
    }
}
