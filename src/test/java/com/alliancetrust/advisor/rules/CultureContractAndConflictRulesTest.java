package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/culture/contract-and-conflict.drl: the contract's framing and how conflict is resolved. */
class CultureContractAndConflictRulesTest {
    private static final String COLLECTIVIST_FALLBACK =
            "Without a reading on disagreement, a more collectivist partner resolves conflict best in private, saving face";

    @Test
    void a_relationship_based_partner_gets_the_contract_framed_as_a_shared_reference() {
        var result = given().on("trusting", 2, 9).evaluate();

        assertThat(result.adviceIds()).contains("culture-contract-as-shared-reference").doesNotContain("culture-precise-contract");
        assertThat(result.firedRuleNames())
                .contains("A partner that builds trust more through relationships than we do may read an exhaustive contract as distrust");
    }

    @Test
    void a_task_based_partner_expects_a_precise_contract_and_a_near_miss_gets_neither() {
        assertThat(given().on("trusting", 9, 2).evaluate().adviceIds()).contains("culture-precise-contract");
        assertThat(given().on("trusting", 2, 4).evaluate().adviceIds())
                .doesNotContain("culture-precise-contract", "culture-contract-as-shared-reference");
    }

    @Test
    void conflict_resolution_follows_the_disagreeing_scale_when_it_is_known() {
        var avoids = given().on("disagreeing", 2, 9).on("individualism", 20, 91).evaluate();
        var confronts = given().on("disagreeing", 9, 2).evaluate();

        assertThat(avoids.adviceIds()).contains("culture-resolve-conflict-privately").doesNotContain("culture-resolve-conflict-openly");
        assertThat(avoids.firedRuleNames()).doesNotContain(COLLECTIVIST_FALLBACK);
        assertThat(confronts.adviceIds()).contains("culture-resolve-conflict-openly");
    }

    @Test
    void without_the_disagreeing_scale_a_large_collectivism_gap_decides_at_low_confidence() {
        var result = given().on("individualism", 91, 20).ours("disagreeing", 5).evaluate();

        assertThat(result.adviceIds()).contains("culture-resolve-conflict-privately");
        assertThat(result.firedRuleNames()).contains(COLLECTIVIST_FALLBACK);
    }

    @Test
    void similar_positions_on_disagreeing_mean_no_fallback_to_individualism() {
        var result = given().on("disagreeing", 2, 2).on("individualism", 67, 20).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-resolve-conflict-privately", "culture-resolve-conflict-openly");
    }
}
