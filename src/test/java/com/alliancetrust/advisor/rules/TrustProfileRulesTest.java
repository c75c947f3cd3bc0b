package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.BENEVOLENCE;
import static com.alliancetrust.advisor.domain.TrustElement.COMPETENCE;
import static com.alliancetrust.advisor.domain.TrustElement.INTEGRITY;
import static com.alliancetrust.advisor.domain.TrustElement.PREDICTABILITY;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.RiskType;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.TrustStage;
import org.junit.jupiter.api.Test;

class TrustProfileRulesTest {
    private static final String FLAGGED_LOW = "An established serious or critical red flag puts its element at LOW whatever else is known";
    private static final String STRONGLY_AGAINST_LOW = "Conduct seen to be strongly against integrity, goodwill or reliability puts it at LOW";
    private static final String PATTERN_LOW = "Separate concerns about integrity, goodwill or reliability that form a pattern put it at LOW";
    private static final String ONE_CONCERN = "One concern keeps integrity, goodwill or reliability at MODERATE whatever else is favourable";
    private static final String NOTHING_ADVERSE_HIGH = "With nothing adverse standing and something in its favour, integrity, goodwill or reliability is HIGH";
    private static final String COMPETENCE_LOW = "Evidence strongly against competence with no demonstration of ability puts it at LOW";
    private static final String COMPETENCE_MIXED = "A demonstration of ability beside strong evidence against it leaves competence MODERATE";
    private static final String COMPETENCE_CONCERN = "A competence concern keeps competence at MODERATE however strong the rest";
    private static final String COMPETENCE_HIGH = "A demonstration of ability with no concern standing makes competence HIGH";
    private static final String COMPETENCE_SUPPORTED = "Ability supported but never demonstrated leaves competence MODERATE";
    private static final String NOT_ESTABLISHED = "An element whose evidence bears neither way is not established, neither low nor high";
    private static final String WEAKEST = "Overall trustworthiness is the weakest known element, never an average, and provisional while an element is unknown";
    private static final String RELATIONAL_HIGH = "Low integrity or goodwill is a strong relational risk";
    private static final String RELATIONAL_MODERATE = "Moderate integrity or goodwill is a moderate relational risk";
    private static final String PERFORMANCE_HIGH = "Low competence or reliability is a strong performance risk";
    private static final String PERFORMANCE_MODERATE = "Moderate competence or reliability is a moderate performance risk";
    private static final String CALCULUS = "With no alliance recorded with this partner, trust can only be calculus-based";
    private static final String BACK_TO_CALCULUS =
            "Prior alliances that left integrity or goodwill LOW put trust back at the calculus stage";
    private static final String KNOWLEDGE = "Prior alliances with this partner make knowledge-based trust possible";
    private static final String IDENTIFICATION = "Repeated alliances with high integrity and goodwill point to identification-based trust";

    // --- integrity, goodwill, reliability: what is adverse dominates ---

    @Test
    void clean_screenings_do_not_outweigh_promises_seen_broken() {
        var result = given().strongIntegrity().evidence("integrity.adverseMedia", "NONE")
                .evidence("integrity.smallPromisesKept", "BROKEN").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.firedRuleNames()).contains(STRONGLY_AGAINST_LOW).doesNotContain(NOTHING_ADVERSE_HIGH, ONE_CONCERN);
    }

    @Test
    void one_concern_keeps_integrity_moderate_however_many_checks_are_clean() {
        var result = given().strongIntegrity().evidence("integrity.adverseMedia", "NONE")
                .evidence("integrity.smallPromisesKept", "MIXED").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(ONE_CONCERN).doesNotContain(PATTERN_LOW, NOTHING_ADVERSE_HIGH);
    }

    @Test
    void two_separate_concerns_about_the_same_element_form_a_pattern() {
        var pattern = given().evidence("integrity.questionnaire", "PARTIAL").evidence("integrity.beneficialOwnership", "PARTIAL").evaluate();
        var oneEach = given().evidence("integrity.questionnaire", "PARTIAL").evidence("benevolence.coInvestment", "REFUSED").evaluate();

        assertThat(pattern.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(pattern.firedRuleNames()).contains(PATTERN_LOW).doesNotContain(ONE_CONCERN);
        assertThat(oneEach.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(oneEach.levelOf(BENEVOLENCE)).isEqualTo(Level.MODERATE);
    }

    @Test
    void clean_checks_alone_find_nothing_adverse_and_a_slight_concern_does_not_lower_the_level() {
        var clean = given().evidence("integrity.sanctionsScreening", "CLEAR").evidence("integrity.litigationRecord", "NONE").evaluate();
        var slight = given().evidence("integrity.sanctionsScreening", "CLEAR").evidence("integrity.antiBriberyProgramme", "NONE").evaluate();

        assertThat(clean.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(clean.firedRuleNames()).contains(NOTHING_ADVERSE_HIGH);
        assertThat(slight.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(slight.findingFields()).containsExactly("integrity.antiBriberyProgramme");
    }

    @Test
    void discrepancies_later_explained_are_not_read_as_unexplained_ones() {
        var explained = given().evidence("integrity.negotiationHonesty", "SOME_DISCREPANCIES").evaluate();
        var unexplained = given().evidence("integrity.negotiationHonesty", "UNEXPLAINED_DISCREPANCIES").evaluate();

        assertThat(explained.levelOf(INTEGRITY)).isEqualTo(Level.UNKNOWN);
        assertThat(explained.findingFields()).isEmpty();
        assertThat(explained.firedRuleNames()).contains(NOT_ESTABLISHED);
        assertThat(unexplained.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(unexplained.findingFields()).containsExactly("integrity.negotiationHonesty");
    }

    @Test
    void an_established_serious_red_flag_is_not_averaged_away_by_good_evidence() {
        var result = given().strongOnEveryCount().evidence("integrity.beneficialOwnership", "UNDISCLOSED").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW); // one level only: the readings in its favour are not counted
        assertThat(result.timesFired(FLAGGED_LOW)).isEqualTo(1);
    }

    @Test
    void an_alleged_flag_leaves_the_element_to_its_evidence() {
        var result = given().strongIntegrity().evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(result.firedRuleNames()).doesNotContain(FLAGGED_LOW);
    }

    @Test
    void exploiting_a_partners_difficulty_puts_goodwill_low_and_an_erratic_record_puts_reliability_low() {
        var result = given().strongBenevolence().strongPredictability()
                .evidence("benevolence.flexibilityInDifficulty", "EXPLOITED")
                .evidence("predictability.deliveryRecord", "ERRATIC").evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.levelOf(PREDICTABILITY)).isEqualTo(Level.LOW);
    }

    // --- competence: one demonstration says a lot, one slip says little ---

    @Test
    void a_short_record_is_thin_evidence_not_a_finding_of_low_ability() {
        var result = given().evidence("competence.yearsInDomain", 2).evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.findingFields()).isEmpty();
        assertThat(result.firedRuleNames()).contains(NOT_ESTABLISHED).doesNotContain(COMPETENCE_LOW);
    }

    @Test
    void a_missed_pilot_with_nothing_shown_elsewhere_puts_competence_low() {
        var result = given().evidence("competence.yearsInDomain", 2).evidence("competence.pilotDelivery", "MISSED").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.LOW);
        assertThat(result.firedRuleNames()).contains(COMPETENCE_LOW);
    }

    @Test
    void a_missed_pilot_beside_a_long_record_makes_the_record_mixed() {
        var result = given().evidence("competence.yearsInDomain", 15).evidence("competence.pilotDelivery", "MISSED").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(COMPETENCE_MIXED).doesNotContain(COMPETENCE_LOW);
    }

    @Test
    void one_demonstration_outweighs_a_slip_but_not_a_gap_in_capacity() {
        var slip = given().evidence("competence.pilotDelivery", "MET").evidence("competence.performanceReferences", "MIXED").evaluate();
        var gap = given().evidence("competence.pilotDelivery", "MET").evidence("competence.financialHealth", "WEAK").evaluate();

        assertThat(slip.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(slip.firedRuleNames()).contains(COMPETENCE_HIGH);
        assertThat(gap.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
        assertThat(gap.firedRuleNames()).contains(COMPETENCE_CONCERN).doesNotContain(COMPETENCE_HIGH);
    }

    @Test
    void ability_supported_but_never_demonstrated_is_moderate() {
        var result = given().evidence("competence.yearsInDomain", 5).evidence("competence.certifications", "HELD").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(COMPETENCE_SUPPORTED);
    }

    @Test
    void unknown_elements_stay_unknown_and_never_low() {
        var result = given().evaluate();

        for (TrustElement element : TrustElement.values()) {
            assertThat(result.levelOf(element)).as(element.key()).isEqualTo(Level.UNKNOWN);
        }
        assertThat(result.timesFired(NOT_ESTABLISHED)).isEqualTo(4);
        assertThat(result.overall().level()).isEqualTo(Level.UNKNOWN);
    }

    // --- how much is known ---

    @Test
    void confidence_counts_what_was_checked_not_what_was_found() {
        var clean = given().evidence("integrity.sanctionsScreening", "CLEAR").evidence("competence.yearsInDomain", 12).evaluate();
        var adverse = given().evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH").evidence("competence.yearsInDomain", 1).evaluate();

        assertThat(clean.confidence().score()).isEqualTo(adverse.confidence().score()).isEqualTo(8);
        assertThat(clean.confidence().level()).isEqualTo(Level.LOW);
        assertThat(given().strongOnEveryCount().evaluate().confidence().level()).isEqualTo(Level.HIGH);
    }

    // --- overall ---

    @Test
    void overall_trust_is_the_weakest_known_element_never_an_average() {
        var result = given().strongOnEveryCount().evidence("integrity.questionnaire", "PARTIAL").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.overall().level()).isEqualTo(Level.MODERATE);
        assertThat(result.overall().weakest()).containsExactly(INTEGRITY);
        assertThat(result.overall().provisional()).isFalse();
        assertThat(result.firedRuleNames()).contains(WEAKEST);
    }

    @Test
    void overall_trust_is_never_high_while_an_element_is_unknown_and_says_it_is_provisional() {
        var result = given().evidence("competence.yearsInDomain", 25).evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.overall().level()).isEqualTo(Level.MODERATE);
        assertThat(result.overall().provisional()).isTrue();
        assertThat(result.overall().unknown()).containsExactly(INTEGRITY, BENEVOLENCE, PREDICTABILITY);
    }

    @Test
    void overall_trust_names_every_element_tied_for_weakest_and_ignores_unknown_ones() {
        var result = given().evidence("competence.pilotDelivery", "MISSED")
                .evidence("predictability.deliveryRecord", "ERRATIC")
                .evidence("benevolence.negotiationReciprocity", "RECIPROCAL").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.UNKNOWN);
        assertThat(result.overall().level()).isEqualTo(Level.LOW);
        assertThat(result.overall().weakest()).containsExactlyInAnyOrder(COMPETENCE, PREDICTABILITY);
    }

    @Test
    void low_integrity_is_a_strong_relational_risk() {
        var result = given().strongCompetence().evidence("integrity.questionnaire", "REFUSED").evaluate();

        assertThat(result.riskOf(RiskType.RELATIONAL)).contains(Level.HIGH);
        assertThat(result.riskOf(RiskType.PERFORMANCE)).isEmpty();
        assertThat(result.firedRuleNames()).contains(RELATIONAL_HIGH).doesNotContain(RELATIONAL_MODERATE, PERFORMANCE_HIGH);
    }

    @Test
    void moderate_goodwill_is_only_a_moderate_relational_risk() {
        var result = given().strongIntegrity().evidence("benevolence.coInvestment", "REFUSED").evaluate();

        assertThat(result.risks()).hasSize(1);
        assertThat(result.riskOf(RiskType.RELATIONAL)).contains(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(RELATIONAL_MODERATE).doesNotContain(RELATIONAL_HIGH);
    }

    @Test
    void a_low_element_makes_the_relational_risk_strong_even_when_the_other_is_moderate() {
        var result = given().evidence("integrity.questionnaire", "REFUSED")
                .evidence("benevolence.coInvestment", "REFUSED").evaluate();

        assertThat(result.risks()).hasSize(1);
        assertThat(result.riskOf(RiskType.RELATIONAL)).contains(Level.HIGH);
        assertThat(result.firedRuleNames()).doesNotContain(RELATIONAL_MODERATE);
    }

    @Test
    void competence_and_reliability_set_the_performance_risk() {
        var low = given().evidence("competence.pilotDelivery", "MISSED").evaluate();
        var moderate = given().evidence("competence.financialHealth", "STRONG").evaluate();
        var high = given().strongCompetence().evaluate();
        var erratic = given().strongCompetence().evidence("predictability.deliveryRecord", "ERRATIC").evaluate();

        assertThat(erratic.riskOf(RiskType.PERFORMANCE)).contains(Level.HIGH);
        assertThat(erratic.riskOf(RiskType.RELATIONAL)).isEmpty();

        assertThat(low.riskOf(RiskType.PERFORMANCE)).contains(Level.HIGH);
        assertThat(low.firedRuleNames()).contains(PERFORMANCE_HIGH).doesNotContain(PERFORMANCE_MODERATE);
        assertThat(moderate.riskOf(RiskType.PERFORMANCE)).contains(Level.MODERATE);
        assertThat(moderate.firedRuleNames()).contains(PERFORMANCE_MODERATE);
        assertThat(high.riskOf(RiskType.PERFORMANCE)).isEmpty();
    }

    @Test
    void without_recorded_prior_alliances_trust_is_calculus_based() {
        var unrecorded = given().strongOnEveryCount().evaluate();
        var none = given().strongOnEveryCount().priorAlliances(0).evaluate();

        assertThat(unrecorded.stages()).containsExactly(TrustStage.CALCULUS);
        assertThat(none.stages()).containsExactly(TrustStage.CALCULUS);
        assertThat(none.firedRuleNames()).contains(CALCULUS).doesNotContain(KNOWLEDGE, IDENTIFICATION);
    }

    @Test
    void one_prior_alliance_makes_trust_knowledge_based() {
        var result = given().strongOnEveryCount().priorAlliances(1).evaluate();

        assertThat(result.stages()).containsExactly(TrustStage.KNOWLEDGE);
        assertThat(result.firedRuleNames()).contains(KNOWLEDGE).doesNotContain(CALCULUS, IDENTIFICATION);
    }

    @Test
    void prior_alliances_that_left_integrity_and_goodwill_low_put_trust_back_at_the_calculus_stage_once() {
        var result = given().strongOnEveryCount().evidence("benevolence.disputesWithFormerPartners", "MANY")
                .evidence("integrity.questionnaire", "REFUSED").priorAlliances(4).evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.stages()).containsExactly(TrustStage.CALCULUS);
        assertThat(result.timesFired(BACK_TO_CALCULUS)).isEqualTo(1);
        assertThat(result.firedRuleNames()).doesNotContain(KNOWLEDGE, CALCULUS);
    }

    @Test
    void prior_alliances_with_merely_moderate_goodwill_still_build_knowledge_based_trust() {
        var result = given().strongOnEveryCount().evidence("benevolence.coInvestment", "REFUSED")
                .priorAlliances(2).evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.stages()).containsExactly(TrustStage.KNOWLEDGE);
        assertThat(result.firedRuleNames()).doesNotContain(BACK_TO_CALCULUS);
    }

    @Test
    void three_prior_alliances_with_high_integrity_and_goodwill_make_trust_identification_based() {
        var result = given().strongOnEveryCount().priorAlliances(3).evaluate();

        assertThat(result.stages()).containsExactly(TrustStage.IDENTIFICATION);
        assertThat(result.firedRuleNames()).contains(IDENTIFICATION).doesNotContain(KNOWLEDGE);
    }

    @Test
    void repeated_alliances_with_only_moderate_goodwill_stay_knowledge_based() {
        var result = given().strongOnEveryCount().evidence("benevolence.negotiationReciprocity", "ONE_SIDED")
                .priorAlliances(5).evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.stages()).containsExactly(TrustStage.KNOWLEDGE);
        assertThat(result.firedRuleNames()).doesNotContain(IDENTIFICATION);
    }

    @Test
    void identification_based_trust_needs_confidence_in_capability_too() {
        var result = given().strongIntegrity().strongBenevolence().strongPredictability()
                .evidence("competence.pilotDelivery", "MISSED").priorAlliances(4).evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.LOW);
        assertThat(result.stages()).containsExactly(TrustStage.KNOWLEDGE);
    }
}
