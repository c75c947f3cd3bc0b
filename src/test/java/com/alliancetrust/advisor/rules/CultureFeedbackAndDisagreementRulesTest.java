package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/culture/feedback-and-disagreement.drl: Meyer's evaluating and disagreeing scales, kept apart. */
class CultureFeedbackAndDisagreementRulesTest {

    @Test
    void an_indirect_partner_gets_criticism_softened_and_a_near_miss_gets_nothing() {
        assertThat(given().on("evaluating", 2, 10).evaluate().adviceIds()).contains("culture-soften-negative-feedback")
                .doesNotContain("culture-expect-blunt-feedback");
        assertThat(given().on("evaluating", 2, 4).evaluate().adviceIds())
                .doesNotContain("culture-soften-negative-feedback", "culture-expect-blunt-feedback");
    }

    @Test
    void a_direct_partner_means_its_bluntness_about_the_work() {
        var result = given().on("evaluating", 5, 1).evaluate();

        assertThat(result.adviceIds()).contains("culture-expect-blunt-feedback");
        assertThat(result.firedRuleNames())
                .contains("A partner that gives negative feedback more directly than we do means its bluntness about the work, not about us");
    }

    @Test
    void feedback_and_disagreement_are_separate_a_blunt_partner_can_still_avoid_open_confrontation() {
        var result = given().on("evaluating", 5, 1).on("disagreeing", 2, 8).evaluate();

        assertThat(result.adviceIds()).contains("culture-expect-blunt-feedback", "culture-disagree-in-private")
                .doesNotContain("culture-open-disagreement-is-engagement");
    }

    @Test
    void a_confrontational_partner_treats_debate_as_engagement() {
        assertThat(given().on("disagreeing", 8, 1).evaluate().adviceIds()).contains("culture-open-disagreement-is-engagement")
                .doesNotContain("culture-disagree-in-private");
    }
}
