package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.CeoCommitment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.TimePressure;
import org.junit.jupiter.api.Test;

class DecisionContextRulesTest {
    private static final String PRESENT_FACTS = "A CEO leaning towards a doubtful partner needs the facts and the predicted outcomes";
    private static final String PURSUE_ALTERNATIVES = "A CEO set on a doubtful partner is relieved by real alternatives";
    private static final String IF_PROCEEDING = "A CEO who proceeds against the advice has the risk accepted at board level, with the safeguards and exit triggers";
    private static final String[] PACKAGE = {"ceo-if-proceeding", "if-proceeding-enhanced-due-diligence",
            "if-proceeding-compliance-clauses", "if-proceeding-staged-scope"};
    private static final String PRESSURE = "Time pressure must not cut the integrity checks";
    private static final String ALTERNATIVES = "A doubtful first candidate with no alternative considered calls for a look at others";

    /** Strong on every count but for a refused questionnaire: integrity LOW, verdict RECONSIDER. */
    private static RuleFixture doubtfulPartner() {
        return given().strongOnEveryCount().evidence("integrity.questionnaire", "REFUSED");
    }

    /** Strong on every count but for one-sided negotiation: verdict PROCEED_WITH_SAFEGUARDS. */
    private static RuleFixture partnerNeedingSafeguards() {
        return given().strongOnEveryCount().evidence("benevolence.negotiationReciprocity", "ONE_SIDED");
    }

    @Test
    void a_ceo_determined_on_a_doubtful_partner_gets_facts_alternatives_and_the_whole_if_proceeding_package() {
        var result = doubtfulPartner().ceo(CeoCommitment.DETERMINED).evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(result.advice("ceo-present-facts").priority()).isEqualTo(Priority.CRITICAL);
        assertThat(result.adviceIds()).contains("ceo-pursue-alternatives").contains(PACKAGE);
        assertThat(result.firedRuleNames()).contains(PRESENT_FACTS, PURSUE_ALTERNATIVES, IF_PROCEEDING);
    }

    @Test
    void a_ceo_merely_inclined_towards_a_doubtful_partner_gets_the_same_help() {
        var result = doubtfulPartner().ceo(CeoCommitment.INCLINED).evaluate();

        assertThat(result.adviceIds()).contains("ceo-present-facts", "ceo-pursue-alternatives").contains(PACKAGE);
    }

    @Test
    void the_worse_the_verdict_the_more_help_a_set_ceo_gets() {
        var worse = given().strongOnEveryCount().evidence("integrity.questionnaire", "REFUSED")
                .evidence("integrity.beneficialOwnership", "UNDISCLOSED").ceo(CeoCommitment.DETERMINED).evaluate();
        var better = doubtfulPartner().ceo(CeoCommitment.DETERMINED).evaluate();

        assertThat(worse.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(worse.adviceIds()).contains(PACKAGE).contains("controls-relational", "ceo-present-facts");
        // Every safeguard, briefing and if-proceeding advice the better case gets, the worse case gets too.
        var kb = com.alliancetrust.advisor.TestAdvisor.get().knowledge();
        var help = java.util.Set.of("SAFEGUARDS", "KNOWLEDGE_PROTECTION", "CEO_BRIEFING", "IF_THE_CEO_PROCEEDS", "LEGAL");
        assertThat(worse.adviceIds()).containsAll(better.adviceIds().stream()
                .filter(id -> help.contains(kb.adviceText(id).category())).toList());
    }

    @Test
    void compliance_clauses_are_part_of_the_package_only_when_integrity_is_in_doubt() {
        var performanceDoubt = given().strongIntegrity().strongBenevolence().evidence("competence.pilotDelivery", "MISSED")
                .ceo(CeoCommitment.DETERMINED).evaluate();

        assertThat(performanceDoubt.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(performanceDoubt.adviceIds()).contains("if-proceeding-staged-scope", "ceo-if-proceeding")
                .doesNotContain("if-proceeding-compliance-clauses");
    }

    @Test
    void a_cross_border_deal_into_corruption_risk_names_the_firms_own_legal_exposure() {
        var highRisk = given().strongOnEveryCount().countries("NG", "GB").evaluate();
        var lowRisk = given().strongOnEveryCount().countries("DK", "GB").evaluate();
        var domestic = given().strongOnEveryCount().countries("NG", "NG").evaluate();
        var government = given().strongOnEveryCount().countries("DK", "GB").governmentFacing(true).evaluate();

        assertThat(highRisk.adviceIds()).contains("legal-exposure-foreign-bribery");
        assertThat(lowRisk.adviceIds()).doesNotContain("legal-exposure-foreign-bribery");
        assertThat(domestic.adviceIds()).doesNotContain("legal-exposure-foreign-bribery");
        assertThat(government.adviceIds()).containsOnlyOnce("legal-exposure-foreign-bribery");
    }

    @Test
    void a_deal_through_intermediaries_where_corruption_risk_is_high_or_medium_exposes_the_firm_itself_once() {
        String rule = "A deal that goes through intermediaries in a country of high or medium corruption risk exposes the firm itself to foreign-bribery law";
        var domestic = given().strongOnEveryCount().countries("NG", "NG").intermediaries(true).evaluate();
        var lowRisk = given().strongOnEveryCount().countries("DK", "DK").intermediaries(true).evaluate();
        var none = given().strongOnEveryCount().countries("NG", "NG").intermediaries(false).evaluate();
        var crossBorder = given().strongOnEveryCount().countries("NG", "GB").intermediaries(true).evaluate();

        assertThat(domestic.adviceIds()).containsOnlyOnce("legal-exposure-foreign-bribery");
        assertThat(domestic.firedRuleNames()).contains(rule);
        assertThat(domestic.caseIds()).contains("outcome-legal-exposure");
        assertThat(lowRisk.adviceIds()).as("a near miss: low corruption risk").doesNotContain("legal-exposure-foreign-bribery");
        assertThat(lowRisk.firedRuleNames()).doesNotContain(rule);
        assertThat(none.adviceIds()).as("a near miss: no intermediaries").doesNotContain("legal-exposure-foreign-bribery");
        assertThat(crossBorder.adviceIds()).as("said once when the cross-border rule says it").containsOnlyOnce("legal-exposure-foreign-bribery");
        assertThat(crossBorder.firedRuleNames()).doesNotContain(rule);
    }

    @Test
    void a_legal_bar_gets_no_if_proceeding_package_and_no_legal_exposure_advice() {
        var result = given().strongOnEveryCount().countries("NG", "GB").evidence("integrity.sanctionsScreening", "CONFIRMED_HIT")
                .ceo(CeoCommitment.DETERMINED).evaluate();

        assertThat(result.adviceIds()).contains("verdict-prohibited", "ceo-pursue-alternatives")
                .doesNotContain(PACKAGE).doesNotContain("legal-exposure-foreign-bribery", "ceo-present-facts", "controls-relational");
    }

    @Test
    void an_open_ceo_needs_no_ceo_advice() {
        var result = doubtfulPartner().ceo(CeoCommitment.OPEN).evaluate();

        assertThat(result.adviceIds()).doesNotContain("ceo-present-facts", "ceo-pursue-alternatives", "ceo-if-proceeding");
        assertThat(result.firedRuleNames()).doesNotContain(PRESENT_FACTS, PURSUE_ALTERNATIVES, IF_PROCEEDING);
    }

    @Test
    void a_ceo_determined_on_a_partner_ruled_out_gets_the_same_ceo_advice() {
        var result = given().strongOnEveryCount().evidence("benevolence.ipAppropriation", "ESTABLISHED")
                .ceo(CeoCommitment.DETERMINED).evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.adviceIds()).contains("ceo-present-facts", "ceo-pursue-alternatives", "ceo-if-proceeding",
                "if-proceeding-enhanced-due-diligence", "if-proceeding-staged-scope");
    }

    @Test
    void a_ceo_determined_on_a_partner_that_can_go_ahead_with_safeguards_needs_no_ceo_advice() {
        var result = partnerNeedingSafeguards().ceo(CeoCommitment.DETERMINED).evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(result.adviceIds()).doesNotContain("ceo-present-facts", "ceo-pursue-alternatives", "ceo-if-proceeding");
    }

    @Test
    void time_pressure_with_missing_integrity_evidence_keeps_the_integrity_checks() {
        var result = given().strongCompetence().evidence("integrity.litigationRecord", "NONE")
                .timePressure(TimePressure.HIGH).evaluate();

        var advice = result.advice("pressure-keep-integrity-checks");
        assertThat(advice.priority()).isEqualTo(Priority.HIGH);
        assertThat(advice.subject()).isEqualTo("integrity");
        assertThat(advice.items()).hasSize(10).contains("integrity.sanctionsScreening", "integrity.keyPeopleMisconduct")
                .doesNotContain("integrity.litigationRecord");
        assertThat(result.firedRuleNames()).contains(PRESSURE);
    }

    @Test
    void time_pressure_with_every_integrity_check_done_needs_no_reminder() {
        var result = given().strongCompetence().strongIntegrity().evidence("integrity.adverseMedia", "NONE")
                .evidence("integrity.politicallyExposedDirectors", "NONE")
                .evidence("integrity.negotiationHonesty", "CONSISTENT")
                .evidence("integrity.smallPromisesKept", "KEPT")
                .evidence("integrity.antiBriberyProgramme", "CERTIFIED")
                .evidence("integrity.keyPeopleMisconduct", "NONE_FOUND").evidence("integrity.keyPeopleConflicts", "NONE_FOUND")
                .timePressure(TimePressure.HIGH).evaluate();

        assertThat(result.adviceIds()).doesNotContain("pressure-keep-integrity-checks");
        assertThat(result.firedRuleNames()).doesNotContain(PRESSURE);
    }

    @Test
    void moderate_time_pressure_does_not_trigger_the_integrity_reminder() {
        var result = given().strongCompetence().timePressure(TimePressure.MODERATE).evaluate();

        assertThat(result.adviceIds()).doesNotContain("pressure-keep-integrity-checks");
    }

    @Test
    void time_pressure_on_a_partner_already_ruled_out_needs_no_integrity_reminder() {
        var result = given().strongCompetence().evidence("integrity.sanctionsScreening", "CONFIRMED_HIT")
                .timePressure(TimePressure.HIGH).evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.adviceIds()).doesNotContain("pressure-keep-integrity-checks");
    }

    @Test
    void a_doubtful_first_candidate_with_no_alternative_considered_calls_for_a_look_at_others() {
        var result = doubtfulPartner().alternativesConsidered(0).evaluate();

        assertThat(result.adviceIds()).contains("consider-alternatives");
        assertThat(result.firedRuleNames()).contains(ALTERNATIVES);
    }

    @Test
    void no_look_at_others_once_an_alternative_has_been_considered() {
        var result = doubtfulPartner().alternativesConsidered(1).evaluate();

        assertThat(result.adviceIds()).doesNotContain("consider-alternatives");
        assertThat(result.firedRuleNames()).doesNotContain(ALTERNATIVES);
    }

    @Test
    void no_look_at_others_for_a_partner_that_may_proceed_outright() {
        var result = given().strongOnEveryCount().alternativesConsidered(0).evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(result.adviceIds()).doesNotContain("consider-alternatives");
    }

    @Test
    void no_look_at_others_for_a_partner_already_ruled_out() {
        var result = given().strongOnEveryCount().evidence("integrity.negotiationHonesty", "MISREPRESENTATION")
                .alternativesConsidered(0).evaluate();

        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.adviceIds()).doesNotContain("consider-alternatives");
    }

    @Test
    void a_determined_ceo_gets_the_ceo_alternatives_advice_instead_of_the_general_one() {
        var result = doubtfulPartner().ceo(CeoCommitment.DETERMINED).alternativesConsidered(0).evaluate();

        assertThat(result.adviceIds()).contains("ceo-pursue-alternatives").doesNotContain("consider-alternatives");
        assertThat(result.firedRuleNames()).contains(PURSUE_ALTERNATIVES).doesNotContain(ALTERNATIVES);
    }
}
