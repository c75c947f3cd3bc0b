package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import org.junit.jupiter.api.Test;

/** rules/culture/overall.drl: what the comparison as a whole says. */
class CultureOverallRulesTest {
    private static final String TIME_DISAGREES = "Hall and Meyer placing the partner on opposite sides of us on time leave scheduling unadvised";

    @Test
    void similar_positions_on_everything_known_are_said_as_such() {
        var result = given().on("powerDistance", 40, 39).on("trusting", 1, 3).evaluate();

        assertThat(result.adviceIds()).contains("culture-no-marked-gaps").doesNotContain("culture-country-is-a-tendency");
    }

    @Test
    void near_miss_one_marked_gap_is_not_a_comparison_without_gaps() {
        var result = given().on("powerDistance", 40, 39).on("trusting", 1, 9).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-no-marked-gaps").contains("culture-country-is-a-tendency");
    }

    @Test
    void three_large_gaps_call_for_preparing_the_team_and_two_do_not() {
        var three = given().on("powerDistance", 40, 80).on("trusting", 1, 9).on("scheduling", 1, 9).evaluate();
        var two = given().on("powerDistance", 40, 80).on("trusting", 1, 9).on("scheduling", 1, 4).evaluate();

        assertThat(three.advice("culture-prepare-the-team")).singleElement().satisfies(a -> assertThat(a.basis()).hasSize(3));
        assertThat(two.adviceIds()).doesNotContain("culture-prepare-the-team");
    }

    @Test
    void nothing_known_for_both_sides_leaves_nothing_to_compare() {
        var result = given().ours("powerDistance", 40).evaluate();

        assertThat(result.advice("culture-nothing-to-compare")).singleElement().extracting(a -> a.priority()).isEqualTo(Priority.HIGH);
        assertThat(result.adviceIds()).doesNotContain("culture-no-marked-gaps");
    }

    @Test
    void the_partner_s_unknown_dimensions_are_listed_to_learn() {
        var result = given().on("powerDistance", 40, 80).evaluate();

        assertThat(result.advice("culture-learn-the-unknowns")).singleElement().satisfies(a -> assertThat(a.items())
                .contains("partner.trusting", "partner.context").doesNotContain("partner.powerDistance", "ours.trusting"));
    }

    @Test
    void hall_and_meyer_placing_the_partner_on_opposite_sides_on_time_are_reported_not_advised() {
        var result = given().on("time", "MONOCHRONIC", "POLYCHRONIC").on("scheduling", 8, 2).evaluate();

        assertThat(result.advice("culture-frameworks-disagree")).singleElement().extracting(a -> a.subject())
                .isEqualTo("time and scheduling");
        assertThat(result.firedRuleNames()).contains(TIME_DISAGREES);
    }

    @Test
    void near_miss_hall_and_meyer_placing_the_partner_on_the_same_side_on_time_agree() {
        var result = given().on("time", "MONOCHRONIC", "POLYCHRONIC").on("scheduling", 2, 8).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-frameworks-disagree");
        assertThat(result.firedRuleNames()).doesNotContain(TIME_DISAGREES);
    }
}
