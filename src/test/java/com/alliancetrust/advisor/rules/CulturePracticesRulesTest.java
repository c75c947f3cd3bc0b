package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import org.junit.jupiter.api.Test;

/** rules/culture/practices.drl: named practices of the partner's country. */
class CulturePracticesRulesTest {

    @Test
    void each_practice_of_the_partner_we_do_not_share_is_advice_with_its_name_as_subject() {
        var result = given().partnerPractice("nemawashi", "DECISION").partnerPractice("ringi", "DECISION").evaluate();

        assertThat(result.advice("culture-work-with-practice")).extracting(a -> a.subject()).containsExactlyInAnyOrder("nemawashi", "ringi");
        assertThat(result.adviceIds()).doesNotContain("culture-guard-key-person-dependence", "culture-keep-favours-within-compliance");
    }

    @Test
    void near_miss_a_practice_we_share_needs_no_introduction() {
        var result = given().partnerPractice("guanxi", "NETWORK").ourPractice("guanxi", "NETWORK").evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-work-with-practice");
    }

    @Test
    void a_network_practice_calls_for_guarding_against_key_person_dependence_even_when_shared() {
        var result = given().partnerPractice("guanxi", "NETWORK").ourPractice("guanxi", "NETWORK").evaluate();

        assertThat(result.advice("culture-guard-key-person-dependence")).singleElement()
                .extracting(a -> a.priority()).isEqualTo(Priority.HIGH);
        assertThat(result.adviceIds()).as("a practice is described, never a compliance warning").doesNotContain("culture-keep-favours-within-compliance");
    }

    @Test
    void a_flexibility_practice_is_worked_with_but_is_neither_a_compliance_warning_nor_a_network_dependence() {
        var result = given().partnerPractice("jeitinho", "FLEXIBILITY").evaluate();

        assertThat(result.adviceIds()).contains("culture-work-with-practice")
                .doesNotContain("culture-guard-key-person-dependence", "culture-keep-favours-within-compliance");
    }

    @Test
    void our_own_practices_never_produce_advice_about_the_partner() {
        var result = given().ourPractice("wasta", "NETWORK").evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-work-with-practice", "culture-guard-key-person-dependence",
                "culture-keep-favours-within-compliance");
    }
}
