package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import org.junit.jupiter.api.Test;

/** rules/culture/decisions-and-scheduling.drl: hierarchy, how decisions are made, ambiguity and time. */
class CultureDecisionsAndSchedulingRulesTest {
    private static final String FLEXIBLE = "A partner that keeps time more flexibly than we do gets a few hard milestones and flexibility elsewhere";

    @Test
    void a_more_hierarchical_partner_gets_rank_matched_on_either_indicator() {
        var byPowerDistance = given().on("powerDistance", 35, 80).evaluate();
        var byLeading = given().on("powerDistance", 40, 54).on("leading", 3, 9).evaluate();

        assertThat(byPowerDistance.adviceIds()).contains("culture-match-rank-and-protocol").doesNotContain("culture-expect-flat-access");
        assertThat(byLeading.adviceIds()).contains("culture-match-rank-and-protocol");
        assertThat(byLeading.advice("culture-match-rank-and-protocol").get(0).basis()).hasSize(1);
    }

    @Test
    void near_miss_similar_hierarchy_on_both_indicators_calls_for_nothing() {
        var result = given().on("powerDistance", 40, 50).on("leading", 3, 4).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-match-rank-and-protocol", "culture-expect-flat-access");
    }

    @Test
    void a_more_egalitarian_partner_expects_access_across_ranks() {
        assertThat(given().on("powerDistance", 80, 18).evaluate().adviceIds()).contains("culture-expect-flat-access")
                .doesNotContain("culture-match-rank-and-protocol");
    }

    @Test
    void indicators_of_hierarchy_pointing_opposite_ways_are_reported_not_advised() {
        var result = given().on("powerDistance", 35, 80).on("leading", 8, 2).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-match-rank-and-protocol", "culture-expect-flat-access")
                .contains("culture-frameworks-disagree");
    }

    @Test
    void a_consensual_partner_decides_slowly_and_a_top_down_one_needs_the_decider() {
        assertThat(given().on("deciding", 6, 1).evaluate().adviceIds()).contains("culture-allow-for-consensus").doesNotContain("culture-find-the-decider");
        assertThat(given().on("deciding", 2, 9).evaluate().adviceIds()).contains("culture-find-the-decider").doesNotContain("culture-allow-for-consensus");
        assertThat(given().on("deciding", 3, 5).evaluate().adviceIds()).doesNotContain("culture-find-the-decider", "culture-allow-for-consensus");
    }

    @Test
    void uncertainty_avoidance_calls_for_detail_early_or_room_to_adapt() {
        assertThat(given().on("uncertaintyAvoidance", 46, 92).evaluate().adviceIds()).contains("culture-detail-early");
        assertThat(given().on("uncertaintyAvoidance", 92, 46).evaluate().adviceIds()).contains("culture-leave-room-to-adapt");
        assertThat(given().on("uncertaintyAvoidance", 65, 76).evaluate().adviceIds()).doesNotContain("culture-detail-early", "culture-leave-room-to-adapt");
    }

    @Test
    void a_polychronic_partner_gets_a_few_hard_milestones_and_its_lateness_is_not_read_as_integrity() {
        var result = given().on("time", "MONOCHRONIC", "POLYCHRONIC").evaluate();

        assertThat(result.adviceIds()).contains("culture-few-hard-milestones").doesNotContain("culture-keep-to-the-schedule");
        assertThat(result.advice("culture-few-hard-milestones").get(0).priority()).isEqualTo(Priority.HIGH);
        assertThat(result.firedRuleNames()).contains(FLEXIBLE);
    }

    @Test
    void a_high_context_partner_is_never_assumed_polychronic() {
        var result = given().on("context", "LOW", "HIGH").on("communicating", 1, 10).evaluate();

        assertThat(result.adviceIds()).contains("culture-read-between-the-lines")
                .doesNotContain("culture-few-hard-milestones", "culture-keep-to-the-schedule");
        assertThat(result.firedRuleNames()).doesNotContain(FLEXIBLE);
    }

    @Test
    void high_context_yet_punctual_like_japan_gets_no_scheduling_advice() {
        var result = given().on("context", "LOW", "HIGH").on("time", "MONOCHRONIC", "MONOCHRONIC").on("scheduling", 3, 2).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-few-hard-milestones", "culture-keep-to-the-schedule");
    }

    @Test
    void a_linear_time_partner_reads_punctuality_as_reliability() {
        assertThat(given().on("scheduling", 7, 1).evaluate().adviceIds()).contains("culture-keep-to-the-schedule")
                .doesNotContain("culture-few-hard-milestones");
    }
}
