package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.ElementLevel;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.Overall;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.RiskFinding;
import com.alliancetrust.advisor.domain.RiskType;
import com.alliancetrust.advisor.domain.StageFinding;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.domain.VerdictLimit;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.RedFlagText;
import com.alliancetrust.advisor.knowledge.StageDefinition;
import com.alliancetrust.advisor.selection.PartnerAssessment.Action;
import com.alliancetrust.advisor.selection.PartnerAssessment.ElementResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.OverallResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.Recommendation;
import com.alliancetrust.advisor.selection.PartnerAssessment.RedFlagResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.RiskItem;
import com.alliancetrust.advisor.selection.PartnerAssessment.RiskResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.StageResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.VerdictResult;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Partner selection: runs the rules over what due diligence found and reports each conclusion with its why. */
public final class PartnerAssessmentService {
    private final Supplier<Advisor> advisor;

    public PartnerAssessmentService(Supplier<Advisor> advisor) {
        this.advisor = advisor;
    }

    public PartnerAssessment assess(PartnerAssessmentRequest request) {
        return assess(advisor.get(), request);
    }

    /** Assesses with a rule base the caller has already read, so that one request uses one version throughout. */
    public PartnerAssessment assess(Advisor current, PartnerAssessmentRequest request) {
        SelectionInput input = SelectionInput.validate(request, current.knowledge());
        PartnerAssessment assessment = assess(current, input);
        if (request.contract() == null) return assessment;
        // The contract is judged against the stage and trustworthiness this assessment concluded.
        var balance = ContractBalanceService.advise(current, request.contract().request(input.alliance(),
                assessment.stage().stage(), assessment.overall().level()));
        return assessment.withContractBalance(balance.section());
    }

    /** Checks a request as an assessment would, without assessing: refuses it, naming the field, if an assessment would. */
    public void validate(PartnerAssessmentRequest request) {
        SelectionInput.validate(request, advisor.get().knowledge());
    }

    PartnerAssessment assess(Advisor current, SelectionInput input) {
        var culture = CultureAdviceService.forAssessment(current, input.alliance().ourCountry(), input.partner().country(),
                input.alliance().virtual());
        Evaluation evaluation = current.engine(Advisor.SELECTION).evaluate(input.facts(current.knowledge()));
        return new Report(current, input, evaluation).build(culture);
    }

    /** Turns one evaluation into the response, wording each conclusion from the knowledge base. */
    private static final class Report {
        private final Advisor advisor;
        private final KnowledgeBase kb;
        private final SelectionInput input;
        private final Evaluation evaluation;
        private final ExplanationBuilder explanations;

        Report(Advisor advisor, SelectionInput input, Evaluation evaluation) {
            this.advisor = advisor;
            this.kb = advisor.knowledge();
            this.input = input;
            this.evaluation = evaluation;
            this.explanations = new ExplanationBuilder(evaluation, kb, this::describe);
        }

        PartnerAssessment build(CultureAdviceService.Result culture) {
            VerdictDecision decision = evaluation.first(VerdictDecision.class).orElseThrow();
            Explanation verdictWhy = explanations.explain(decision, verdictWhy(decision));
            var whatIf = new WhatIfSearch(kb, changed -> advisor.engine(Advisor.SELECTION)
                    .conclude(changed.facts(kb), "verdict", VerdictDecision.class).get(0).verdict())
                    .search(input, decision.verdict(), decisiveFields(decision, verdictWhy));
            return new PartnerAssessment(null, null, advisor.version(), input.partner().name(),
                    new VerdictResult(decision.verdict(), verdictWhy), overall(), Confidences.of(input, kb, levels()),
                    profile(), risk(), stage(), redFlags(), recommendations(), whatIf,
                    evaluation.trace().stream().map(ExplanationBuilder::ref).toList(), culture, null);
        }

        /**
         * The evidence a better verdict can come from: the facts the verdict rests on, and every
         * evidence item of the elements its limits concern. Other evidence cannot lift those limits.
         */
        private Set<String> decisiveFields(VerdictDecision decision, Explanation verdictWhy) {
            Set<TrustElement> elements = EnumSet.noneOf(TrustElement.class);
            evaluation.derivationOf(decision).ifPresent(d -> collectElements(d.premises(), elements,
                    Collections.newSetFromMap(new IdentityHashMap<>())));
            Set<String> fields = verdictWhy.facts().stream().map(Explanation.InputFact::field).collect(Collectors.toCollection(HashSet::new));
            elements.forEach(e -> kb.evidenceFor(e).forEach(f -> fields.add(f.key())));
            return fields;
        }

        private void collectElements(List<Object> premises, Set<TrustElement> elements, Set<Object> seen) {
            for (Object p : premises) {
                if (!seen.add(p)) continue;
                if (p instanceof ElementLevel l) elements.add(l.element());
                if (p instanceof RedFlag f) elements.add(f.element());
                evaluation.derivationOf(p).ifPresent(d -> collectElements(d.premises(), elements, seen));
            }
        }

        private String verdictWhy(VerdictDecision decision) {
            if (decision.basis().isEmpty()) {
                return "No finding limits the verdict: every element is assessed, none is LOW or MODERATE, and no red flag was found.";
            }
            return "The verdict is " + decision.verdict() + " because "
                    + decision.basis().stream().map(l -> ((VerdictLimit) l).reason()).distinct().collect(Collectors.joining("; "))
                    + ". The verdict is the most severe limit any finding sets.";
        }

        private Map<TrustElement, ElementLevel> levels() {
            Map<TrustElement, ElementLevel> levels = new LinkedHashMap<>();
            evaluation.all(ElementLevel.class).stream().sorted(Comparator.comparing(ElementLevel::element))
                    .forEach(l -> levels.put(l.element(), l));
            return levels;
        }

        private OverallResult overall() {
            Overall overall = evaluation.first(Overall.class).orElseThrow();
            return new OverallResult(overall.level(), overall.weakest(), explain(overall));
        }

        private List<ElementResult> profile() {
            return levels().values().stream().map(l -> new ElementResult(l.element(), l.level(), l.score(),
                    evaluation.facts().stream().filter(f -> f instanceof com.alliancetrust.advisor.domain.Fact fact
                                    && fact.name().startsWith(l.element().key() + "."))
                            .map(f -> describe((com.alliancetrust.advisor.domain.Fact) f)).toList(),
                    explain(l))).toList();
        }

        private RiskResult risk() {
            List<RiskItem> risks = evaluation.all(RiskFinding.class).stream()
                    .map(r -> new RiskItem(r.type(), r.strength(), explain(r))).toList();
            Set<RiskType> types = risks.stream().map(RiskItem::type).collect(Collectors.toSet());
            String type = types.size() == 2 ? "BOTH" : types.isEmpty() ? "NONE_IDENTIFIED" : types.iterator().next().name();
            return new RiskResult(type, risks);
        }

        private StageResult stage() {
            StageFinding stage = evaluation.first(StageFinding.class).orElseThrow();
            StageDefinition definition = kb.stages().get(stage.stage());
            return new StageResult(stage.stage(), definition.name(), definition.whatFits(), explain(stage));
        }

        private List<RedFlagResult> redFlags() {
            return evaluation.all(RedFlag.class).stream().map(f -> {
                RedFlagText text = kb.redFlagText(f.id());
                return new RedFlagResult(f.id(), text.title(), text.text(), f.element(), f.severity(),
                        explanations.explain(f, text.text()));
            }).toList();
        }

        private List<Recommendation> recommendations() {
            Map<String, Recommendation> unique = new LinkedHashMap<>();
            for (Advice a : evaluation.all(Advice.class)) {
                AdviceText text = kb.adviceText(a.id());
                List<Action> actions = a.items().stream().map(key -> kb.evidenceField(key)
                        .map(f -> new Action(key, f.label(), f.collect())).orElse(new Action(key, key, key))).toList();
                unique.putIfAbsent(a.id() + "/" + a.subject(), new Recommendation(a.id(), fill(text.title(), a.subject()),
                        fill(text.text(), a.subject()), text.category(), a.priority(), a.subject(), actions,
                        explanations.explain(a, fill(text.why(), a.subject()))));
            }
            return unique.values().stream().sorted(Comparator.comparing(Recommendation::priority)).toList();
        }

        /** An input in words: evidence from the catalogue, the rest from the request's own labels. */
        private Explanation.InputFact describe(Input input) {
            String name = input.inputName();
            String value = input.inputValue();
            return kb.evidenceField(name)
                    .map(field -> new Explanation.InputFact(name, field.label(), value, field.describe(value)))
                    .orElseGet(() -> new Explanation.InputFact(name, SelectionInput.CONTEXT_LABELS.getOrDefault(name, name), value, value));
        }

        private Explanation explain(Object conclusion) {
            String why = evaluation.derivationOf(conclusion).orElseThrow().rule().description();
            return explanations.explain(conclusion, why);
        }

        private static String fill(String template, String subject) {
            return subject == null ? template : template.replace("{subject}", subject);
        }
    }

    /** Weighted share of the evidence catalogue that is known: integrity and competence count more. */
    static final class Confidences {
        private static final Map<TrustElement, Integer> WEIGHTS = Map.of(TrustElement.INTEGRITY, 3,
                TrustElement.COMPETENCE, 3, TrustElement.BENEVOLENCE, 2, TrustElement.PREDICTABILITY, 2);

        static PartnerAssessment.ConfidenceResult of(SelectionInput input, KnowledgeBase kb, Map<TrustElement, ElementLevel> levels) {
            double weighted = 0;
            int weights = 0;
            for (TrustElement e : TrustElement.values()) {
                var fields = kb.evidenceFor(e);
                long known = fields.stream().filter(f -> input.evidence().containsKey(f.key())).count();
                weighted += WEIGHTS.get(e) * (double) known / fields.size();
                weights += WEIGHTS.get(e);
            }
            int score = (int) Math.round(100 * weighted / weights);
            List<TrustElement> unknown = levels.values().stream().filter(l -> l.level() == Level.UNKNOWN).map(ElementLevel::element).toList();
            Level level = Level.ofScore(score);
            if (level == Level.HIGH && !unknown.isEmpty()) level = Level.MODERATE; // an unknown element rules out high confidence
            int known = input.evidence().size();
            int total = kb.evidence().size();
            String statement = known + " of " + total + " evidence items are known"
                    + (unknown.isEmpty() ? "" : "; nothing is known about " + unknown.stream().map(TrustElement::key).collect(Collectors.joining(", ")))
                    + ". Confidence " + level + " (" + score + "/100, integrity and competence evidence weigh more).";
            return new PartnerAssessment.ConfidenceResult(level, score, known, total, unknown, statement);
        }
    }
}
