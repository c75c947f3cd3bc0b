package com.alliancetrust.advisor.reload;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.engine.RuleCompilationException;
import com.alliancetrust.advisor.knowledge.KnowledgeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Load failures become problems with file, line and message, as the admin endpoint reports them. */
class ProblemTest {
    @Test
    void each_indented_line_of_a_load_failure_is_one_problem_with_its_file_and_line() {
        List<Problem> problems = Problem.of(new RuleCompilationException("Rules do not compile:\n"
                + "  rules/selection/verdict.drl:117: Unable to resolve ObjectType 'NoSuchType'\n"
                + "  rules/selection/verdict.drl:0: Rule Compilation error\nwith more detail on the next line\n"
                + "  ?:-1: something without a file"));

        assertThat(problems).containsExactly(
                new Problem("rules/selection/verdict.drl", 117, "Unable to resolve ObjectType 'NoSuchType'"),
                new Problem("rules/selection/verdict.drl", null, "Rule Compilation error with more detail on the next line"),
                new Problem(null, null, "?:-1: something without a file"));
    }

    @Test
    void a_knowledge_file_named_without_its_directory_is_reported_with_it_and_java_class_names_are_dropped() {
        List<Problem> problems = Problem.of(new KnowledgeException("Knowledge base is invalid:\n"
                + "  glossary.yaml: 'trust' cites unknown source 'nobody-2001'\n"
                + "  knowledge-base/red-flags.yaml:9: Unrecognized field \"colour\" (class com.alliancetrust.advisor.knowledge.RedFlagText), not marked as ignorable"));

        assertThat(problems).containsExactly(
                new Problem("knowledge-base/glossary.yaml", null, "'trust' cites unknown source 'nobody-2001'"),
                new Problem("knowledge-base/red-flags.yaml", 9, "Unrecognized field \"colour\", not marked as ignorable"));
        assertThat(problems.get(1).toString()).isEqualTo("knowledge-base/red-flags.yaml:9: Unrecognized field \"colour\", not marked as ignorable");
    }

    @Test
    void a_one_line_failure_is_one_problem() {
        assertThat(Problem.of(new RuleCompilationException("rules/loose.drl: rule files belong in a rule-set directory, such as rules/selection/")))
                .containsExactly(new Problem("rules/loose.drl", null, "rule files belong in a rule-set directory, such as rules/selection/"));
    }
}
