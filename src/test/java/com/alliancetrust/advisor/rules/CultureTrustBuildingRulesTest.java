package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/culture/trust-building.drl: task- or relationship-based trust, and what a collectivist or individualist partner trusts. */
class CultureTrustBuildingRulesTest {

    @Test
    void a_relationship_based_partner_gets_the_relationship_before_the_deal() {
        var result = given().on("trusting", 1, 9).evaluate();

        assertThat(result.adviceIds()).contains("culture-relationship-before-business").doesNotContain("culture-trust-through-delivery");
        assertThat(result.firedRuleNames())
                .contains("A partner that builds trust more through relationships than we do needs the relationship before the deal");
    }

    @Test
    void a_task_based_partner_trusts_delivery_and_a_near_miss_gets_neither() {
        assertThat(given().on("trusting", 9, 1).evaluate().adviceIds()).contains("culture-trust-through-delivery")
                .doesNotContain("culture-relationship-before-business");
        assertThat(given().on("trusting", 3, 5).evaluate().adviceIds())
                .doesNotContain("culture-trust-through-delivery", "culture-relationship-before-business");
    }

    @Test
    void a_more_collectivist_partner_trusts_benevolent_predictable_interaction() {
        var result = given().on("individualism", 91, 20).evaluate();

        assertThat(result.adviceIds()).contains("culture-trust-through-interaction").doesNotContain("culture-trust-through-credentials");
    }

    @Test
    void a_more_individualist_partner_trusts_credentials_and_collectivism_alone_never_implies_relationship_based_trust() {
        var individualist = given().on("individualism", 20, 91).evaluate();
        var collectivist = given().on("individualism", 91, 20).evaluate();

        assertThat(individualist.adviceIds()).contains("culture-trust-through-credentials");
        assertThat(collectivist.adviceIds()).doesNotContain("culture-relationship-before-business", "culture-contract-as-shared-reference");
    }
}
