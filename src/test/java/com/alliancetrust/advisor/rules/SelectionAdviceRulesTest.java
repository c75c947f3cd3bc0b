package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.BENEVOLENCE;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Purpose;
import org.junit.jupiter.api.Test;

class SelectionAdviceRulesTest {
    private static final String RELATIONAL_ALONE = "Relational risk alone calls for behaviour and social controls";
    private static final String PERFORMANCE_ALONE = "Performance risk alone calls for output controls";
    private static final String BOTH = "Relational and performance risk together call for knowledge protection and an exit plan";
    private static final String PROTECT_IP = "Sensitive IP shared with a partner of unproven goodwill must be protected";
    private static final String PROTECT_IP_CALCULUS =
            "Sensitive IP shared at the calculus stage must be protected however good the goodwill looks";
    private static final String HR = "Before signing, HR reviews the partner's key people, sets partnership KPIs and plans the exit";

    @Test
    void a_partner_strong_on_every_count_gets_standard_governance_advice() {
        var result = given().strongOnEveryCount().evaluate();

        assertThat(result.adviceIds()).contains("verdict-proceed", "alliance-manager", "hr-key-people",
                "hr-partnership-kpis", "hr-exit-plan").doesNotContain("verdict-proceed-with-safeguards");
        assertThat(result.firedRuleNames()).contains(
                "A partner trustworthy on every count can be chosen with standard alliance governance", HR);
    }

    @Test
    void a_partner_with_a_moderate_element_gets_safeguards_and_an_alliance_manager() {
        var result = given().strongOnEveryCount().evidence("benevolence.negotiationReciprocity", "ONE_SIDED").evaluate();

        assertThat(result.adviceIds()).contains("verdict-proceed-with-safeguards", "alliance-manager")
                .doesNotContain("verdict-proceed");
        assertThat(result.firedRuleNames())
                .contains("A partner with moderate or unestablished elements can be chosen only with safeguards");
    }

    @Test
    void a_partner_to_reconsider_gets_no_alliance_manager_but_still_the_hr_checks() {
        var result = given().strongOnEveryCount().evidence("integrity.questionnaire", "REFUSED").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.advice("verdict-reconsider").priority()).isEqualTo(Priority.CRITICAL);
        assertThat(result.adviceIds()).contains("hr-key-people").doesNotContain("alliance-manager");
    }

    @Test
    void a_partner_ruled_out_gets_only_the_rejection_not_advice_on_how_to_go_ahead() {
        var result = given().strongOnEveryCount().expectedDurationYears(5).virtual(true)
                .evidence("integrity.negotiationHonesty", "MISREPRESENTATION").evaluate();

        assertThat(result.adviceIds()).contains("verdict-do-not-proceed").doesNotContain("alliance-manager",
                "hr-key-people", "stage-calculus", "controls-relational", "close-gaps-remaining", "virtual-collaboration",
                "review-clause");
        assertThat(result.firedRuleNames()).contains("A partner ruled out on integrity or goodwill should not be chosen")
                .doesNotContain(HR, RELATIONAL_ALONE);
    }

    @Test
    void relational_risk_alone_calls_for_behaviour_and_social_controls() {
        var result = given().strongCompetence().strongPredictability().strongBenevolence()
                .evidence("integrity.smallPromisesKept", "MIXED").evaluate();

        assertThat(result.advice("controls-relational").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(result.adviceIds()).doesNotContain("controls-performance", "controls-both");
        assertThat(result.firedRuleNames()).contains(RELATIONAL_ALONE).doesNotContain(PERFORMANCE_ALONE, BOTH);
    }

    @Test
    void performance_risk_alone_calls_for_output_controls() {
        var result = given().strongIntegrity().strongBenevolence().strongPredictability()
                .evidence("competence.pilotDelivery", "MISSED").evaluate();

        assertThat(result.advice("controls-performance").priority()).isEqualTo(Priority.HIGH);
        assertThat(result.adviceIds()).doesNotContain("controls-relational", "controls-both");
        assertThat(result.firedRuleNames()).contains(PERFORMANCE_ALONE).doesNotContain(RELATIONAL_ALONE, BOTH);
    }

    @Test
    void relational_and_performance_risk_together_call_for_knowledge_protection_and_an_exit_plan() {
        var result = given().strongIntegrity().strongPredictability()
                .evidence("competence.financialHealth", "STRONG")
                .evidence("benevolence.coInvestment", "REFUSED").evaluate();

        assertThat(result.adviceIds()).contains("controls-both").doesNotContain("controls-relational", "controls-performance");
        assertThat(result.firedRuleNames()).contains(BOTH).doesNotContain(RELATIONAL_ALONE, PERFORMANCE_ALONE);
    }

    @Test
    void unknown_integrity_turns_into_critical_due_diligence_listing_the_missing_checks() {
        var result = given().strongCompetence().evaluate();

        var gaps = result.evaluation().all(Advice.class).stream()
                .filter(a -> a.id().equals("close-gaps-critical")).toList();
        assertThat(gaps).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("integrity");
            assertThat(a.priority()).isEqualTo(Priority.CRITICAL);
            assertThat(a.items()).contains("integrity.sanctionsScreening", "integrity.litigationRecord", "integrity.keyPeopleConflicts").hasSize(11);
        });
    }

    @Test
    void unknown_goodwill_turns_into_due_diligence_before_committing_beyond_a_first_stage() {
        var result = given().strongCompetence().strongIntegrity().strongPredictability().evaluate();

        assertThat(result.advice("close-gaps-high").subject()).isEqualTo("benevolence");
        assertThat(result.advice("close-gaps-high").items()).hasSize(6);
        assertThat(result.adviceIds()).doesNotContain("close-gaps-critical");
    }

    @Test
    void a_partner_ruled_out_for_performance_is_told_so_without_any_word_on_honesty() {
        var result = given().strongIntegrity().evidence("competence.pilotDelivery", "MISSED")
                .evidence("predictability.deliveryRecord", "ERRATIC").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.adviceIds()).contains("verdict-do-not-proceed-performance").doesNotContain("verdict-do-not-proceed");
    }

    @Test
    void a_young_firm_that_missed_its_pilot_gets_performance_remedies_not_a_word_on_honesty() {
        var result = given().strongIntegrity().strongBenevolence().evidence("competence.yearsInDomain", 2)
                .evidence("competence.pilotDelivery", "MISSED").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.adviceIds()).contains("controls-performance", "short-record-pilot")
                .doesNotContain("controls-relational", "controls-both", "verdict-do-not-proceed");
    }

    @Test
    void a_short_record_already_proven_in_a_pilot_needs_no_pilot_advice() {
        var proven = given().strongIntegrity().evidence("competence.yearsInDomain", 2).evidence("competence.pilotDelivery", "MET").evaluate();

        assertThat(proven.adviceIds()).doesNotContain("short-record-pilot");
    }

    @Test
    void too_little_known_to_decide_gets_its_own_verdict_advice_and_the_gaps_to_close() {
        var result = given().evidence("competence.yearsInDomain", 25).evaluate();

        assertThat(result.advice("verdict-insufficient-evidence").priority()).isEqualTo(Priority.CRITICAL);
        assertThat(result.adviceIds()).contains("close-gaps-critical")
                .doesNotContain("verdict-proceed", "verdict-proceed-with-safeguards", "verdict-reconsider");
    }

    @Test
    void a_legal_bar_gets_the_referral_to_counsel_and_nothing_on_how_to_proceed() {
        var result = given().strongOnEveryCount().ipSensitivity(IpSensitivity.HIGH).expectedDurationYears(5)
                .evidence("integrity.sanctionsScreening", "CONFIRMED_HIT").evaluate();

        assertThat(result.adviceIds()).contains("verdict-prohibited").doesNotContain("verdict-do-not-proceed", "protect-ip",
                "controls-relational", "stage-calculus", "hr-key-people", "review-clause");
    }

    @Test
    void a_partner_ruled_out_gets_no_due_diligence_to_do() {
        var result = given().evidence("competence.financialHealth", "DISTRESSED")
                .evidence("predictability.deliveryRecord", "ERRATIC").evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.adviceIds()).doesNotContain("close-gaps-critical", "close-gaps-high", "close-gaps-remaining");
    }

    @Test
    void checks_not_yet_done_on_an_assessed_element_are_suggested_by_importance() {
        var result = given().strongOnEveryCount().evaluate();

        var remaining = result.evaluation().all(Advice.class).stream()
                .filter(a -> a.id().equals("close-gaps-remaining")).toList();
        assertThat(remaining).hasSize(4);
        assertThat(remaining).filteredOn(a -> a.subject().equals("integrity"))
                .singleElement().extracting(Advice::priority).isEqualTo(Priority.MEDIUM);
        assertThat(remaining).filteredOn(a -> a.subject().equals("benevolence"))
                .singleElement().extracting(Advice::priority).isEqualTo(Priority.LOW);
    }

    @Test
    void a_predictable_partner_with_low_goodwill_is_reliably_opportunistic() {
        var result = given().strongCompetence().strongIntegrity().strongPredictability()
                .evidence("benevolence.flexibilityInDifficulty", "EXPLOITED").evaluate();

        assertThat(result.advice("reliably-opportunistic").subject()).isEqualTo("benevolence");
        assertThat(result.firedRuleNames()).contains("A predictable partner with low goodwill or integrity is reliably opportunistic");
    }

    @Test
    void a_merely_moderately_predictable_partner_with_low_goodwill_is_not_called_reliably_opportunistic() {
        var result = given().strongCompetence().strongIntegrity()
                .evidence("predictability.responsiveness", "PROMPT").evidence("predictability.deliveryRecord", "VARIABLE")
                .evidence("benevolence.flexibilityInDifficulty", "EXPLOITED").evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.adviceIds()).doesNotContain("reliably-opportunistic");
    }

    @Test
    void each_trust_stage_gets_its_own_advice() {
        var calculus = given().strongOnEveryCount().priorAlliances(0).evaluate();
        var knowledge = given().strongOnEveryCount().priorAlliances(1).evaluate();
        var identification = given().strongOnEveryCount().priorAlliances(3).evaluate();

        assertThat(calculus.adviceIds()).contains("stage-calculus").doesNotContain("stage-knowledge", "stage-identification");
        assertThat(knowledge.adviceIds()).contains("stage-knowledge").doesNotContain("stage-calculus", "stage-identification");
        assertThat(identification.adviceIds()).contains("stage-identification")
                .doesNotContain("stage-calculus", "stage-knowledge");
    }

    @Test
    void goodwill_judged_high_without_shared_history_is_provisional() {
        var calculus = given().strongOnEveryCount().evaluate();
        var knowledge = given().strongOnEveryCount().priorAlliances(1).evaluate();

        assertThat(calculus.adviceIds()).contains("provisional-goodwill");
        assertThat(knowledge.adviceIds()).doesNotContain("provisional-goodwill");
    }

    @Test
    void a_mature_innovation_alliance_must_guard_against_over_trust_but_a_supply_alliance_need_not() {
        var innovation = given().strongOnEveryCount().purpose(Purpose.JOINT_RND).priorAlliances(3).evaluate();
        var supply = given().strongOnEveryCount().purpose(Purpose.SUPPLY).priorAlliances(3).evaluate();

        assertThat(innovation.adviceIds()).contains("watch-over-trust");
        assertThat(supply.adviceIds()).doesNotContain("watch-over-trust");
    }

    @Test
    void an_innovation_alliance_without_shared_history_needs_trust_building_from_the_start() {
        var first = given().strongOnEveryCount().purpose(Purpose.INNOVATION).evaluate();
        var mature = given().strongOnEveryCount().purpose(Purpose.INNOVATION).priorAlliances(3).evaluate();

        assertThat(first.adviceIds()).contains("innovation-trust-building").doesNotContain("watch-over-trust");
        assertThat(mature.adviceIds()).doesNotContain("innovation-trust-building");
    }

    @Test
    void sensitive_ip_shared_with_a_partner_of_moderate_goodwill_must_be_protected() {
        var result = given().strongOnEveryCount().ipSensitivity(IpSensitivity.HIGH)
                .evidence("benevolence.negotiationReciprocity", "ONE_SIDED").evaluate();

        assertThat(result.advice("protect-ip").priority()).isEqualTo(Priority.HIGH);
        assertThat(result.firedRuleNames()).contains(PROTECT_IP);
    }

    @Test
    void sensitive_ip_shared_with_a_partner_of_unknown_goodwill_must_be_protected() {
        var result = given().strongCompetence().strongIntegrity().ipSensitivity(IpSensitivity.HIGH).evaluate();

        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.adviceIds()).contains("protect-ip");
    }

    @Test
    void no_ip_protection_advice_when_goodwill_is_high_and_proven_by_shared_history() {
        var result = given().strongOnEveryCount().ipSensitivity(IpSensitivity.HIGH).priorAlliances(1).evaluate();

        assertThat(result.adviceIds()).doesNotContain("protect-ip");
        assertThat(result.firedRuleNames()).doesNotContain(PROTECT_IP, PROTECT_IP_CALCULUS);
    }

    @Test
    void sensitive_ip_at_the_calculus_stage_is_protected_however_good_the_goodwill_looks() {
        var result = given().strongOnEveryCount().ipSensitivity(IpSensitivity.HIGH).evaluate();

        assertThat(result.advice("protect-ip").priority()).isEqualTo(Priority.HIGH);
        assertThat(result.firedRuleNames()).contains(PROTECT_IP_CALCULUS).doesNotContain(PROTECT_IP);
    }

    @Test
    void no_ip_protection_advice_for_a_partner_ruled_out() {
        var result = given().strongCompetence().ipSensitivity(IpSensitivity.HIGH)
                .evidence("integrity.sanctionsScreening", "CONFIRMED_HIT").evaluate();

        assertThat(result.adviceIds()).doesNotContain("protect-ip");
    }

    @Test
    void no_ip_protection_advice_when_ip_sensitivity_is_only_medium() {
        var result = given().strongCompetence().strongIntegrity().ipSensitivity(IpSensitivity.MEDIUM).evaluate();

        assertThat(result.adviceIds()).doesNotContain("protect-ip");
    }

    @Test
    void a_disclosed_politically_exposed_director_calls_for_enhanced_checks() {
        var disclosed = given().strongOnEveryCount()
                .evidence("integrity.politicallyExposedDirectors", "PRESENT_DISCLOSED").evaluate();
        var none = given().strongOnEveryCount().evidence("integrity.politicallyExposedDirectors", "NONE").evaluate();

        assertThat(disclosed.adviceIds()).contains("pep-enhanced-checks");
        assertThat(none.adviceIds()).doesNotContain("pep-enhanced-checks");
    }

    @Test
    void competence_must_be_shown_in_each_domain_of_a_multi_domain_scope() {
        var two = given().strongOnEveryCount().scopeDomains("R&D", "manufacturing").evaluate();
        var one = given().strongOnEveryCount().scopeDomains("R&D").evaluate();

        assertThat(two.adviceIds()).contains("competence-per-domain");
        assertThat(one.adviceIds()).doesNotContain("competence-per-domain");
    }

    @Test
    void a_virtual_alliance_needs_explicit_communication_protocols() {
        var virtual = given().strongOnEveryCount().virtual(true).evaluate();
        var colocated = given().strongOnEveryCount().virtual(false).evaluate();

        assertThat(virtual.adviceIds()).contains("virtual-collaboration");
        assertThat(colocated.adviceIds()).doesNotContain("virtual-collaboration");
    }

    @Test
    void a_long_alliance_starting_at_the_calculus_stage_needs_a_review_clause() {
        var threeYears = given().strongOnEveryCount().expectedDurationYears(3).evaluate();
        var twoYears = given().strongOnEveryCount().expectedDurationYears(2).evaluate();
        var knownPartner = given().strongOnEveryCount().expectedDurationYears(5).priorAlliances(1).evaluate();

        assertThat(threeYears.adviceIds()).contains("review-clause");
        assertThat(twoYears.adviceIds()).doesNotContain("review-clause");
        assertThat(knownPartner.adviceIds()).doesNotContain("review-clause");
    }
}
