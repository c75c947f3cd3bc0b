package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.CultureRuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import org.junit.jupiter.api.Test;

/** rules/culture/communication.drl: Hall's context and Meyer's communicating scale, either one enough unless they disagree. */
class CultureCommunicationRulesTest {
    private static final String READ = "A partner that leaves more of its meaning to context than we do needs its indirect signals read and confirmed";
    private static final String EXPLICIT = "A partner that puts more of its meaning into explicit words than we do needs us to say plainly what we mean";

    @Test
    void a_markedly_higher_context_partner_gets_its_indirect_signals_read() {
        var result = given().on("communicating", 1, 10).evaluate();

        assertThat(result.adviceIds()).contains("culture-read-between-the-lines").doesNotContain("culture-say-it-explicitly");
        assertThat(result.advice("culture-read-between-the-lines")).singleElement().extracting(a -> a.priority()).isEqualTo(Priority.HIGH);
        assertThat(result.firedRuleNames()).contains(READ).doesNotContain(EXPLICIT);
    }

    @Test
    void near_miss_two_steps_apart_on_the_scale_calls_for_no_adaptation() {
        var result = given().on("communicating", 1, 3).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-read-between-the-lines", "culture-say-it-explicitly");
    }

    @Test
    void hall_alone_is_enough_when_meyer_does_not_place_one_side() {
        var result = given().on("context", "LOW", "HIGH").ours("communicating", 1).evaluate();

        assertThat(result.adviceIds()).contains("culture-read-between-the-lines");
        assertThat(result.advice("culture-read-between-the-lines").get(0).basis()).hasSize(1);
    }

    @Test
    void both_frameworks_agreeing_give_one_piece_of_advice_resting_on_both_gaps() {
        var result = given().on("context", "LOW", "HIGH").on("communicating", 1, 5).evaluate();

        assertThat(result.advice("culture-read-between-the-lines")).singleElement()
                .satisfies(a -> assertThat(a.basis()).hasSize(2))
                .satisfies(a -> assertThat(a.priority()).isEqualTo(Priority.HIGH));
    }

    @Test
    void frameworks_pointing_opposite_ways_give_no_communication_advice_but_say_so() {
        var result = given().on("context", "LOW", "HIGH").on("communicating", 6, 1).evaluate();

        assertThat(result.adviceIds()).doesNotContain("culture-read-between-the-lines", "culture-say-it-explicitly")
                .contains("culture-frameworks-disagree");
        assertThat(result.advice("culture-frameworks-disagree")).singleElement().extracting(a -> a.subject())
                .isEqualTo("context of communication");
    }

    @Test
    void a_lower_context_partner_needs_us_to_say_plainly_what_we_mean() {
        var result = given().on("communicating", 10, 1).evaluate();

        assertThat(result.adviceIds()).contains("culture-say-it-explicitly").doesNotContain("culture-read-between-the-lines");
        assertThat(result.firedRuleNames()).contains(EXPLICIT);
    }
}
