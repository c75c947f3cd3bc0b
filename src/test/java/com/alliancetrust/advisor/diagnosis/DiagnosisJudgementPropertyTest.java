package com.alliancetrust.advisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import com.alliancetrust.advisor.knowledge.DiagnosisQuestion;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The judgement of the diagnosis rules as a whole, over many generated answer sets (a seeded
 * generator, so every run checks the same cases): each breach part gets an accused side and, for
 * every question, any of its answers, including "not known", or none; the two sides' countries vary,
 * same or different or not given. The answers are then kept only where the rules would ask for them,
 * as the one-shot diagnosis does, and the plan is checked:
 * <ul>
 *   <li>no two steps declared contradictory in the knowledge base's advice conflicts are in one part's plan;</li>
 *   <li>a step that presupposes a fact is only given when that fact was answered so (a neutral third
 *       party only when facts are disputed; an admission only when our responsibility is established;
 *       the hedge only when it is not);</li>
 *   <li>nothing is escalated as bad faith while a cultural misreading is open;</li>
 *   <li>every answer "not known" that the diagnosis kept is matched by a step saying how to establish it,
 *       and no finding is drawn as if it had been answered.</li>
 * </ul>
 */
class DiagnosisJudgementPropertyTest {
    private static final int CASES = 1000;
    private static final long SEED = 20_261_206L;
    private static final KnowledgeBase KB = TestAdvisor.get().knowledge();
    private static final List<String> COUNTRIES = Arrays.asList(null, "US", "JP", "DE", "BR", "CN", "IN", "NL");

    /** Steps that presuppose an answer: the step, the question and the answers that allow it. */
    private static final List<Presupposition> PRESUPPOSITIONS = List.of(
            new Presupposition("neutral-third-party", "factsDisputed", Set.of("YES")),
            new Presupposition("apologise-effectively", "culpability", Set.of("GUILTY")),
            new Presupposition("apology-with-penance", "culpability", Set.of("GUILTY")),
            new Presupposition("acknowledge-cultural-misstep", "culpability", Set.of("GUILTY")),
            new Presupposition("avoid-excuses", "culpability", Set.of("GUILTY")),
            new Presupposition("acknowledge-and-investigate", "culpability", Set.of("UNKNOWN")),
            new Presupposition("avoid-premature-denial", "culpability", Set.of("UNKNOWN")),
            new Presupposition("deny-with-evidence", "culpability", Set.of("INNOCENT")),
            new Presupposition("accept-recovery-plan", "handledTransparently", Set.of("YES")),
            new Presupposition("avoid-punitive-penalties", "handledTransparently", Set.of("YES")),
            new Presupposition("demand-acknowledgement", "intentional", Set.of("YES")),
            new Presupposition("agree-working-conventions", "culturalCheck", Set.of("CULTURAL")));

    /** Steps that treat the partner's behaviour as bad faith: never while a cultural misreading is open. */
    private static final Set<String> BAD_FAITH = Set.of("contain-and-preserve", "demand-acknowledgement", "re-architect-governance",
            "evaluate-legal-measures", "evaluate-exit", "avoid-business-as-usual", "treat-repeat-as-goodwill-issue", "escalate-corporate",
            "expect-partial-recovery");

    /** The step that establishes each answer not known, by question. */
    private static final Map<String, String> ESTABLISH = Map.ofEntries(
            Map.entry("violatedElement", "establish-kind-of-breach"), Map.entry("intentional", "establish-intent"),
            Map.entry("deception", "establish-deception"), Map.entry("severity", "establish-severity"),
            Map.entry("impact", "establish-impact"), Map.entry("occurrence", "establish-occurrence"),
            Map.entry("level", "establish-level"), Map.entry("handledTransparently", "establish-disclosure"),
            Map.entry("factsDisputed", "establish-facts"), Map.entry("mutualDependence", "establish-dependence"),
            Map.entry("stageAtTime", "establish-stage"), Map.entry("warningSigns", "establish-warning-signs"),
            Map.entry("behaviour", "establish-behaviour"), Map.entry("culturalCheck", "check-cultural-reading"),
            Map.entry("culpability", "acknowledge-and-investigate"),
            Map.entry("ourConduct", "establish-our-conduct"), Map.entry("ourBehaviour", "establish-our-behaviour"));

    private record Presupposition(String step, String question, Set<String> allowed) {
    }

    /** The view takes its questions from its one whole evaluation; the questions asked and pruned by come from a run up to the decision phase. */
    @Test
    void the_view_leaves_open_the_questions_a_run_up_to_the_decision_phase_leaves_open_in_the_same_order() {
        DiagnosisEngine engine = new DiagnosisEngine(TestAdvisor.get());
        Random random = new Random(SEED + 1);
        SoftAssertions softly = new SoftAssertions();
        int open = 0;
        for (int n = 0; n < CASES / 4; n++) {
            DiagnosisState state = generate(random);
            List<String> expected = engine.openQuestions(state).stream().map(q -> q.part() + "/" + q.question()).toList();
            List<String> viewed = engine.view(null, state, null, true).openQuestions().stream().map(q -> q.part() + "/" + q.id()).toList();
            softly.assertThat(viewed).as("case %d, answers %s", n, state.answers()).isEqualTo(expected);
            if (!expected.isEmpty()) open++;
        }
        softly.assertThat(open).as("cases with questions open").isGreaterThan(CASES / 20);
        softly.assertAll();
    }

    /** Checking a question answered with several values once per round keeps exactly what checking each of its answers keeps. */
    @Test
    void pruning_keeps_what_checking_every_answer_in_turn_keeps() {
        DiagnosisEngine engine = new DiagnosisEngine(TestAdvisor.get());
        Random random = new Random(SEED + 2);
        SoftAssertions softly = new SoftAssertions();
        int dropped = 0;
        int severalValues = 0;
        for (int n = 0; n < CASES / 4; n++) {
            DiagnosisState state = generate(random);
            int changed = random.nextInt(3) == 0 ? random.nextInt(Math.max(1, state.answers().size())) : -1;
            List<Answer> expected = everyAnswerChecked(engine, state, changed).answers();
            softly.assertThat(engine.prune(state, changed).answers()).as("case %d, from %d, answers %s", n, changed, state.answers()).isEqualTo(expected);
            if (expected.size() < state.answers().size()) dropped++;
            if (state.answers().stream().map(a -> a.part() + "/" + a.question()).distinct().count() < state.answers().size()) severalValues++;
        }
        softly.assertThat(dropped).as("cases where answers were dropped").isGreaterThan(CASES / 20);
        softly.assertThat(severalValues).as("cases with a question answered with several values").isGreaterThan(CASES / 20);
        softly.assertAll();
    }

    /** Pruning as it was first written: every answer after {@code changed} checked in turn, from the start again after each drop. */
    private static DiagnosisState everyAnswerChecked(DiagnosisEngine engine, DiagnosisState state, int changed) {
        for (int i = changed + 1; i < state.answers().size(); i++) {
            Answer a = state.answers().get(i);
            DiagnosisState without = state.withAnswers(state.answers().stream()
                    .filter(x -> !(x.part() == a.part() && x.question().equals(a.question()))).toList());
            if (engine.openQuestions(without).stream().noneMatch(q -> q.part() == a.part() && q.question().equals(a.question()))) {
                return everyAnswerChecked(engine, without, changed);
            }
        }
        return state;
    }

    @Test
    void no_plan_holds_contradicting_steps_or_steps_whose_premises_were_not_answered() {
        DiagnosisEngine engine = new DiagnosisEngine(TestAdvisor.get());
        List<AdviceConflict> conflicts = KB.adviceConflicts().stream().filter(c -> c.ids().stream().allMatch(KB.repairSteps()::containsKey)).toList();
        assertThat(conflicts).as("contradicting repair steps declared in advice-conflicts.yaml").isNotEmpty();
        Random random = new Random(SEED);
        SoftAssertions softly = new SoftAssertions();
        Map<String, Integer> seen = new HashMap<>();
        for (int n = 0; n < CASES; n++) {
            DiagnosisState state = engine.prune(generate(random), -1);
            DiagnosisView view = engine.view(null, state, null, true);
            for (DiagnosisState.Part part : state.parts()) {
                int p = part.index();
                String label = "case " + n + ", part " + p + " (" + part.accused() + ", countries " + state.ourCountry() + "/"
                        + state.partnerCountry() + ") answers " + answers(state, p);
                Set<String> steps = new HashSet<>();
                view.plan().stream().filter(s -> s.part() == p).forEach(s -> steps.add(s.id()));
                view.avoid().stream().filter(s -> s.part() == p).forEach(s -> steps.add(s.id()));
                steps.forEach(s -> seen.merge(s, 1, Integer::sum));
                Map<String, List<String>> given = answers(state, p);
                Map<String, String> findings = view.diagnosis().stream().filter(d -> d.part() == p).flatMap(d -> d.findings().stream())
                        .collect(Collectors.toMap(DiagnosisView.FindingView::attribute, DiagnosisView.FindingView::value, (a, b) -> a + "," + b));

                for (AdviceConflict c : conflicts) {
                    softly.assertThat(steps.containsAll(c.ids())).as("%s: contradicting steps %s in one plan %s", label, c.ids(), steps).isFalse();
                }
                for (Presupposition pre : PRESUPPOSITIONS) {
                    if (!steps.contains(pre.step())) continue;
                    List<String> answer = given.getOrDefault(pre.question(), List.of());
                    softly.assertThat(answer.stream().anyMatch(pre.allowed()::contains))
                            .as("%s: step %s presupposes %s in %s, but the answer is %s", label, pre.step(), pre.question(), pre.allowed(), answer).isTrue();
                }
                if ("OPEN".equals(findings.get("culturalReading"))) {
                    softly.assertThat(steps).as("%s: bad-faith steps while a cultural misreading is open", label).doesNotContainAnyElementsOf(BAD_FAITH);
                    softly.assertThat(steps).as("%s: the check of the cultural reading", label).contains("check-cultural-reading");
                }
                softly.assertThat(findings.getOrDefault("recoverability", "").contains(",")).as("%s: one recoverability, not %s", label, findings).isFalse();
                given.forEach((question, values) -> {
                    boolean notKnown = values.stream().anyMatch(v -> Set.of("NOT_KNOWN", "UNCLEAR", "UNKNOWN").contains(v));
                    if (notKnown && view.status() == DiagnosisView.Status.DETERMINED) {
                        softly.assertThat(steps).as("%s: %s not known, so the plan says how to establish it", label, question).contains(ESTABLISH.get(question));
                    }
                });
                boolean decisiveUnknown = List.of("violatedElement", "severity", "occurrence", "handledTransparently").stream()
                        .anyMatch(q -> given.getOrDefault(q, List.of()).contains("NOT_KNOWN"));
                if (decisiveUnknown && !given.getOrDefault("culpability", List.of()).contains("INNOCENT")
                        && !"CONFIRMED".equals(findings.get("culturalReading"))) {
                    softly.assertThat(findings.get("recoverability")).as("%s: recoverability with a decisive answer not known", label)
                            .isNotEqualTo("HIGH").isNotEqualTo("MODERATE");
                }
                // A finding's rule says what the answers were; it must not say more than they did.
                view.diagnosis().stream().filter(d -> d.part() == p).flatMap(d -> d.findings().stream()).forEach(f -> {
                    String rule = f.explanation().rule().name();
                    if (rule.contains("disclosed")) {
                        softly.assertThat(given.get("handledTransparently")).as("%s: '%s' only when it was disclosed", label, rule).containsExactly("YES");
                    }
                    if (rule.contains("with deception")) {
                        softly.assertThat(given.get("deception")).as("%s: '%s' only with deception", label, rule).containsExactly("YES");
                    }
                    if (rule.contains("repeated")) {
                        softly.assertThat(given.get("occurrence")).as("%s: '%s' only when repeated", label, rule).containsExactly("REPEATED");
                    }
                    if (rule.contains("first")) {
                        softly.assertThat(given.get("occurrence")).as("%s: '%s' only when first", label, rule).containsExactly("FIRST");
                    }
                });
                if (given.getOrDefault("warningSigns", List.of()).stream().allMatch(v -> v.equals("NONE") || v.equals("NOT_KNOWN"))) {
                    softly.assertThat(findings).as("%s: no warning signs missed without one seen", label).doesNotContainKey("warningsMissed");
                }
            }
        }
        softly.assertAll();
        // The generator must reach the behaviours under test, or the properties say nothing.
        for (String step : List.of("check-cultural-reading", "agree-working-conventions", "acknowledge-cultural-misstep", "apologise-effectively",
                "acknowledge-and-investigate", "neutral-third-party", "contain-and-preserve", "establish-severity")) {
            assertThat(seen.getOrDefault(step, 0)).as("generated plans holding %s", step).isGreaterThan(5);
        }
    }

    private static DiagnosisState generate(Random random) {
        int parts = random.nextInt(4) == 0 ? 2 : 1;
        List<DiagnosisState.Part> list = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            list.add(new DiagnosisState.Part(i, random.nextBoolean() ? BreachPart.Accused.PARTNER : BreachPart.Accused.US, null));
        }
        List<Answer> answers = new ArrayList<>();
        for (DiagnosisState.Part part : list) {
            for (DiagnosisQuestion q : KB.questions().values()) {
                if (random.nextInt(8) == 0) continue; // left unanswered
                List<DiagnosisQuestion.Option> options = q.options();
                if (q.type() == DiagnosisQuestion.Type.MULTI && random.nextBoolean()) {
                    options.stream().filter(o -> !o.value().equals("NONE") && !o.value().equals("NOT_KNOWN"))
                            .filter(o -> random.nextBoolean()).forEach(o -> answers.add(new Answer(part.index(), q.id(), o.value())));
                    continue;
                }
                answers.add(new Answer(part.index(), q.id(), options.get(random.nextInt(options.size())).value()));
            }
        }
        String ours = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        String partner = random.nextInt(4) == 0 ? ours : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        return new DiagnosisState(null, null, null, list, answers, ours, partner);
    }

    private static Map<String, List<String>> answers(DiagnosisState state, int part) {
        Map<String, List<String>> given = new java.util.LinkedHashMap<>();
        state.answers().stream().filter(a -> a.part() == part).forEach(a -> given.computeIfAbsent(a.question(), k -> new ArrayList<>()).add(a.value()));
        return given;
    }
}
