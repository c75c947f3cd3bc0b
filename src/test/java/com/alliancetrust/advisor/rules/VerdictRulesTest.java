package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.BENEVOLENCE;
import static com.alliancetrust.advisor.domain.TrustElement.COMPETENCE;
import static com.alliancetrust.advisor.domain.TrustElement.INTEGRITY;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.Verdict;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {
    private static final String CRITICAL = "A critical red flag rules the partner out";
    private static final String INTEGRITY_GATE = "Low integrity keeps the verdict at RECONSIDER however strong the partner is otherwise";
    private static final String TWO_SERIOUS_INTEGRITY = "Two serious integrity red flags rule the partner out";
    private static final String TWO_LOW = "Two LOW elements rule the partner out";
    private static final String ONE_LOW = "A LOW element other than integrity calls for reconsideration";
    private static final String MODERATE = "A MODERATE element calls for safeguards";
    private static final String WARNING = "A warning red flag must be resolved before signing";
    private static final String UNKNOWN_KEY = "Unknown integrity or competence must be established before the partner can be chosen outright";
    private static final String UNKNOWN_SOFT = "With neither goodwill nor reliability evidenced, commitment must be staged";
    private static final String PEP_DISCLOSED = "A disclosed politically exposed director calls for safeguards";
    private static final String VERDICT = "The verdict is the most severe limit that any finding sets";

    @Test
    void a_partner_strong_on_every_count_may_proceed() {
        var result = given().strongOnEveryCount().evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(result.timesFired(VERDICT)).isEqualTo(1);
        assertThat(result.firedRuleNames()).doesNotContain(CRITICAL, INTEGRITY_GATE, TWO_LOW, ONE_LOW, MODERATE, WARNING,
                UNKNOWN_KEY, UNKNOWN_SOFT);
    }

    @Test
    void integrity_red_flag_caps_the_verdict_even_with_strong_competence() {
        var result = given().strongOnEveryCount().evidence("integrity.litigationRecord", "SERIOUS").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.firedRuleNames()).contains(INTEGRITY_GATE).doesNotContain(ONE_LOW, TWO_SERIOUS_INTEGRITY);
    }

    @Test
    void integrity_scored_low_from_evidence_closes_the_gate_as_well() {
        var result = given().strongCompetence().strongBenevolence().strongPredictability()
                .evidence("integrity.smallPromisesKept", "BROKEN").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.firedRuleNames()).contains(INTEGRITY_GATE);
    }

    @Test
    void moderate_integrity_does_not_close_the_integrity_gate() {
        var result = given().strongCompetence().strongBenevolence().strongPredictability()
                .evidence("integrity.smallPromisesKept", "KEPT").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(MODERATE).doesNotContain(INTEGRITY_GATE);
    }

    @Test
    void a_single_low_element_other_than_integrity_calls_for_reconsideration() {
        var result = given().strongOnEveryCount().evidence("predictability.deliveryRecord", "ERRATIC")
                .evidence("predictability.responsiveness", "SLOW").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.timesFired(ONE_LOW)).isEqualTo(1);
        assertThat(result.firedRuleNames()).doesNotContain(TWO_LOW, INTEGRITY_GATE);
    }

    @Test
    void two_low_elements_rule_the_partner_out() {
        var result = given().strongIntegrity().strongBenevolence()
                .evidence("competence.pilotDelivery", "MISSED")
                .evidence("predictability.deliveryRecord", "ERRATIC").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.timesFired(TWO_LOW)).isEqualTo(1);
        assertThat(result.timesFired(ONE_LOW)).isEqualTo(2);
    }

    @Test
    void a_critical_red_flag_rules_the_partner_out_however_strong_it_is_otherwise() {
        var result = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", "CONFIRMED_HIT").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(CRITICAL, INTEGRITY_GATE).doesNotContain(TWO_LOW);
    }

    @Test
    void two_serious_integrity_red_flags_rule_the_partner_out() {
        var result = given().strongCompetence().evidence("integrity.litigationRecord", "SERIOUS")
                .evidence("integrity.beneficialOwnership", "UNDISCLOSED").evaluate();

        assertThat(result.redFlagIds()).containsExactlyInAnyOrder("serious-litigation", "hidden-ownership");
        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.timesFired(TWO_SERIOUS_INTEGRITY)).isEqualTo(1);
        assertThat(result.firedRuleNames()).doesNotContain(CRITICAL, TWO_LOW);
    }

    @Test
    void one_serious_integrity_red_flag_and_a_warning_only_call_for_reconsideration() {
        var result = given().strongCompetence().evidence("integrity.litigationRecord", "SERIOUS")
                .evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.firedRuleNames()).contains(INTEGRITY_GATE, WARNING).doesNotContain(TWO_SERIOUS_INTEGRITY);
    }

    @Test
    void serious_flags_on_integrity_and_goodwill_rule_the_partner_out_as_two_low_elements() {
        var result = given().strongCompetence().evidence("integrity.adverseMedia", "SERIOUS")
                .evidence("benevolence.disputesWithFormerPartners", "MANY").evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(TWO_LOW).doesNotContain(TWO_SERIOUS_INTEGRITY);
    }

    @Test
    void a_moderate_element_calls_for_safeguards() {
        var result = given().strongOnEveryCount().evidence("benevolence.negotiationReciprocity", "LIMITED").evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.timesFired(MODERATE)).isEqualTo(1);
    }

    @Test
    void a_warning_flag_calls_for_safeguards_even_when_every_element_is_high() {
        var result = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(WARNING).doesNotContain(MODERATE);
    }

    @Test
    void a_disclosed_politically_exposed_director_calls_for_safeguards_not_rejection() {
        var disclosed = given().strongOnEveryCount()
                .evidence("integrity.politicallyExposedDirectors", "PRESENT_DISCLOSED").evaluate();
        var none = given().strongOnEveryCount().evidence("integrity.politicallyExposedDirectors", "NONE").evaluate();

        assertThat(disclosed.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(disclosed.redFlagIds()).isEmpty();
        assertThat(disclosed.firedRuleNames()).contains(PEP_DISCLOSED);
        assertThat(none.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(none.firedRuleNames()).doesNotContain(PEP_DISCLOSED);
    }

    @Test
    void unknown_competence_prevents_an_outright_yes_but_is_not_held_against_the_partner() {
        var result = given().strongIntegrity().strongBenevolence().strongPredictability().evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(UNKNOWN_KEY).doesNotContain(ONE_LOW);
    }

    @Test
    void unknown_goodwill_and_reliability_together_require_staged_commitment() {
        var result = given().strongCompetence().strongIntegrity().evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(UNKNOWN_SOFT).doesNotContain(UNKNOWN_KEY);
    }

    @Test
    void unknown_goodwill_alone_does_not_hold_back_a_strong_partner() {
        var result = given().strongCompetence().strongIntegrity().strongPredictability().evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(result.firedRuleNames()).doesNotContain(UNKNOWN_SOFT, UNKNOWN_KEY);
    }
}
