package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.domain.Fact;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The time bound is checked between firings, so one consequence must not run on by itself: a
 * consequence that loops and a function (which could loop or recurse) are refused when the rules
 * load, with file and line; a consequence that waits is stopped by the bound, and the thread that
 * ran it is left as it was found.
 */
class BoundedConsequencesTest {
    private static final String HEADER = """
            package rules.test

            import com.alliancetrust.advisor.domain.*

            """;

    @Test
    void a_consequence_that_loops_is_refused_at_load_with_its_file_and_line() {
        String looping = HEADER + """
                rule "Counts forever inside one firing"
                    ruleflow-group "evidence"
                when
                    Fact(name == "x")
                then
                    long n = 0;
                    while (n >= 0) { n++; }
                end
                """;

        assertThatThrownBy(() -> compile(looping))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rules/test/loop.drl:9")
                .hasMessageContaining("\"Counts forever inside one firing\" loops in its consequence");
    }

    @Test
    void a_function_is_refused_at_load_with_its_file_and_line() {
        String withFunction = HEADER + """
                function long spin(long n) { return n < 0 ? n : spin(n + 1); }

                rule "Calls a function"
                    ruleflow-group "evidence"
                when
                    Fact(name == "x")
                then
                    spin(0);
                end
                """;

        assertThatThrownBy(() -> compile(withFunction))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rules/test/loop.drl:5: function \"spin\" is not allowed");
    }

    @Test
    void loop_words_in_strings_and_comments_are_not_loops() {
        String wordy = HEADER + """
                rule "Says while and for"
                    ruleflow-group "evidence"
                when
                    Fact(name == "x")
                then
                    // do { nothing } while (true) is only a comment here
                    System.getProperty("while (true) {} for (;;) {}");
                end
                """;

        assertThat(compile(wordy).catalogue()).containsKey("Says while and for");
    }

    @Test
    void a_consequence_that_waits_is_stopped_by_the_time_bound_and_its_thread_is_not_left_interrupted() throws Exception {
        String waiting = HEADER + """
                rule "Waits ten minutes inside one firing"
                    ruleflow-group "evidence"
                when
                    Fact(name == "x")
                then
                    Thread.sleep(600_000);
                end
                """;
        RuleEngine engine = RuleEngine.compile("test", List.of(new ContentFile("rules/test/loop.drl", waiting)),
                new RuleEngine.Limits(1_000, Duration.ofMillis(300)));

        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                engine.evaluate(List.of(Fact.of("x", "yes")));
                return "finished";
            } catch (EvaluationException e) {
                return e.getMessage() + (Thread.currentThread().isInterrupted() ? " [thread left interrupted]" : "");
            }
        });

        assertThat(outcome.get(2, TimeUnit.MINUTES).toString())
                .contains("did not settle within 300 ms", "\"Waits ten minutes inside one firing\"")
                .doesNotContain("thread left interrupted");
    }

    private static RuleEngine compile(String drl) {
        return RuleEngine.compile("test", List.of(new ContentFile("rules/test/loop.drl", drl)), 1_000);
    }
}
