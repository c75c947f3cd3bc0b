package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.OpenQuestion;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The observation hook for coverage of the rules: it sees every firing, explained or not, and nothing once unregistered. */
class RuleFiringsTest {
    private static final String FIRST_QUESTION = "Which trust element was violated is asked first: every response depends on it";
    private static final List<Object> UNKNOWN_BREACH = List.of(new BreachPart(1, BreachPart.Accused.PARTNER));

    @Test
    void an_observer_sees_the_rules_fired_in_explained_evaluations_and_in_searches_alike() {
        List<String> seen = new CopyOnWriteArrayList<>();
        RuleFirings.Observer observer = (ruleSet, rule) -> seen.add(ruleSet + ": " + rule);
        RuleEngine diagnosis = TestAdvisor.get().engine("diagnosis");
        RuleFirings.register(observer);
        try {
            List<OpenQuestion> open = diagnosis.conclude(UNKNOWN_BREACH, "decision", OpenQuestion.class);
            assertThat(open).extracting(OpenQuestion::question).containsExactly("violatedElement");
            assertThat(seen).as("firings of a search, which records no explanation").containsExactly("diagnosis: " + FIRST_QUESTION);

            Evaluation evaluation = diagnosis.evaluate(UNKNOWN_BREACH);
            assertThat(seen).as("the same firings as the evaluation records")
                    .containsExactlyElementsOf(List.of("diagnosis: " + FIRST_QUESTION, "diagnosis: " + FIRST_QUESTION));
            assertThat(evaluation.trace()).extracting(RuleInfo::name).containsExactly(FIRST_QUESTION);
        } finally {
            RuleFirings.unregister(observer);
        }
    }

    @Test
    void near_miss_an_observer_no_longer_registered_sees_nothing_and_the_outcome_is_the_same() {
        List<String> seen = new CopyOnWriteArrayList<>();
        RuleFirings.Observer observer = (ruleSet, rule) -> seen.add(rule);
        RuleFirings.register(observer);
        RuleFirings.unregister(observer);

        Evaluation evaluation = TestAdvisor.get().engine("diagnosis").evaluate(UNKNOWN_BREACH);

        assertThat(seen).isEmpty();
        assertThat(evaluation.all(OpenQuestion.class)).extracting(OpenQuestion::question).containsExactly("violatedElement");
    }
}
