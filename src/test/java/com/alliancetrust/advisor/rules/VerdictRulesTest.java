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
    private static final String FLAG_CAP = "An unresolved red flag allows no better verdict than it declares";
    private static final String LEGAL_BAR = "A legal bar is a prohibition, not a risk to manage";
    private static final String INTEGRITY_GATE = "Low integrity keeps the verdict at RECONSIDER however strong the partner is otherwise";
    private static final String TWO_SERIOUS_INTEGRITY = "Two established serious integrity red flags rule the partner out";
    private static final String TWO_LOW = "Two LOW elements rule the partner out";
    private static final String ONE_LOW = "A LOW element other than integrity calls for reconsideration";
    private static final String MODERATE = "A MODERATE element calls for safeguards";
    private static final String OPEN_FINDING = "A finding still to resolve allows at best proceeding with safeguards";
    private static final String PEP_DISCLOSED = "A disclosed politically exposed director calls for safeguards";
    private static final String GATES_UNKNOWN = "Integrity or competence with nothing yet in its favour leaves too little to decide";
    private static final String REQUIRED_CHECK = "A check no go-ahead can do without, not yet done, leaves too little to decide";
    private static final String TOO_LITTLE = "Too little known overall leaves too little to decide";
    private static final String SOFT_UNKNOWN = "Goodwill or reliability not yet established allows at best proceeding with safeguards";
    private static final String PLAIN_GO = "A plain go needs most of the evidence known";
    private static final String VERDICT = "The verdict is the most severe limit that any finding sets";

    @Test
    void a_partner_checked_thoroughly_and_strong_on_every_count_may_proceed() {
        var result = given().strongOnEveryCount().evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(result.timesFired(VERDICT)).isEqualTo(1);
        assertThat(result.firedRuleNames()).doesNotContain(FLAG_CAP, INTEGRITY_GATE, TWO_LOW, ONE_LOW, MODERATE, OPEN_FINDING,
                GATES_UNKNOWN, REQUIRED_CHECK, TOO_LITTLE, SOFT_UNKNOWN, PLAIN_GO);
    }

    @Test
    void nothing_known_is_not_enough_to_decide_and_is_held_neither_for_nor_against_the_partner() {
        var result = given().evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(result.firedRuleNames()).contains(GATES_UNKNOWN, REQUIRED_CHECK, TOO_LITTLE)
                .doesNotContain(INTEGRITY_GATE, ONE_LOW, TWO_LOW);
    }

    @Test
    void a_concern_as_the_only_integrity_evidence_is_not_enough_to_decide() {
        var result = given().strongOnEveryCount().evidence("integrity.litigationRecord", null).evidence("integrity.sanctionsScreening", "CLEAR")
                .evidence("integrity.beneficialOwnership", null).evidence("integrity.questionnaire", null).evidence("integrity.adverseMedia", null)
                .evidence("integrity.negotiationHonesty", "UNEXPLAINED_DISCREPANCIES").evidence("integrity.smallPromisesKept", null)
                .evidence("integrity.sanctionsScreening", null).evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(result.firedRuleNames()).contains(GATES_UNKNOWN);
    }

    @Test
    void one_strong_fact_is_not_enough_to_decide() {
        var result = given().evidence("competence.yearsInDomain", 30).evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
    }

    @Test
    void sanctions_screening_cannot_be_traded_for_other_checks() {
        var unscreened = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", null).evaluate();

        assertThat(unscreened.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(unscreened.firedRuleNames()).contains(REQUIRED_CHECK).doesNotContain(TOO_LITTLE, GATES_UNKNOWN);
    }

    @Test
    void enough_to_decide_but_not_for_a_plain_go_allows_at_best_safeguards() {
        var result = given().strongCompetence().strongIntegrity().strongBenevolence().strongPredictability().evaluate();

        assertThat(result.confidence().score()).isBetween(30, 59);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(PLAIN_GO).doesNotContain(TOO_LITTLE);
    }

    @Test
    void a_finding_against_the_partner_counts_even_when_little_else_is_known() {
        var result = given().evidence("integrity.smallPromisesKept", "BROKEN").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.firedRuleNames()).contains(INTEGRITY_GATE, TOO_LITTLE);
    }

    @Test
    void an_unresolved_possible_sanctions_match_blocks_any_go_ahead_until_cleared() {
        var result = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(result.firedRuleNames()).contains(FLAG_CAP).doesNotContain(LEGAL_BAR);
    }

    @Test
    void a_confirmed_sanctions_hit_is_a_legal_bar_however_strong_the_partner() {
        var result = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", "CONFIRMED_HIT").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(FLAG_CAP, LEGAL_BAR);
    }

    @Test
    void integrity_red_flag_caps_the_verdict_even_with_strong_competence() {
        var result = given().strongOnEveryCount().evidence("integrity.litigationRecord", "SERIOUS").evaluate();

        assertThat(result.levelOf(COMPETENCE)).isEqualTo(Level.HIGH);
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.firedRuleNames()).contains(INTEGRITY_GATE, FLAG_CAP).doesNotContain(ONE_LOW, TWO_SERIOUS_INTEGRITY);
    }

    @Test
    void moderate_integrity_does_not_close_the_integrity_gate() {
        var result = given().strongOnEveryCount().evidence("integrity.smallPromisesKept", "MIXED").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(MODERATE).doesNotContain(INTEGRITY_GATE);
    }

    @Test
    void a_slight_concern_holds_back_a_plain_go_without_lowering_the_element() {
        var result = given().strongOnEveryCount().evidence("predictability.responsiveness", "SLOW").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(OPEN_FINDING).doesNotContain(MODERATE);
    }

    @Test
    void a_single_low_element_other_than_integrity_calls_for_reconsideration() {
        var result = given().strongOnEveryCount().evidence("predictability.deliveryRecord", "ERRATIC").evaluate();

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
    }

    @Test
    void two_established_serious_integrity_red_flags_rule_the_partner_out_but_an_alleged_one_does_not_count() {
        var two = given().strongCompetence().evidence("integrity.beneficialOwnership", "UNDISCLOSED")
                .evidence("integrity.questionnaire", "REFUSED").evaluate();
        var oneAndAlleged = given().strongCompetence().evidence("integrity.beneficialOwnership", "UNDISCLOSED")
                .evidence("integrity.adverseMedia", "SERIOUS").evaluate();

        assertThat(two.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(two.timesFired(TWO_SERIOUS_INTEGRITY)).isEqualTo(1);
        assertThat(oneAndAlleged.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(oneAndAlleged.firedRuleNames()).doesNotContain(TWO_SERIOUS_INTEGRITY);
    }

    @Test
    void serious_flags_on_integrity_and_goodwill_rule_the_partner_out_as_two_low_elements() {
        var result = given().strongCompetence().evidence("integrity.questionnaire", "REFUSED")
                .evidence("benevolence.disputesWithFormerPartners", "MANY").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(TWO_LOW);
    }

    @Test
    void a_disclosed_politically_exposed_director_calls_for_safeguards() {
        var result = given().strongOnEveryCount().evidence("integrity.politicallyExposedDirectors", "PRESENT_DISCLOSED").evaluate();

        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(PEP_DISCLOSED);
    }

    @Test
    void goodwill_not_yet_established_allows_a_start_with_commitment_staged() {
        var result = given().strongOnEveryCount().evidence("benevolence.disputesWithFormerPartners", null)
                .evidence("benevolence.negotiationReciprocity", null).evidence("benevolence.formerPartnerReferences", null)
                .evidence("benevolence.ipAppropriation", null).evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.firedRuleNames()).contains(SOFT_UNKNOWN).doesNotContain(GATES_UNKNOWN);
    }
}
