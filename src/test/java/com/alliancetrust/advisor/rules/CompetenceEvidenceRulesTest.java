package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.COMPETENCE;
import static com.alliancetrust.advisor.domain.TrustElement.PREDICTABILITY;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.Severity;
import org.junit.jupiter.api.Test;

class CompetenceEvidenceRulesTest {
    private static final String DECADE = "A decade or more of track record in the alliance's domain is strong evidence of ability";
    private static final String THREE_TO_TEN = "Three to ten years in the alliance's domain is moderate evidence of ability";
    private static final String UNDER_THREE = "Less than three years in the alliance's domain is thin evidence of ability";
    private static final String PILOT_MET = "A pilot delivered on time and to quality shows the partner can do the work";
    private static final String PILOT_MISSED = "A pilot that missed its targets counts heavily against competence";
    private static final String REFERENCES_AGAINST = "Mixed or negative performance references count against competence";
    private static final String WEAK_FINANCES = "Weak finances put the partner's ability to fund its commitments in doubt";
    private static final String DISTRESSED = "A financially distressed partner cannot be relied on to deliver";
    private static final String TURNOVER = "Turnover of key people counts against predictability";
    private static final String FLAGGED_LOW = "A serious or critical red flag puts its element at LOW whatever else is known";
    private static final String SCORED = "An element's level follows from the weight of its evidence";

    @Test
    void a_decade_in_the_domain_alone_reaches_high_competence() {
        var result = given().evidence("competence.yearsInDomain", 10).evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(70);
        assertThat(result.firedRuleNames()).contains(DECADE, SCORED).doesNotContain(THREE_TO_TEN);
    }

    @Test
    void fewer_than_three_years_in_the_domain_puts_competence_low() {
        var result = given().evidence("competence.yearsInDomain", 2).evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.LOW);
        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(35);
        assertThat(result.firedRuleNames()).contains(UNDER_THREE).doesNotContain(THREE_TO_TEN);
    }

    @Test
    void three_years_in_the_domain_already_counts_as_moderate_evidence_not_thin() {
        var result = given().evidence("competence.yearsInDomain", 3).evaluate();

        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(60);
        assertThat(result.firedRuleNames()).contains(THREE_TO_TEN).doesNotContain(UNDER_THREE);
    }

    @Test
    void a_pilot_met_on_time_and_quality_makes_competence_high() {
        var result = given().evidence("competence.pilotDelivery", "MET").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(75);
        assertThat(result.firedRuleNames()).contains(PILOT_MET).doesNotContain(PILOT_MISSED);
    }

    @Test
    void a_missed_pilot_outweighs_a_decade_of_track_record() {
        var result = given().evidence("competence.yearsInDomain", 12).evidence("competence.pilotDelivery", "MISSED")
                .evaluate();

        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(40);
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(DECADE, PILOT_MISSED);
    }

    @Test
    void negative_performance_references_weigh_far_more_than_mixed_ones() {
        var negative = given().evidence("competence.performanceReferences", "NEGATIVE").evaluate();
        var mixed = given().evidence("competence.performanceReferences", "MIXED").evaluate();

        assertThat(negative.scoreOf(COMPETENCE)).isEqualTo(25);
        assertThat(negative.levelOf(COMPETENCE)).isEqualTo(Level.LOW);
        assertThat(mixed.scoreOf(COMPETENCE)).isEqualTo(45);
        assertThat(mixed.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
        assertThat(mixed.firedRuleNames()).contains(REFERENCES_AGAINST);
    }

    @Test
    void financial_distress_is_a_serious_red_flag_that_puts_competence_low_despite_a_strong_record() {
        var result = given().strongCompetence().evidence("competence.financialHealth", "DISTRESSED").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("financial-distress", COMPETENCE, Severity.SERIOUS));
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.LOW);
        assertThat(result.scoreOf(COMPETENCE)).isNull();
        assertThat(result.firedRuleNames()).contains(DISTRESSED, FLAGGED_LOW).doesNotContain(SCORED);
    }

    @Test
    void weak_finances_count_against_competence_without_raising_a_red_flag() {
        var result = given().evidence("competence.financialHealth", "WEAK").evaluate();

        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(30);
        assertThat(result.firedRuleNames()).contains(WEAK_FINANCES).doesNotContain(DISTRESSED);
    }

    @Test
    void certifications_held_and_successful_past_alliances_add_up_to_high_competence() {
        var result = given().evidence("competence.certifications", "HELD")
                .evidence("competence.pastAllianceOutcomes", "MOSTLY_SUCCESSFUL").evaluate();

        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(70);
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.firedRuleNames()).contains("Current certifications for the scope support competence",
                "Mostly successful past alliances support competence");
    }

    @Test
    void missing_certifications_and_failed_past_alliances_put_competence_low() {
        var result = given().evidence("competence.certifications", "NONE")
                .evidence("competence.pastAllianceOutcomes", "MOSTLY_FAILED").evaluate();

        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(25);
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.LOW);
        assertThat(result.firedRuleNames()).contains("Missing certifications for the scope count against competence",
                "Mostly failed past alliances count against competence");
    }

    @Test
    void key_people_turnover_is_judged_under_predictability_and_not_counted_twice() {
        var result = given().evidence("predictability.keyPeopleTurnover", "HIGH").evaluate();

        assertThat(result.scoreOf(PREDICTABILITY)).isEqualTo(30);
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.firedRuleNames()).contains(TURNOVER);
    }

    @Test
    void a_pilot_delivered_with_minor_slips_is_evidence_so_competence_is_no_longer_unknown() {
        var result = given().evidence("competence.pilotDelivery", "MINOR_SLIPS")
                .evidence("competence.financialHealth", "ADEQUATE").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
    }
}
