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
    private static final String FLAGGED_LOW = "A serious or critical red flag puts its element at LOW whatever else is known";
    private static final String SCORED = "An element's level follows from the weight of its evidence";
    private static final String UNKNOWN = "An element without evidence is unknown, neither low nor high";
    private static final String WEAKEST = "Overall trustworthiness is the weakest known element, never an average";
    private static final String RELATIONAL_HIGH = "Low integrity or goodwill is a strong relational risk";
    private static final String RELATIONAL_MODERATE = "Moderate integrity or goodwill is a moderate relational risk";
    private static final String PERFORMANCE_HIGH = "Low competence is a strong performance risk";
    private static final String PERFORMANCE_MODERATE = "Moderate competence is a moderate performance risk";
    private static final String CALCULUS = "With no alliance recorded with this partner, trust can only be calculus-based";
    private static final String BACK_TO_CALCULUS =
            "Prior alliances that left integrity or goodwill LOW put trust back at the calculus stage";
    private static final String KNOWLEDGE = "Prior alliances with this partner make knowledge-based trust possible";
    private static final String IDENTIFICATION = "Repeated alliances with high integrity and goodwill point to identification-based trust";

    @Test
    void a_single_plus_ten_stays_moderate_at_sixty() {
        var result = given().evidence("competence.financialHealth", "STRONG").evaluate();

        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(60);
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(SCORED);
    }

    @Test
    void enough_evidence_reaches_high_at_seventy() {
        var result = given().evidence("competence.financialHealth", "STRONG")
                .evidence("competence.yearsInDomain", 5).evaluate();

        assertThat(result.scoreOf(COMPETENCE)).isEqualTo(70);
        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
    }

    @Test
    void a_score_of_forty_is_still_moderate_and_below_forty_is_low() {
        var forty = given().evidence("integrity.adverseMedia", "MINOR").evaluate();
        var thirtyFive = given().evidence("integrity.adverseMedia", "MINOR")
                .evidence("integrity.litigationRecord", "MINOR").evaluate();

        assertThat(forty.scoreOf(INTEGRITY)).isEqualTo(40);
        assertThat(forty.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(thirtyFive.scoreOf(INTEGRITY)).isEqualTo(35);
        assertThat(thirtyFive.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
    }

    @Test
    void unknown_elements_stay_unknown_and_never_low() {
        var result = given().evaluate();

        for (TrustElement element : TrustElement.values()) {
            assertThat(result.levelOf(element)).as(element.key()).isEqualTo(Level.UNKNOWN);
            assertThat(result.scoreOf(element)).as(element.key()).isNull();
        }
        assertThat(result.timesFired(UNKNOWN)).isEqualTo(4);
        assertThat(result.firedRuleNames()).doesNotContain(SCORED, FLAGGED_LOW, RELATIONAL_HIGH, PERFORMANCE_HIGH);
        assertThat(result.overall().level()).isEqualTo(Level.UNKNOWN);
        assertThat(result.risks()).isEmpty();
    }

    @Test
    void a_serious_red_flag_is_not_averaged_away_by_good_evidence() {
        var result = given().strongIntegrity().evidence("integrity.adverseMedia", "NONE")
                .evidence("integrity.litigationRecord", "SERIOUS").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.scoreOf(INTEGRITY)).isNull();
        assertThat(result.elementLevel(INTEGRITY).basis()).hasSize(1);
        assertThat(result.firedRuleNames()).contains(FLAGGED_LOW).doesNotContain(SCORED);
    }

    @Test
    void a_warning_flag_leaves_the_element_to_the_weight_of_its_evidence() {
        var result = given().evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH")
                .evidence("integrity.litigationRecord", "NONE").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.scoreOf(INTEGRITY)).isEqualTo(50);
        assertThat(result.firedRuleNames()).contains(SCORED).doesNotContain(FLAGGED_LOW);
    }

    @Test
    void overall_trust_is_the_weakest_known_element_never_an_average() {
        var result = given().strongCompetence().strongPredictability().strongBenevolence()
                .evidence("integrity.litigationRecord", "NONE").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.overall().level()).isEqualTo(Level.MODERATE);
        assertThat(result.overall().weakest()).containsExactly(INTEGRITY);
        assertThat(result.firedRuleNames()).contains(WEAKEST);
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
        var result = given().strongIntegrity().evidence("benevolence.disputesWithFormerPartners", "FEW").evaluate();

        assertThat(result.risks()).hasSize(1);
        assertThat(result.riskOf(RiskType.RELATIONAL)).contains(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(RELATIONAL_MODERATE).doesNotContain(RELATIONAL_HIGH);
    }

    @Test
    void a_low_element_makes_the_relational_risk_strong_even_when_the_other_is_moderate() {
        var result = given().evidence("integrity.questionnaire", "REFUSED")
                .evidence("benevolence.disputesWithFormerPartners", "FEW").evaluate();

        assertThat(result.risks()).hasSize(1);
        assertThat(result.riskOf(RiskType.RELATIONAL)).contains(Level.HIGH);
        assertThat(result.firedRuleNames()).doesNotContain(RELATIONAL_MODERATE);
    }

    @Test
    void competence_sets_the_performance_risk() {
        var low = given().evidence("competence.pilotDelivery", "MISSED").evaluate();
        var moderate = given().evidence("competence.financialHealth", "STRONG").evaluate();
        var high = given().strongCompetence().evaluate();

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
        var result = given().strongOnEveryCount().evidence("benevolence.disputesWithFormerPartners", "FEW")
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
        var result = given().strongOnEveryCount().evidence("benevolence.negotiationReciprocity", "LIMITED")
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
