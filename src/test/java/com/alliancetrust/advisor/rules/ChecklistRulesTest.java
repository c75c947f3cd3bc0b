package com.alliancetrust.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.CatalogueItem;
import com.alliancetrust.advisor.domain.ChecklistPick;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Given/then tests of {@code rules/checklist/}: each rule group with a deal it applies to and a near
 * miss it does not. The whole catalogue is always present, as in a real request.
 */
class ChecklistRulesTest {
    private static final String BASELINE = "Every deal checks the fit, the integrity basics, the partner's ability and the way out";
    private static final String SETTLED = "A basic check the assessment already settled only needs its record kept";
    private static final String UNKNOWN = "Evidence the assessment lacked for an unknown trust element becomes the check that would establish it";
    private static final String RED_FLAG = "A red flag in the assessment becomes the check that would confirm or clear it";
    private static final String AGAINST = "Each finding the assessment left to resolve becomes the check that would resolve it";
    private static final List<String> BASELINE_ITEMS = List.of("sf-objectives-aligned", "sf-strategic-rationale", "co-domain-track-record",
            "fi-audited-statements", "ic-sanctions-screening", "ic-litigation-search", "ic-beneficial-ownership", "gv-decision-rights",
            "gv-kpis", "ex-exit-triggers");

    /** The facts of one deal, on top of the full catalogue. */
    private static final class Deal {
        private final List<Object> facts = new ArrayList<>();

        Deal() {
            TestAdvisor.get().knowledge().checklist().values()
                    .forEach(i -> facts.add(new CatalogueItem(i.id(), i.section().name(), i.resolves())));
        }

        Deal with(String name, String value) {
            facts.add(Fact.of(name, value));
            return this;
        }

        Deal with(String name, int number) {
            facts.add(Fact.of(name, number));
            return this;
        }

        Outcome evaluate() {
            return new Outcome(TestAdvisor.get().engine("checklist").evaluate(facts));
        }
    }

    private record Outcome(Evaluation evaluation) {
        /** Item to the most urgent priority any rule gave it. */
        Map<String, Priority> items() {
            Map<String, Priority> items = new TreeMap<>();
            for (ChecklistPick p : evaluation.all(ChecklistPick.class)) items.merge(p.itemId(), p.priority(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            return items;
        }

        List<String> fired() {
            return evaluation.trace().stream().map(RuleInfo::name).toList();
        }
    }

    private static Deal given() {
        return new Deal();
    }

    @Test
    void any_deal_gets_the_baseline_checks_and_nothing_else_without_context() {
        var result = given().evaluate();

        assertThat(result.items().keySet()).containsExactlyInAnyOrderElementsOf(BASELINE_ITEMS);
        assertThat(result.items().values()).containsOnly(Priority.HIGH);
        assertThat(result.fired()).containsOnly(BASELINE);
    }

    @Test
    void a_cross_border_deal_compares_cultures_and_a_domestic_one_does_not() {
        assertThat(given().with("checklist.crossBorder", "YES").evaluate().items())
                .containsEntry("cu-culture-assessment", Priority.MEDIUM).containsKeys("cu-decision-process", "cu-language-and-communication");
        assertThat(given().with("checklist.crossBorder", "NO").evaluate().items()).doesNotContainKeys("cu-culture-assessment", "cu-decision-process");
    }

    @Test
    void export_controls_are_checked_only_when_technology_crosses_a_border() {
        assertThat(given().with("checklist.crossBorder", "YES").with("checklist.purpose", "LICENSING").evaluate().items())
                .containsEntry("ic-export-controls", Priority.HIGH);
        assertThat(given().with("checklist.crossBorder", "YES").with("checklist.ipSensitivity", "HIGH").evaluate().items())
                .containsKey("ic-export-controls");
        assertThat(given().with("checklist.crossBorder", "YES").with("checklist.purpose", "DISTRIBUTION").evaluate().items())
                .doesNotContainKey("ic-export-controls");
        assertThat(given().with("checklist.crossBorder", "NO").with("checklist.purpose", "JOINT_RND").evaluate().items())
                .doesNotContainKey("ic-export-controls");
    }

    @Test
    void corruption_risk_of_the_partner_country_sets_how_far_the_anti_bribery_checks_go() {
        var high = given().with("checklist.corruptionRisk", "HIGH").evaluate().items();
        var medium = given().with("checklist.corruptionRisk", "MEDIUM").evaluate().items();
        var low = given().with("checklist.corruptionRisk", "LOW").evaluate().items();

        assertThat(high).containsEntry("ic-anti-bribery-programme", Priority.CRITICAL).containsEntry("ic-third-party-agents", Priority.CRITICAL)
                .containsEntry("ic-pep-screening", Priority.CRITICAL).containsEntry("ic-government-touchpoints", Priority.CRITICAL);
        assertThat(medium).containsEntry("ic-anti-bribery-programme", Priority.HIGH).containsEntry("ic-pep-screening", Priority.HIGH)
                .doesNotContainKeys("ic-third-party-agents", "ic-government-touchpoints");
        assertThat(low).doesNotContainKeys("ic-anti-bribery-programme", "ic-pep-screening", "ic-third-party-agents");
    }

    @Test
    void government_facing_work_gets_the_officials_and_bribery_checks_whatever_the_country() {
        assertThat(given().with("checklist.governmentFacing", "YES").with("checklist.corruptionRisk", "LOW").evaluate().items())
                .containsEntry("ic-government-touchpoints", Priority.CRITICAL).containsEntry("ic-pep-screening", Priority.CRITICAL);
        assertThat(given().with("checklist.governmentFacing", "NO").evaluate().items()).doesNotContainKey("ic-government-touchpoints");
    }

    @Test
    void a_deal_through_intermediaries_checks_each_of_them_and_the_anti_bribery_programme_first() {
        String rule = "A deal that goes through intermediaries has each of them and the partner's anti-bribery programme checked";
        var through = given().with("checklist.intermediaries", "YES").with("checklist.corruptionRisk", "LOW").evaluate();
        var without = given().with("checklist.intermediaries", "NO").evaluate();

        assertThat(through.items()).containsEntry("ic-third-party-agents", Priority.CRITICAL).containsEntry("ic-anti-bribery-programme", Priority.CRITICAL);
        assertThat(through.fired()).contains(rule);
        assertThat(without.items()).doesNotContainKeys("ic-third-party-agents", "ic-anti-bribery-programme");
        assertThat(without.fired()).doesNotContain(rule);
    }

    @Test
    void ip_sensitivity_sets_the_ip_checks() {
        var high = given().with("checklist.ipSensitivity", "HIGH").evaluate().items();
        var medium = given().with("checklist.ipSensitivity", "MEDIUM").evaluate().items();
        var low = given().with("checklist.ipSensitivity", "LOW").evaluate().items();

        assertThat(high).containsEntry("ip-nda-in-place", Priority.CRITICAL).containsEntry("ip-ownership-audit", Priority.CRITICAL)
                .containsEntry("rh-ip-conduct-history", Priority.CRITICAL);
        assertThat(medium).containsEntry("ip-nda-in-place", Priority.HIGH).containsEntry("ip-information-protocol", Priority.HIGH)
                .doesNotContainKeys("ip-ownership-audit", "rh-ip-conduct-history");
        assertThat(low).doesNotContainKeys("ip-nda-in-place", "ip-information-protocol");
    }

    @Test
    void a_competitor_as_partner_needs_a_clean_team_and_competition_law_boundaries() {
        assertThat(given().with("checklist.partnerIsCompetitor", "YES").evaluate().items())
                .containsEntry("ip-clean-team", Priority.CRITICAL).containsEntry("gv-competition-boundaries", Priority.CRITICAL);
        assertThat(given().with("checklist.partnerIsCompetitor", "NO").evaluate().items()).doesNotContainKeys("ip-clean-team", "gv-competition-boundaries");
    }

    @Test
    void a_virtual_alliance_checks_its_platform_and_data_protection() {
        assertThat(given().with("checklist.virtual", "YES").evaluate().items())
                .containsEntry("ip-secure-platform", Priority.HIGH).containsEntry("ic-data-protection", Priority.HIGH);
        assertThat(given().with("checklist.virtual", "NO").evaluate().items()).doesNotContainKeys("ip-secure-platform", "ic-data-protection");
    }

    @Test
    void the_purpose_of_the_alliance_adds_its_own_checks_and_only_those() {
        assertThat(given().with("checklist.purpose", "JOINT_RND").evaluate().items()).containsKeys("co-pilot-project", "ip-ownership-audit", "co-key-people-cvs")
                .doesNotContainKeys("co-capacity-check", "rh-delivery-record");
        assertThat(given().with("checklist.purpose", "SUPPLY").evaluate().items()).containsKeys("co-capacity-check", "rh-delivery-record", "co-certifications")
                .doesNotContainKeys("co-pilot-project", "ip-ownership-audit");
        assertThat(given().with("checklist.purpose", "DISTRIBUTION").evaluate().items()).containsKeys("ic-third-party-agents", "co-performance-references");
        assertThat(given().with("checklist.purpose", "LICENSING").evaluate().items()).containsKeys("ip-ownership-audit", "rh-ip-conduct-history");
        assertThat(given().with("checklist.purpose", "JOINT_VENTURE").evaluate().items())
                .containsKeys("fi-funding-commitments", "fi-credit-and-liens", "gv-joint-committee", "cu-hr-integration", "ex-unwinding-plan");
        assertThat(given().with("checklist.purpose", "CO_MARKETING").evaluate().items()).containsEntry("sf-partner-priority", Priority.MEDIUM)
                .doesNotContainKeys("fi-funding-commitments", "co-capacity-check", "ip-ownership-audit");
    }

    @Test
    void a_ceo_under_pressure_gets_alternatives_and_a_documented_risk_acceptance_first() {
        assertThat(given().with("checklist.ceoPressure", "YES").evaluate().items())
                .containsEntry("sf-alternatives-compared", Priority.CRITICAL).containsEntry("ex-risk-acceptance", Priority.CRITICAL);
        assertThat(given().with("checklist.ceoPressure", "NO").evaluate().items()).doesNotContainKeys("sf-alternatives-compared", "ex-risk-acceptance");
    }

    @Test
    void the_length_of_the_commitment_adds_governance_and_then_funding_checks() {
        var three = given().with("checklist.expectedDurationYears", 3).evaluate().items();
        var five = given().with("checklist.expectedDurationYears", 5).evaluate().items();
        var two = given().with("checklist.expectedDurationYears", 2).evaluate().items();

        assertThat(three).containsKeys("gv-alliance-managers", "gv-escalation-ladder").doesNotContainKey("fi-credit-and-liens");
        assertThat(five).containsEntry("fi-credit-and-liens", Priority.MEDIUM).containsKey("fi-funding-commitments");
        assertThat(two).doesNotContainKeys("gv-alliance-managers", "fi-credit-and-liens");
    }

    @Test
    void an_unknown_element_turns_into_the_checks_that_would_establish_its_evidence() {
        var result = given().with("assessment.unknownEvidence", "benevolence.ipAppropriation")
                .with("assessment.unknownEvidence", "benevolence.coInvestment").evaluate();

        assertThat(result.items()).containsEntry("rh-ip-conduct-history", Priority.HIGH).containsEntry("rh-co-investment-test", Priority.HIGH)
                .doesNotContainKey("rh-dispute-history");
        assertThat(result.fired()).contains(UNKNOWN);
    }

    @Test
    void a_red_flag_turns_into_the_check_that_would_confirm_or_clear_it() {
        var flagged = given().with("assessment.redFlagField", "integrity.litigationRecord").with("integrity.litigationRecord", "SERIOUS").evaluate();
        var financial = given().with("assessment.redFlagField", "competence.financialHealth").with("competence.financialHealth", "DISTRESSED").evaluate();

        assertThat(flagged.items()).containsEntry("ic-litigation-search", Priority.CRITICAL);
        assertThat(flagged.fired()).contains(RED_FLAG).doesNotContain(SETTLED);
        assertThat(financial.items()).containsEntry("fi-audited-statements", Priority.CRITICAL).containsEntry("fi-credit-and-liens", Priority.CRITICAL);
    }

    @Test
    void a_basic_check_the_assessment_already_settled_favourably_drops_to_low() {
        var settled = given().with("integrity.litigationRecord", "NONE").with("competence.yearsInDomain", 14).evaluate();

        assertThat(settled.items()).containsEntry("ic-litigation-search", Priority.LOW).containsEntry("co-domain-track-record", Priority.LOW)
                .containsEntry("ic-sanctions-screening", Priority.HIGH);
        assertThat(settled.fired()).contains(SETTLED);
    }

    @Test
    void a_finding_the_assessment_left_to_resolve_is_checked_not_filed() {
        var finding = given().with("integrity.beneficialOwnership", "PARTIAL").with("assessment.evidenceAgainst", "integrity.beneficialOwnership")
                .evaluate();
        var clean = given().with("integrity.beneficialOwnership", "DISCLOSED").evaluate();

        assertThat(finding.items()).containsEntry("ic-beneficial-ownership", Priority.HIGH);
        assertThat(finding.fired()).contains(AGAINST).doesNotContain(SETTLED);
        assertThat(clean.items()).containsEntry("ic-beneficial-ownership", Priority.LOW);
        assertThat(clean.fired()).contains(SETTLED).doesNotContain(AGAINST);
    }
}
