package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/culture/virtual.drl: working at a distance across a cultural gap. */
class CultureVirtualRulesTest {

    @Test
    void a_virtual_alliance_with_a_higher_context_relationship_based_partner_gets_all_three_adaptations() {
        var result = given().virtual(true).on("communicating", 3, 9).on("trusting", 3, 9).evaluate();

        assertThat(result.adviceIds()).contains("culture-virtual-protocols", "culture-virtual-context-cues", "culture-virtual-relationship-time");
    }

    @Test
    void near_miss_the_same_gaps_face_to_face_need_no_virtual_adaptation() {
        var result = given().virtual(false).on("communicating", 3, 9).on("trusting", 3, 9).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-virtual-protocols", "culture-virtual-context-cues",
                "culture-virtual-relationship-time").contains("culture-read-between-the-lines");
    }

    @Test
    void a_virtual_alliance_without_any_marked_gap_needs_no_cultural_protocol() {
        var result = given().virtual(true).on("communicating", 2, 3).on("powerDistance", 40, 39).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-virtual-protocols").contains("culture-no-marked-gaps");
    }

    @Test
    void a_more_collectivist_partner_alone_is_enough_for_planned_relationship_time() {
        var result = given().virtual(true).on("individualism", 91, 20).evaluate();

        assertThat(result.adviceIds()).contains("culture-virtual-relationship-time", "culture-virtual-protocols")
                .doesNotContain("culture-virtual-context-cues");
    }
}
