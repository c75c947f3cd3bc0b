package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.domain.VerdictLimit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A conclusion drawn only by rules that read nothing but the facts they matched stands on those
 * facts: it holds as long as they do, whatever else changes. One drawn, at any step, by a rule that
 * also reads an absence or a count can go with a change anywhere, and stands on nothing certain.
 */
class StandingConclusionsTest {
    private static final String RULES = """
            package rules.test

            import com.alliancetrust.advisor.domain.*

            rule "A hidden owner is a red flag"
                ruleflow-group "evidence"
            when
                Fact(name == "owner", value == "HIDDEN")
            then
                insertLogical(new RedFlag("hidden-owner", TrustElement.INTEGRITY, Severity.SERIOUS));
            end

            rule "A red flag caps the verdict"
                ruleflow-group "decision"
            when
                RedFlag(id == "hidden-owner")
                Fact(name == "screened", value == "YES")
            then
                insertLogical(new VerdictLimit(Verdict.RECONSIDER, "a red flag stands"));
            end

            rule "No screening leaves too little to decide"
                ruleflow-group "decision"
            when
                RedFlag(id == "hidden-owner")
                not Fact(name == "screened")
            then
                insertLogical(new VerdictLimit(Verdict.INSUFFICIENT_EVIDENCE, "nothing screened"));
            end

            rule "Many findings make a count"
                ruleflow-group "decision"
            when
                accumulate(Fact(name == "finding"); $n : count(); $n > 1)
            then
                insertLogical(new VerdictLimit(Verdict.PROCEED_WITH_SAFEGUARDS, "findings are many"));
            end
            """;

    private final RuleEngine engine = RuleEngine.compile("test", List.of(new ContentFile("rules/test/standing.drl", RULES)), 1_000);

    @Test
    void a_conclusion_from_matched_facts_alone_stands_on_the_given_facts_of_its_whole_derivation() {
        Fact hidden = Fact.of("owner", "HIDDEN");
        Fact screened = Fact.of("screened", "YES");
        Evaluation evaluation = engine.evaluate(List.of(hidden, screened, Fact.of("unrelated", "X")));

        RedFlag flag = evaluation.first(RedFlag.class).orElseThrow();
        VerdictLimit limit = evaluation.first(VerdictLimit.class).orElseThrow();
        assertThat(limit.atBest()).isEqualTo(Verdict.RECONSIDER);
        assertThat(evaluation.standsOn(flag)).contains(Set.of(hidden));
        assertThat(evaluation.standsOn(limit)).as("through the red flag").contains(Set.of(hidden, screened));
        assertThat(evaluation.standsOn(hidden)).as("a given fact, on itself").contains(Set.of(hidden));
    }

    @Test
    void a_conclusion_that_an_absence_or_a_count_led_to_stands_on_nothing_certain() {
        Evaluation evaluation = engine.evaluate(List.of(Fact.of("owner", "HIDDEN"), Fact.of("finding", "A"), Fact.of("finding", "B")));

        assertThat(evaluation.all(VerdictLimit.class)).extracting(VerdictLimit::atBest)
                .containsExactlyInAnyOrder(Verdict.INSUFFICIENT_EVIDENCE, Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(evaluation.all(VerdictLimit.class)).allSatisfy(l -> assertThat(evaluation.standsOn(l)).as(l.reason()).isEmpty());
        assertThat(evaluation.standsOn(evaluation.first(RedFlag.class).orElseThrow())).as("the red flag itself").isPresent();
    }
}
