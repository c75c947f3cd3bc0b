package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.ContentFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The rule sets compiled when the application is built (executable model) are the packaged rules
 * exactly: every rule set is there, with the same rules and metadata as compiled at run time, and
 * each concludes the same on every selection and diagnosis scenario; a rule set whose text differs
 * by one character is never served from them.
 */
class PrecompiledRuleBaseTest {
    private static final int VERDICT = RuleEngine.PHASES.indexOf("verdict");
    private static final int DECISION = RuleEngine.PHASES.indexOf("decision");
    private static final int ALL = RuleEngine.PHASES.size() - 1;

    @Test
    void every_packaged_rule_set_is_precompiled_with_its_outline_and_the_rules_and_metadata_compiled_at_run_time() {
        Map<String, List<ContentFile>> ruleSets = Advisor.ruleSets(TestAdvisor.get().content().rules());
        assertThat(ruleSets).containsKeys("selection", "diagnosis");
        ruleSets.forEach((ruleSet, files) -> {
            var precompiled = PrecompiledRuleBase.find(ruleSet, files);
            assertThat(precompiled).as("rules/%s compiled by the build (process-classes)", ruleSet).isPresent();
            List<RuleFileOutline.Rule> outline = RuleFileOutline.read(files);
            assertThat(precompiled.get().outline()).as("rules/%s: the outline packaged with them, as the parser reads the files", ruleSet)
                    .contains(outline);
            assertThat(RuleEngine.catalogue(precompiled.get().kieBase(Set.of()), outline)).as("rules/%s", ruleSet)
                    .isEqualTo(RuleEngine.catalogue(PhaseRuleBases.compile(ruleSet, files, outline, Set.of()), outline));
        });
    }

    @Test
    void the_rules_compiled_by_the_build_are_the_applications_own_classes_so_that_the_class_archive_can_hold_them() {
        ClassLoader application = PrecompiledRuleBase.class.getClassLoader();
        Advisor.ruleSets(TestAdvisor.get().content().rules()).forEach((ruleSet, files) -> {
            var precompiled = PrecompiledRuleBase.find(ruleSet, files).orElseThrow();
            assertThat(precompiled.models()).as("rules/%s", ruleSet).isNotEmpty()
                    .allSatisfy(model -> assertThat(model.getClass().getClassLoader()).as(model.getClass().getName()).isSameAs(application));
        });
    }

    @Test
    void a_rule_set_whose_text_differs_is_compiled_from_its_text_and_not_served_from_the_packaged_one() {
        List<ContentFile> files = files("trustbuilding");
        assertThat(PrecompiledRuleBase.find("trustbuilding", files)).isPresent();
        List<ContentFile> edited = new ArrayList<>(files);
        ContentFile first = edited.get(0);
        edited.set(0, new ContentFile(first.path(), first.text() + " "));
        assertThat(ContentFile.key(edited)).isNotEqualTo(ContentFile.key(files));
        assertThat(PrecompiledRuleBase.find("trustbuilding", edited)).isEmpty();
        // Another rule set's name with the same files finds nothing either.
        assertThat(PrecompiledRuleBase.find("selection", files)).isEmpty();

        RuleEngine engine = RuleEngine.compile("trustbuilding", edited, Advisor.LIMITS);
        assertThat(engine.catalogue()).isEqualTo(TestAdvisor.get().engine("trustbuilding").catalogue());
    }

    @Test
    void the_precompiled_selection_rules_conclude_as_those_compiled_at_run_time_on_every_scenario() throws Exception {
        assertSameConclusions("selection", VERDICT, PhaseRuleBasesTest.selectionInputs());
    }

    @Test
    void the_precompiled_diagnosis_rules_conclude_as_those_compiled_at_run_time_on_every_scenario() throws Exception {
        assertSameConclusions("diagnosis", DECISION, PhaseRuleBasesTest.diagnosisInputs());
    }

    /** All phases and the reduced rule base up to {@code lastPhase}, both from the precompiled rules, against the rules compiled at run time. */
    private static void assertSameConclusions(String ruleSet, int lastPhase, List<List<Object>> inputs) throws Exception {
        List<ContentFile> files = files(ruleSet);
        List<RuleFileOutline.Rule> outline = RuleFileOutline.read(files);
        KieBase compiled = PhaseRuleBases.compile(ruleSet, files, outline, Set.of());
        PrecompiledRuleBase precompiled = PrecompiledRuleBase.find(ruleSet, files).orElseThrow();
        KieBase full = precompiled.kieBase(Set.of());
        KieBase partial = PhaseRuleBases.of(ruleSet, outline, full, precompiled).whenReady(lastPhase).get(3, TimeUnit.MINUTES);
        assertThat(PhaseRuleBases.names(partial)).isNotEmpty().hasSizeLessThan(PhaseRuleBases.names(full).size());
        assertThat(inputs).hasSizeGreaterThan(10);
        for (List<Object> facts : inputs) {
            assertThat(PhaseRuleBasesTest.run(full, facts, ALL)).as("%s on %s", ruleSet, facts)
                    .isEqualTo(PhaseRuleBasesTest.run(compiled, facts, ALL));
            assertThat(PhaseRuleBasesTest.run(partial, facts, lastPhase)).as("%s up to %s on %s", ruleSet, RuleEngine.PHASES.get(lastPhase), facts)
                    .isEqualTo(PhaseRuleBasesTest.run(compiled, facts, lastPhase));
        }
    }

    private static List<ContentFile> files(String ruleSet) {
        return TestAdvisor.get().content().rules().stream().filter(f -> f.path().startsWith("rules/" + ruleSet + "/")).toList();
    }
}
