package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.RuleCompilationException;
import com.alliancetrust.advisor.knowledge.KnowledgeException;
import com.alliancetrust.advisor.wiring.Capabilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Start-up checks: broken rules or knowledge stop the load with the file, line and reference at fault. */
class AdvisorLoadingTest {
    private static final Content PROJECT = new ContentLocator(Path.of("")).load();

    @Test
    void the_project_content_loads_and_has_a_stable_version() {
        Advisor advisor = TestAdvisor.get();
        assertThat(advisor.rules()).hasSizeGreaterThan(100);
        assertThat(advisor.version()).hasSize(16).isEqualTo(new ContentLocator(Path.of("")).load().version());
    }

    @Test
    void a_rule_description_is_read_from_its_annotation_and_only_a_rule_without_one_falls_back_to_its_name() {
        var rules = TestAdvisor.get().rules();
        var described = rules.stream().filter(r -> r.name().equals("Controls outweighing coordination by more than the relationship warrants make a control-heavy contract"))
                .findFirst().orElseThrow();
        var undescribed = rules.stream().filter(r -> r.name().equals("A balanced contract is named as such")).findFirst().orElseThrow();

        assertThat(described.description()).startsWith("Control provisions raise confidence in the partner's ability");
        assertThat(undescribed.description()).isEqualTo(undescribed.name());
    }

    @Test
    void any_change_to_a_rule_file_changes_the_version() {
        Content edited = withRule("rules/selection/verdict.drl", text -> text + "\n// reviewed\n");
        assertThat(edited.version()).isNotEqualTo(PROJECT.version());
    }

    @Test
    void a_rule_that_does_not_compile_is_reported_with_its_file_and_line() {
        Content broken = withRule("rules/selection/verdict.drl", text -> text + "\nrule \"Broken\"\n    ruleflow-group \"decision\"\nwhen\n    NoSuchType()\nthen\nend\n");
        int line = (int) PROJECT.rules().stream().filter(f -> f.path().equals("rules/selection/verdict.drl")).findFirst()
                .orElseThrow().text().lines().count() + 5;
        assertThatThrownBy(() -> load(broken)).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rules/selection/verdict.drl:" + line);
    }

    @Test
    void a_rule_emitting_advice_the_knowledge_base_does_not_word_stops_the_load() {
        Content broken = withRule("rules/selection/verdict.drl", text -> text.replace(
                "insertLogical(VerdictDecision.from($limits));", "insertLogical(VerdictDecision.from($limits));\n    insert(new Advice(\"no-such-advice\", Priority.LOW));"));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("rules/selection/verdict.drl:").hasMessageContaining("advice id 'no-such-advice'");
    }

    @Test
    void an_id_mentioned_only_in_a_comment_or_a_description_is_not_one_the_rules_emit() {
        Content commented = withRule("rules/selection/verdict.drl", text -> text.concat("""

                // A later version may insert(new Advice("no-such-advice", Priority.LOW)) here.
                rule "Mentions ids it does not emit"
                    @sources("mayer-1995")
                    @description('Could one day emit new RedFlag("no-such-flag") or new Advice("no-such-advice")')
                    ruleflow-group "decision"
                when
                    Fact(name == "alliance.virtual", /* not question == "no-such-question" */ value == "YES")
                then
                    // insert(new Advice("no-such-advice", Priority.LOW));
                    /* insert(new RedFlag("no-such-flag", ...)); */
                end
                """));

        assertThat(load(commented).rules()).anyMatch(r -> r.name().equals("Mentions ids it does not emit"));
    }

    @Test
    void an_unknown_id_in_a_consequence_or_a_constraint_stops_the_load_with_its_file_and_line() {
        String file = "rules/diagnosis/repair-plan.drl";
        int lines = (int) PROJECT.rules().stream().filter(f -> f.path().equals(file)).findFirst().orElseThrow().text().lines().count();
        Content broken = withRule(file, text -> text.concat("""

                rule "Names a step and a question the knowledge base does not have"
                    @sources("gillespie-dietz-2009")
                    ruleflow-group "advice"
                when
                    $p : BreachPart($i : index)
                    Answer(part == $i,
                           question == "no-such-question")
                    not RepairStep(part == $i, id == "no-such-step")
                then
                    // a comment before the step
                    insert(new RepairStep($i,
                                          "no-such-step"));
                end
                """));

        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(file + ":" + (lines + 8) + ": diagnosis question 'no-such-question' is not in knowledge-base/diagnosis-questions.yaml")
                .hasMessageContaining(file + ":" + (lines + 9) + ": repair step 'no-such-step' is not in knowledge-base/repair-steps.yaml")
                .hasMessageContaining(file + ":" + (lines + 12) + ": repair step 'no-such-step' is not in knowledge-base/repair-steps.yaml");
    }

    @Test
    void a_rule_reading_a_fact_nobody_supplies_stops_the_load() {
        Content broken = withRule("rules/selection/verdict.drl", text -> text.replace(
                "Fact(name == \"", "Fact(name == \"x").concat("""

                rule "Reads a misspelt fact"
                    @sources("mayer-1995")
                    ruleflow-group "decision"
                when
                    Fact(name == "integrity.litigationRecrod")
                then
                end
                """));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("input fact 'integrity.litigationRecrod'");
    }

    @Test
    void a_rule_comparing_a_fact_with_a_value_it_never_takes_stops_the_load_with_file_and_line() {
        Content broken = withRule("rules/selection/verdict.drl", text -> text.concat("""

                rule "Reads a misspelt value"
                    @sources("mayer-1995")
                    ruleflow-group "decision"
                when
                    not Fact(name == "alliance.virtual", value in ("YES", "YSE"))
                    Fact(name == "integrity.litigationRecord", value == "SERIUOS")
                then
                end
                """));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("rules/selection/verdict.drl:")
                .hasMessageContaining("compares 'alliance.virtual' with \"YSE\", which it never takes: one of NO, YES")
                .hasMessageContaining("compares 'integrity.litigationRecord' with \"SERIUOS\"");
    }

    @Test
    void a_rule_comparing_text_with_numbers_or_numbers_with_text_stops_the_load() {
        Content broken = withRule("rules/selection/verdict.drl", text -> text.concat("""

                rule "Mixes numbers and text"
                    @sources("mayer-1995")
                    ruleflow-group "decision"
                when
                    Fact(name == "alliance.virtual", number > 0)
                    Fact(name == "competence.yearsInDomain", value == "TEN")
                then
                end
                """));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("compares the number of 'alliance.virtual', which has none")
                .hasMessageContaining("compares 'competence.yearsInDomain' with text (TEN), but it is a number");
    }

    @Test
    void a_rule_citing_an_unknown_source_stops_the_load() {
        Content broken = withRule("rules/selection/verdict.drl", text -> text.replaceFirst("@sources\\(\"mayer-1995", "@sources(\"nobody-2001 mayer-1995"));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("cites unknown source 'nobody-2001'");
    }

    @Test
    void an_unknown_field_in_the_knowledge_base_is_reported_with_file_and_line() {
        Content broken = withKnowledge("knowledge-base/red-flags.yaml", text -> text.replaceFirst("    title:", "    colour: red\n    title:"));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("knowledge-base/red-flags.yaml:").hasMessageContaining("colour");
    }

    @Test
    void a_missing_knowledge_file_is_named() {
        List<ContentFile> knowledge = new ArrayList<>(PROJECT.knowledge());
        knowledge.removeIf(f -> f.path().equals("knowledge-base/advice.yaml"));
        assertThatThrownBy(() -> load(Content.of(PROJECT.rules(), knowledge, "test")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("advice.yaml: missing");
    }

    private static Advisor load(Content content) {
        return Capabilities.load(content);
    }

    @Test
    void a_code_without_words_in_the_labels_stops_the_load() {
        Content broken = withKnowledge("knowledge-base/labels.yaml", text -> text.replace("PROCEED: \"Proceed\"", "PROCEED: \"\""));
        assertThatThrownBy(() -> load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("labels.yaml: group 'verdict' needs words for each of its codes");
    }

    private static Content withRule(String path, UnaryOperator<String> edit) {
        return Content.of(edited(PROJECT.rules(), path, edit), PROJECT.knowledge(), "test");
    }

    private static Content withKnowledge(String path, UnaryOperator<String> edit) {
        return Content.of(PROJECT.rules(), edited(PROJECT.knowledge(), path, edit), "test");
    }

    private static List<ContentFile> edited(List<ContentFile> files, String path, UnaryOperator<String> edit) {
        return files.stream().map(f -> f.path().equals(path) ? new ContentFile(path, edit.apply(f.text())) : f).toList();
    }
}
