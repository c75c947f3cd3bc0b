package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.OpenQuestion;
import com.alliancetrust.advisor.domain.RepairStep;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.DiagnosisQuestion;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.RepairStepText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the diagnosis rules over a session's state and turns the outcome into what the executive sees. */
final class DiagnosisEngine {
    static final String RULE_SET = "diagnosis";

    private final Advisor advisor;
    private final KnowledgeBase kb;
    private final RuleEngine rules;

    DiagnosisEngine(Advisor advisor) {
        this.advisor = advisor;
        this.kb = advisor.knowledge();
        this.rules = advisor.engine(RULE_SET);
    }

    List<Object> facts(DiagnosisState state) {
        List<Object> facts = new ArrayList<>(state.breachParts());
        facts.addAll(state.answers());
        facts.addAll(cultureFacts(state));
        return facts;
    }

    private String comparedFor;
    private List<Fact> compared = List.of();

    /** The cultural gaps between the two sides' countries, compared once per pair of countries. */
    private List<Fact> cultureFacts(DiagnosisState state) {
        String key = state.ourCountry() + "/" + state.partnerCountry();
        if (!key.equals(comparedFor)) {
            compared = CulturalReading.facts(advisor, state.ourCountry(), state.partnerCountry());
            comparedFor = key;
        }
        return compared;
    }

    /** Questions still open, the most decisive first (ties: earlier part first). */
    List<OpenQuestion> openQuestions(DiagnosisState state) {
        return mostDecisiveFirst(rules.conclude(facts(state), "decision", OpenQuestion.class));
    }

    /** The questions the rules left open, each once, the most decisive first (ties: earlier part first). */
    private static List<OpenQuestion> mostDecisiveFirst(List<OpenQuestion> derived) {
        Map<String, OpenQuestion> unique = new LinkedHashMap<>();
        for (OpenQuestion q : derived) {
            unique.merge(q.part() + "/" + q.question(), q, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        return unique.values().stream().sorted(Comparator.comparingInt(OpenQuestion::weight).reversed()
                .thenComparingInt(OpenQuestion::part)).toList();
    }

    /**
     * Drops answers given after position {@code changed} that no longer matter now that the answer
     * there has changed: such an answer stays only if its question would be asked were it
     * unanswered. Repeated until nothing more drops. Answers before it, and facts given when the
     * diagnosis started, are left alone.
     *
     * <p>A question answered with several values (the warning signs seen) is checked once per round:
     * its answers go or stay together, so the check of its first answer settles the others.
     */
    DiagnosisState prune(DiagnosisState state, int changed) {
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            List<Answer> answers = state.answers();
            Set<String> checked = new HashSet<>();
            for (int i = changed + 1; i < answers.size(); i++) {
                Answer a = answers.get(i);
                if (!checked.add(a.part() + "/" + a.question())) continue;
                DiagnosisState without = state.withAnswers(state.answers().stream()
                        .filter(x -> !(x.part() == a.part() && x.question().equals(a.question()))).toList());
                boolean asked = openQuestions(without).stream().anyMatch(q -> q.part() == a.part() && q.question().equals(a.question()));
                if (!asked) {
                    state = without;
                    dropped = true;
                    break;
                }
            }
        }
        return state;
    }

    DiagnosisView view(String id, DiagnosisState state, Integer sessionVersion, boolean oneShot) {
        Evaluation evaluation = rules.evaluate(facts(state));
        // The questions are those of the decision phase, which the whole evaluation runs too: no rule after it adds or removes one.
        List<OpenQuestion> open = mostDecisiveFirst(evaluation.all(OpenQuestion.class));
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, kb, this::describe);
        boolean determined = open.isEmpty();

        List<DiagnosisView.PartDiagnosis> diagnosis = state.parts().stream().map(p -> new DiagnosisView.PartDiagnosis(p.index(),
                p.accused(), p.label(), attributes(state, p.index()),
                evaluation.all(Finding.class).stream().filter(f -> f.part() == p.index())
                        .map(f -> new DiagnosisView.FindingView(f.attribute(), f.value(), explanations.explain(f,
                                evaluation.derivationOf(f).orElseThrow().rule().description()))).toList())).toList();

        List<DiagnosisView.Step> steps = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        if (determined || oneShot) {
            for (RepairStep s : evaluation.all(RepairStep.class)) {
                if (seen.putIfAbsent(s.part() + "/" + s.id(), true) != null) continue;
                RepairStepText text = kb.repairStep(s.id());
                steps.add(new DiagnosisView.Step(s.part(), s.id(), text.phase(), text.title(), text.text(), explanations.explain(s, text.why())));
            }
        }
        steps.sort(Comparator.comparing(DiagnosisView.Step::phase).thenComparingInt(DiagnosisView.Step::part));
        List<DiagnosisView.Step> avoid = steps.stream().filter(s -> s.phase() == RepairStepText.Phase.AVOID).toList();
        List<DiagnosisView.Step> plan = steps.stream().filter(s -> s.phase() != RepairStepText.Phase.AVOID).toList();

        List<DiagnosisView.Question> questions = open.stream().map(this::question).toList();
        return new DiagnosisView(id, state.allianceId(), determined ? DiagnosisView.Status.DETERMINED : DiagnosisView.Status.IN_PROGRESS,
                state.purpose(), state.account(),
                state.parts().stream().map(p -> new DiagnosisView.PartView(p.index(), p.accused(), p.label())).toList(),
                oneShot || questions.isEmpty() ? null : questions.get(0),
                new DiagnosisView.Progress(answeredQuestions(state), open.size()), answers(state), diagnosis, plan, avoid,
                oneShot ? questions : null, advisor.version(), sessionVersion, summary(determined, diagnosis, plan, avoid, questions));
    }

    /** Findings whose rule sentence the summary gives as a reason, most telling first. */
    private static final List<String> REASON_ATTRIBUTES = List.of("breachOnOurSide", "readsAs", "culturalReading",
            "possibleMisreading", "warningsMissed", "recoverability");

    /**
     * The summary, from the findings the rules drew: how recoverable the relationship is (part by part,
     * the first part first) or that the diagnosis is still open; the reasons of the rules behind the
     * findings; the first step of the plan and the first thing to avoid; the question still to answer.
     */
    private List<SummaryLine> summary(boolean determined, List<DiagnosisView.PartDiagnosis> diagnosis, List<DiagnosisView.Step> plan,
                                      List<DiagnosisView.Step> avoid, List<DiagnosisView.Question> questions) {
        var s = new Summariser(kb);
        List<DiagnosisView.FindingView> findings = diagnosis.stream().flatMap(p -> p.findings().stream()).toList();
        findings.stream().filter(f -> f.attribute().equals("breachOnOurSide") && f.value().equals("LIKELY")).findFirst()
                .ifPresent(f -> s.offer(SummaryKind.DECISION, "diagnosis.decision.our-side"));
        if (!determined) s.offer(SummaryKind.DECISION, "diagnosis.decision.open", "open", String.valueOf(questions.size()));
        findings.stream().filter(f -> f.attribute().equals("recoverability")).findFirst()
                .ifPresent(f -> s.offer(SummaryKind.DECISION, "diagnosis.decision.recoverability." + f.value()));
        for (String attribute : REASON_ATTRIBUTES) {
            // The rule's own reason where it states one, otherwise its sentence.
            findings.stream().filter(f -> f.attribute().equals(attribute) && f.explanation().rule() != null)
                    .forEach(f -> s.offerWorded(SummaryKind.REASON, f.explanation().why() == null || f.explanation().why().isBlank()
                            ? f.explanation().rule().name() : f.explanation().why()));
        }
        plan.stream().findFirst().ifPresent(step -> s.offer(SummaryKind.CONDITION, "diagnosis.condition.first-step", "title", step.title()));
        avoid.stream().findFirst().ifPresent(step -> s.offer(SummaryKind.CONDITION, "diagnosis.condition.avoid", "title", step.title()));
        questions.stream().findFirst().ifPresent(q -> s.offer(SummaryKind.UNKNOWN, "diagnosis.unknown.question", "question", q.text()));
        return s.lines();
    }

    private DiagnosisView.Question question(OpenQuestion open) {
        DiagnosisQuestion q = kb.question(open.question());
        return new DiagnosisView.Question(open.part(), q.id(), q.text(), q.help(), q.type(), q.options(), q.decides(),
                "Asked because it decides " + q.decides() + ".");
    }

    /** An answer in words, from the question catalogue. */
    private Explanation.InputFact describe(Input input) {
        if (input instanceof Answer a) {
            DiagnosisQuestion q = kb.question(a.question());
            return new Explanation.InputFact(a.inputName(), q.text(), a.value(), q.option(a.value()).map(DiagnosisQuestion.Option::label).orElse(a.value()));
        }
        if (CulturalReading.isCultureFact(input.inputName())) {
            return new Explanation.InputFact(input.inputName(), CulturalReading.label(input.inputName()), input.inputValue(),
                    CulturalReading.valueLabel(advisor, input.inputName(), input.inputValue()));
        }
        String label = EarlyWarning.SIGNALS.getOrDefault(input.inputName(), input.inputName());
        return new Explanation.InputFact(input.inputName(), label, input.inputValue(), input.inputValue());
    }

    private static int answeredQuestions(DiagnosisState state) {
        return (int) state.answers().stream().map(a -> a.part() + "/" + a.question()).distinct().count();
    }

    private List<DiagnosisView.AnswerView> answers(DiagnosisState state) {
        Map<String, List<Answer>> grouped = new LinkedHashMap<>();
        state.answers().forEach(a -> grouped.computeIfAbsent(a.part() + "/" + a.question(), k -> new ArrayList<>()).add(a));
        return grouped.values().stream().map(list -> {
            Answer first = list.get(0);
            DiagnosisQuestion q = kb.question(first.question());
            List<String> values = list.stream().map(Answer::value).toList();
            return new DiagnosisView.AnswerView(first.part(), q.id(), q.text(), values,
                    values.stream().map(v -> q.option(v).map(DiagnosisQuestion.Option::label).orElse(v)).toList());
        }).toList();
    }

    private List<DiagnosisView.Attribute> attributes(DiagnosisState state, int part) {
        return answers(state).stream().filter(a -> a.part() == part)
                .map(a -> new DiagnosisView.Attribute(a.question(), kb.question(a.question()).text(), a.values(), a.labels())).toList();
    }
}
