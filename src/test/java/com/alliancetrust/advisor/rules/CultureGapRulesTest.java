package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.CultureGap;
import com.alliancetrust.advisor.domain.GapDirection;
import com.alliancetrust.advisor.domain.GapSize;
import org.junit.jupiter.api.Test;

/** rules/culture/gaps.drl: every gap is relative to the two sides, with a direction and a size. */
class CultureGapRulesTest {
    private static final String HOFSTEDE_LARGE = "Hofstede scores 30 or more points apart are a large gap";
    private static final String HOFSTEDE_MODERATE = "Hofstede scores 15 to 29 points apart are a moderate gap";
    private static final String HOFSTEDE_SIMILAR = "Hofstede scores less than 15 points apart are no real gap";
    private static final String MEYER_LARGE = "Meyer positions 5 or more steps apart on the 1-10 line are a large gap";
    private static final String MEYER_MODERATE = "Meyer positions 3 or 4 steps apart are a moderate gap";
    private static final String HALL_LARGE = "Hall's classes at opposite ends are a large gap";
    private static final String HALL_MODERATE = "Hall's classes one step apart are a moderate gap";

    @Test
    void thirty_points_is_a_large_gap_and_twenty_nine_only_moderate() {
        var large = given().on("powerDistance", 40, 70).evaluate();
        var moderate = given().on("powerDistance", 40, 69).evaluate();

        assertThat(large.gap("powerDistance")).map(CultureGap::size).contains(GapSize.LARGE);
        assertThat(large.firedRuleNames()).contains(HOFSTEDE_LARGE).doesNotContain(HOFSTEDE_MODERATE);
        assertThat(moderate.gap("powerDistance")).map(CultureGap::size).contains(GapSize.MODERATE);
        assertThat(moderate.firedRuleNames()).contains(HOFSTEDE_MODERATE).doesNotContain(HOFSTEDE_LARGE);
    }

    @Test
    void fourteen_points_is_no_real_gap_and_has_no_direction() {
        var similar = given().on("individualism", 91, 77).evaluate();

        CultureGap gap = similar.gap("individualism").orElseThrow();
        assertThat(gap.size()).isEqualTo(GapSize.SIMILAR);
        assertThat(gap.direction()).isEqualTo(GapDirection.NONE);
        assertThat(similar.firedRuleNames()).contains(HOFSTEDE_SIMILAR);
    }

    @Test
    void the_direction_is_always_the_partner_seen_from_us() {
        var partnerHigher = given().on("uncertaintyAvoidance", 46, 92).evaluate();
        var partnerLower = given().on("uncertaintyAvoidance", 92, 46).evaluate();

        assertThat(partnerHigher.gap("uncertaintyAvoidance")).map(CultureGap::direction).contains(GapDirection.PARTNER_HIGHER);
        assertThat(partnerLower.gap("uncertaintyAvoidance")).map(CultureGap::direction).contains(GapDirection.PARTNER_LOWER);
    }

    @Test
    void meyer_positions_five_steps_apart_are_large_three_moderate_two_similar() {
        assertThat(given().on("trusting", 1, 6).evaluate().gap("trusting")).map(CultureGap::size).contains(GapSize.LARGE);
        assertThat(given().on("trusting", 1, 4).evaluate().gap("trusting")).map(CultureGap::size).contains(GapSize.MODERATE);
        assertThat(given().on("trusting", 1, 3).evaluate().gap("trusting")).map(CultureGap::size).contains(GapSize.SIMILAR);
        assertThat(given().on("trusting", 1, 6).evaluate().firedRuleNames()).contains(MEYER_LARGE).doesNotContain(MEYER_MODERATE);
    }

    @Test
    void hall_classes_at_opposite_ends_are_large_and_one_step_apart_moderate() {
        var opposite = given().on("context", "LOW", "HIGH").evaluate();
        var oneStep = given().on("context", "LOW", "MIDDLE").evaluate();

        assertThat(opposite.gap("context")).map(CultureGap::size).contains(GapSize.LARGE);
        assertThat(opposite.firedRuleNames()).contains(HALL_LARGE);
        assertThat(oneStep.gap("context")).map(CultureGap::size).contains(GapSize.MODERATE);
        assertThat(oneStep.firedRuleNames()).contains(HALL_MODERATE).doesNotContain(HALL_LARGE);
    }

    @Test
    void a_dimension_unknown_for_one_side_has_no_gap_at_all() {
        var result = given().ours("powerDistance", 40).evaluate();

        assertThat(result.gap("powerDistance")).isEmpty();
        assertThat(result.firedRuleNames()).doesNotContain(HOFSTEDE_LARGE, HOFSTEDE_MODERATE, HOFSTEDE_SIMILAR);
    }

    @Test
    void values_on_different_dimensions_are_never_compared() {
        var result = given().ours("powerDistance", 10).on("leading", 3, 3).evaluate();

        assertThat(result.evaluation().all(CultureGap.class)).extracting(CultureGap::dimension).containsExactly("leading");
    }
}
