package com.alliancetrust.advisor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.IncrementalRun;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs of the rules up to the verdict in one session, each changed set of facts applied as the input
 * facts that differ (changed items deleted and inserted, the others kept), conclude on every scenario
 * exactly what a fresh session concludes from the same facts: the same verdict, and the same
 * conclusions on the way to it, so nothing derived from a fact that is gone survives it. The changes
 * are applied one after another and each is undone by the next (the facts as they are come between
 * any two), as the what-if search uses them: every evidence item made unknown when known (its fact
 * deleted), and set to each of its other values; each fit and power fact likewise.
 */
class IncrementalVerdictTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void one_session_concludes_for_each_change_what_a_fresh_session_concludes(String file) throws IOException {
        Advisor advisor = TestAdvisor.get();
        KnowledgeBase kb = advisor.knowledge();
        RuleEngine rules = advisor.engine(Advisor.SELECTION);
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class);
        SelectionInput input = SelectionInput.validate(request, kb);

        List<SelectionInput> changes = new ArrayList<>();
        for (EvidenceField field : kb.evidence().values()) {
            Object from = input.evidence().get(field.key());
            List<Object> values = new ArrayList<>(field.type() == EvidenceField.Type.NUMBER ? field.whatIf()
                    : field.values().stream().map(EvidenceField.Choice::value).toList());
            values.add(null); // unknown
            values.stream().filter(v -> !Objects.equals(v, from)).forEach(v -> changes.add(input.withEvidence(field.key(), v)));
        }
        for (DealField.Section section : List.of(DealField.Section.FIT, DealField.Section.POWER)) {
            for (DealField field : kb.dealFields(section)) {
                Object from = input.deal().get(field.key());
                List<Object> values = new ArrayList<>(field.values().stream().map(DealField.Choice::value).toList());
                values.add(null);
                values.stream().filter(v -> !Objects.equals(v, from)).forEach(v -> changes.add(input.withDeal(field.key(), v)));
            }
        }
        assertThat(changes).isNotEmpty();

        int deletions = 0;
        try (IncrementalRun run = rules.incremental("verdict")) {
            List<SelectionInput> sequence = new ArrayList<>();
            sequence.add(input);
            for (SelectionInput change : changes) {
                sequence.add(change);
                sequence.add(input); // undone
            }
            for (SelectionInput step : sequence) {
                List<Object> facts = step.facts(kb);
                Set<Object> incremental = canonical(run.conclude(facts, Object.class));
                Set<Object> fresh = canonical(rules.conclude(facts, "verdict", Object.class));
                if (step.evidence().size() < input.evidence().size() || step.deal().size() < input.deal().size()) deletions++;
                Set<Object> onlyIncremental = new HashSet<>(incremental);
                onlyIncremental.removeAll(fresh);
                Set<Object> onlyFresh = new HashSet<>(fresh);
                onlyFresh.removeAll(incremental);
                assertThat(List.of(onlyIncremental, onlyFresh)).as("held after %s in the one session only, and in a fresh session only", describe(step, input))
                        .containsOnly(Set.of());
                assertThat(run.conclude(facts, VerdictDecision.class)).as("one verdict").hasSize(1);
            }
        }
        if (!input.evidence().isEmpty()) assertThat(deletions).as("changes back to unknown").isPositive();
    }

    /**
     * A search's session is kept with the facts of its last run for the next search, which starts
     * from them: one search per scenario, one after another, each concludes on its first run what a
     * fresh session concludes from its facts, whatever the search before left.
     */
    @org.junit.jupiter.api.Test
    void a_search_that_starts_from_the_facts_the_search_before_left_concludes_what_a_fresh_session_concludes() throws IOException {
        Advisor advisor = TestAdvisor.get();
        KnowledgeBase kb = advisor.knowledge();
        RuleEngine rules = advisor.engine(Advisor.SELECTION);
        List<String> names = CASES.names().toList();
        assertThat(names).hasSizeGreaterThan(2);
        for (String file : names) {
            SelectionInput input = SelectionInput.validate(
                    ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class), kb);
            List<Object> facts = input.facts(kb);
            try (IncrementalRun run = rules.incremental("verdict")) {
                assertThat(canonical(run.conclude(facts, Object.class))).as("the first run of a search on %s", file)
                        .isEqualTo(canonical(rules.conclude(facts, "verdict", Object.class)));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void prior_alliances_that_left_integrity_and_goodwill_both_low_give_one_stage_whichever_of_them_comes_and_goes() {
        Advisor advisor = TestAdvisor.get();
        RuleEngine rules = advisor.engine(Advisor.SELECTION);
        var prior = com.alliancetrust.advisor.domain.Fact.of("alliance.priorAlliances", 2);
        var integrityLow = com.alliancetrust.advisor.domain.Fact.of("integrity.smallPromisesKept", "BROKEN");
        var goodwillLow = com.alliancetrust.advisor.domain.Fact.of("benevolence.flexibilityInDifficulty", "EXPLOITED");
        List<Object> both = SelectionInput.withKnowledge(List.of(prior, integrityLow, goodwillLow), advisor.knowledge());
        String rule = "Prior alliances that left integrity or goodwill LOW put trust back at the calculus stage";

        var evaluation = rules.evaluate(both);
        assertThat(evaluation.all(com.alliancetrust.advisor.domain.StageFinding.class)).as("one stage")
                .containsExactly(new com.alliancetrust.advisor.domain.StageFinding(com.alliancetrust.advisor.domain.TrustStage.CALCULUS));
        assertThat(evaluation.trace()).filteredOn(r -> r.name().equals(rule)).as("fired once").hasSize(1);
        var stage = evaluation.first(com.alliancetrust.advisor.domain.StageFinding.class).orElseThrow();
        assertThat(evaluation.derivationOf(stage).orElseThrow().premises()).as("resting on integrity, the first of the two")
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(com.alliancetrust.advisor.domain.ElementLevel.class,
                        l -> assertThat(l.element()).isEqualTo(com.alliancetrust.advisor.domain.TrustElement.INTEGRITY)));

        try (IncrementalRun run = rules.incremental("decision")) {
            for (List<Object> facts : List.of(both,
                    SelectionInput.withKnowledge(List.of(prior, goodwillLow), advisor.knowledge()),
                    both,
                    SelectionInput.withKnowledge(List.of(prior, integrityLow), advisor.knowledge()),
                    SelectionInput.withKnowledge(List.of(prior), advisor.knowledge()))) {
                assertThat(run.conclude(facts, com.alliancetrust.advisor.domain.StageFinding.class))
                        .isEqualTo(rules.conclude(facts, "decision", com.alliancetrust.advisor.domain.StageFinding.class)).hasSize(1);
            }
        }
    }

    /**
     * The facts, each written out with the premises it lists in any order: a conclusion gathers its
     * premises in the order working memory hands them over, which differs between a fresh session and
     * one that has seen facts come and go; what they are does not.
     */
    private static Set<Object> canonical(List<Object> facts) {
        Set<Object> written = new HashSet<>();
        facts.forEach(f -> written.add(canonical(f)));
        return written;
    }

    private static String canonical(Object fact) {
        if (fact instanceof List<?> list) return list.stream().map(IncrementalVerdictTest::canonical).sorted().toList().toString();
        if (fact instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    parts.add(component.getName() + "=" + canonical(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return record.getClass().getSimpleName() + parts;
        }
        return String.valueOf(fact);
    }

    private static String describe(SelectionInput step, SelectionInput input) {
        if (step.equals(input)) return "the facts as they are";
        List<String> changed = new ArrayList<>();
        Set<String> keys = new HashSet<>(input.evidence().keySet());
        keys.addAll(step.evidence().keySet());
        keys.stream().filter(k -> !Objects.equals(input.evidence().get(k), step.evidence().get(k)))
                .forEach(k -> changed.add(k + ": " + input.evidence().get(k) + " -> " + step.evidence().get(k)));
        Set<String> deal = new HashSet<>(input.deal().keySet());
        deal.addAll(step.deal().keySet());
        deal.stream().filter(k -> !Objects.equals(input.deal().get(k), step.deal().get(k)))
                .forEach(k -> changed.add(k + ": " + input.deal().get(k) + " -> " + step.deal().get(k)));
        return String.join(", ", changed);
    }
}
