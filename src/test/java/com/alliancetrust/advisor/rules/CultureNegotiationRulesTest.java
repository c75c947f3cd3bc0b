package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import org.junit.jupiter.api.Test;

/** rules/culture/negotiation.drl: persuasion, time horizon and the drive for achievement. */
class CultureNegotiationRulesTest {

    @Test
    void a_principles_first_partner_gets_the_reasoning_before_the_proposal() {
        var result = given().on("persuading", 10, 2).evaluate();

        assertThat(result.adviceIds()).contains("culture-persuade-with-principles").doesNotContain("culture-persuade-with-applications");
        assertThat(result.firedRuleNames()).contains("A partner persuaded more by principles than we are needs the reasoning before the proposal");
    }

    @Test
    void an_applications_first_partner_gets_the_proposal_first_and_a_near_miss_gets_nothing() {
        assertThat(given().on("persuading", 2, 10).evaluate().adviceIds()).contains("culture-persuade-with-applications");
        assertThat(given().on("persuading", 2, 4).evaluate().adviceIds())
                .doesNotContain("culture-persuade-with-applications", "culture-persuade-with-principles");
    }

    @Test
    void a_longer_view_calls_for_patience_and_a_shorter_one_for_early_results() {
        var longer = given().on("longTermOrientation", 26, 88).evaluate();
        var shorter = given().on("longTermOrientation", 83, 44).evaluate();

        assertThat(longer.adviceIds()).contains("culture-long-horizon").doesNotContain("culture-show-near-term-results");
        assertThat(longer.advice("culture-long-horizon").get(0).priority()).isEqualTo(Priority.HIGH);
        assertThat(shorter.adviceIds()).contains("culture-show-near-term-results").doesNotContain("culture-long-horizon");
    }

    @Test
    void a_moderate_gap_gives_medium_priority_and_a_small_one_no_advice() {
        assertThat(given().on("longTermOrientation", 26, 46).evaluate().advice("culture-long-horizon"))
                .singleElement().extracting(a -> a.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(given().on("longTermOrientation", 26, 40).evaluate().adviceIds()).doesNotContain("culture-long-horizon");
    }

    @Test
    void masculinity_gaps_word_achievement_or_consensus_at_low_confidence() {
        var higher = given().on("masculinity", 14, 66).evaluate();
        var lower = given().on("masculinity", 66, 14).evaluate();

        assertThat(higher.adviceIds()).contains("culture-match-the-drive-for-achievement").doesNotContain("culture-seek-consensus-not-victory");
        assertThat(lower.adviceIds()).contains("culture-seek-consensus-not-victory").doesNotContain("culture-match-the-drive-for-achievement");
        assertThat(higher.evaluation().trace()).filteredOn(r -> r.name().startsWith("A partner that values achievement"))
                .singleElement().satisfies(r -> assertThat(r.confidence()).hasToString("LOW"));
    }
}
