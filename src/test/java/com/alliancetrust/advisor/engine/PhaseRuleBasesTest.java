package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A run that stops after a phase concludes exactly the same on the rule base without the later
 * phases' rules as on the full one, for every scenario of the capabilities that make such runs: the
 * what-if search (selection, up to the verdict) and question selection (diagnosis, up to the decision).
 */
class PhaseRuleBasesTest {
    private static final int VERDICT = RuleEngine.PHASES.indexOf("verdict");
    private static final int DECISION = RuleEngine.PHASES.indexOf("decision");

    @Test
    void the_rules_of_the_left_out_groups_are_blanked_and_every_other_line_is_kept_where_it_was() {
        String text = """
                package rules.x

                rule "Kept"
                    ruleflow-group "evidence"
                when
                    String()
                then
                end

                rule "Left out"
                    ruleflow-group "advice"
                when
                    String()
                then
                    System.out.println("end");
                end

                rule "Kept too" ruleflow-group "verdict"
                when
                    Integer()
                then
                end
                """;

        String without = without(text, Set.of("advice"));

        assertThat(without).contains("rule \"Kept\"", "rule \"Kept too\"").doesNotContain("Left out", "println");
        assertThat(without.lines().count()).isEqualTo(text.lines().count());
        assertThat(without.lines().toList().indexOf("rule \"Kept too\" ruleflow-group \"verdict\""))
                .isEqualTo(text.lines().toList().indexOf("rule \"Kept too\" ruleflow-group \"verdict\""));
    }

    @Test
    void a_rule_is_cut_out_where_the_parser_says_it_starts_and_ends_whatever_its_text_contains() {
        String text = """
                package rules.x

                rule "Kept (verdict) [a-z]*? $1 \\d+"
                    // once was ruleflow-group "advice"
                    ruleflow-group "verdict"
                when
                    String(this != "end")
                then
                end

                rule "Left out: end? (then|when)+ [^end]"
                    // then: advice, after the verdict
                    ruleflow-group "advice"
                when
                    String(this == "then")
                    /* then
                    end */
                then
                    /* a comment whose middle line is the bare word
                    end
                    and more */
                    System.out.println("then end");
                end // of the rule left out

                rule "Kept too" ruleflow-group "verdict"
                when
                    Integer()
                then
                end
                """;

        String without = without(text, Set.of("advice"));

        assertThat(without).doesNotContain("Left out", "println", "bare word", "and more", "String(this == \"then\")");
        assertThat(without.lines().count()).isEqualTo(text.lines().count());
        List<RuleFileOutline.Rule> kept = RuleFileOutline.read(List.of(new ContentFile("rules/x/x.drl", without)));
        List<RuleFileOutline.Rule> before = RuleFileOutline.read(List.of(new ContentFile("rules/x/x.drl", text)));
        assertThat(kept).extracting(RuleFileOutline.Rule::name, RuleFileOutline.Rule::line)
                .containsExactly(tuple(before.get(0).name(), before.get(0).line()), tuple("Kept too", before.get(2).line()));
    }

    @Test
    void a_rule_whose_text_is_not_where_expected_is_kept() {
        String text = """
                package rules.x

                rule "Left out"
                    ruleflow-group "advice"
                when
                    String()
                then
                end
                """;
        List<RuleFileOutline.Rule> rules = RuleFileOutline.read(List.of(new ContentFile("rules/x/x.drl", text)));

        String edited = text.replace("package rules.x", "package rules.xy"); // the rule's place is now one character off

        assertThat(PhaseRuleBases.without(edited, rules, Set.of("advice"))).isEqualTo(edited);
        assertThat(PhaseRuleBases.without(text, rules, Set.of("advice"))).doesNotContain("Left out");
    }

    @Test
    void every_selection_scenario_reaches_the_same_verdict_without_the_advice_rules() throws Exception {
        assertSameConclusions("selection", VERDICT, selectionInputs());
    }

    @Test
    void every_diagnosis_scenario_asks_the_same_questions_without_the_findings_and_plan_rules() throws Exception {
        assertSameConclusions("diagnosis", DECISION, diagnosisInputs());
    }

    /** The input facts of every selection scenario. */
    static List<List<Object>> selectionInputs() throws Exception {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        List<List<Object>> inputs = new ArrayList<>();
        for (JsonNode scenario : scenarios("cases")) {
            PartnerAssessmentRequest request = Json.mapper().treeToValue(scenario.path("request"), PartnerAssessmentRequest.class);
            inputs.add(SelectionInput.validate(request, kb).facts(kb));
        }
        return inputs;
    }

    /** The input facts of every diagnosis scenario: nothing answered yet, then after each answer of the first part. */
    static List<List<Object>> diagnosisInputs() throws Exception {
        List<List<Object>> inputs = new ArrayList<>();
        for (JsonNode scenario : scenarios("diagnosis-cases")) {
            List<Object> facts = new ArrayList<>();
            BreachPart.Accused accused = BreachPart.Accused.valueOf(scenario.path("start").path("accused").asText("PARTNER"));
            facts.add(new BreachPart(1, accused));
            inputs.add(List.copyOf(facts)); // the first question, nothing answered yet
            scenario.path("answers").fields().forEachRemaining(a -> {
                if (a.getKey().contains(".")) return; // a later part's answer
                if (a.getValue().isArray()) a.getValue().forEach(v -> facts.add(new Answer(1, a.getKey(), v.asText())));
                else facts.add(new Answer(1, a.getKey(), a.getValue().asText()));
                inputs.add(List.copyOf(facts)); // after each answer
            });
        }
        return inputs;
    }

    private static void assertSameConclusions(String ruleSet, int lastPhase, List<List<Object>> inputs) throws Exception {
        Collection<ContentFile> files = TestAdvisor.get().content().rules().stream()
                .filter(f -> f.path().startsWith("rules/" + ruleSet + "/")).toList();
        List<RuleFileOutline.Rule> rules = RuleFileOutline.read(files);
        KieBase full = PhaseRuleBases.compile(ruleSet, files, rules, Set.of());
        KieBase partial = new PhaseRuleBases(ruleSet, files, rules, full).whenReady(lastPhase).get(3, TimeUnit.MINUTES);

        assertThat(PhaseRuleBases.names(partial)).isNotEmpty().hasSizeLessThan(PhaseRuleBases.names(full).size());
        assertThat(inputs).hasSizeGreaterThan(10);
        for (List<Object> facts : inputs) {
            assertThat(run(partial, facts, lastPhase)).as("%s up to %s on %s", ruleSet, RuleEngine.PHASES.get(lastPhase), facts)
                    .isEqualTo(run(full, facts, lastPhase));
        }
    }

    /** The text without the rules of the given groups, as the parser reads its rules. */
    private static String without(String text, Set<String> groups) {
        return PhaseRuleBases.without(text, RuleFileOutline.read(List.of(new ContentFile("rules/x/x.drl", text))), groups);
    }

    /** Every fact at the end of a run, as text, sorted. */
    static List<String> run(KieBase base, List<Object> facts, int lastPhase) {
        KieSession session = base.newKieSession();
        try {
            facts.forEach(session::insert);
            for (int i = lastPhase; i >= 0; i--) session.getAgenda().getAgendaGroup(RuleEngine.PHASES.get(i)).setFocus();
            session.fireAllRules(10_000);
            return session.getObjects().stream().map(String::valueOf).sorted().toList();
        } finally {
            session.dispose();
        }
    }

    private static List<JsonNode> scenarios(String directory) throws Exception {
        return ScenarioHarness.knowledgeBase(directory, 1).readAll();
    }
}
