package com.alliancetrust.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.contract.ContractBalanceRequest;
import com.alliancetrust.advisor.domain.ControlProvision;
import com.alliancetrust.advisor.domain.CoordinationProvision;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.DraftReaction;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.TrustLevel;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.Trend;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.ContractPosition;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given/then tests of {@code rules/contract/balance.drl}: each rule group with a case that matches and a near miss. */
class ContractBalanceRulesTest {
    private static final String COMPLACENT = "An innovation alliance with very high trust, little challenge and falling output has grown complacent";
    private static final String CONTROL_HEAVY = "Controls outweighing coordination by more than the relationship warrants make a control-heavy contract";
    private static final String NO_CONTROL_EARLY = "No control provision at the calculus stage without established trust leaves the firm under-protected";
    private static final String LOW_TRUST_FEW_CONTROLS = "Low trust with at most one control provision leaves the firm under-protected";
    private static final String UNDER_COORDINATED = "A contract with at most one coordination provision says too little about how the partners will work together";
    private static final String BALANCED = "Proportionate controls and enough coordination for a known relationship make a balanced contract";
    private static final String CANNOT_PLACE = "Without the contract's provisions or anything about the relationship the contract cannot be placed";

    private static final ControlProvision[] THREE_CONTROLS = {ControlProvision.MONITORING_AUDIT, ControlProvision.PENALTIES,
            ControlProvision.UNILATERAL_TERMINATION};
    private static final CoordinationProvision[] THREE_COORDINATION = {CoordinationProvision.ROLES, CoordinationProvision.DECISION_RIGHTS,
            CoordinationProvision.JOINT_COMMITTEE};

    /** A contract and relationship described field by field; whatever is not set is unknown. */
    private static final class Deal {
        List<ControlProvision> controls;
        List<CoordinationProvision> coordination;
        Boolean review, flexibility, reciprocal, ipProtocol, relationshipBased;
        Integer pages, prior, ageMonths, challenge;
        TrustStage stage;
        TrustLevel trust;
        Purpose purpose;
        IpSensitivity ip;
        Trend output;
        DraftReaction reaction;

        Deal controls(ControlProvision... p) { controls = new ArrayList<>(Arrays.asList(p)); return this; }
        Deal coordination(CoordinationProvision... p) { coordination = new ArrayList<>(Arrays.asList(p)); return this; }
        Deal stage(TrustStage s) { stage = s; return this; }
        Deal trust(TrustLevel t) { trust = t; return this; }
        Deal prior(int n) { prior = n; return this; }
        Deal purpose(Purpose p) { purpose = p; return this; }
        Deal ageMonths(int n) { ageMonths = n; return this; }
        Deal ip(IpSensitivity s) { ip = s; return this; }
        Deal innovation(Trend t, int c) { output = t; challenge = c; return this; }
        Deal review(boolean b) { review = b; return this; }
        Deal flexibility(boolean b) { flexibility = b; return this; }
        Deal reciprocal(boolean b) { reciprocal = b; return this; }
        Deal ipProtocol(boolean b) { ipProtocol = b; return this; }
        Deal pages(int n) { pages = n; return this; }
        Deal partner(Boolean relationship, DraftReaction r) { relationshipBased = relationship; reaction = r; return this; }

        ContractBalanceRequest request() {
            return new ContractBalanceRequest(new ContractBalanceRequest.Contract(controls, coordination, review, flexibility, reciprocal, ipProtocol, pages),
                    new ContractBalanceRequest.Relationship(stage, prior, trust),
                    new ContractBalanceRequest.AllianceFacts(purpose, ageMonths, null, ip),
                    new ContractBalanceRequest.Innovation(output, challenge), new ContractBalanceRequest.PartnerSide(relationshipBased, reaction));
        }

        Outcome evaluate() {
            return new Outcome(TestAdvisor.get().engine("contract").evaluate(ContractBalanceService.facts(TestAdvisor.get().knowledge(), request())));
        }
    }

    private record Outcome(Evaluation evaluation) {
        String position() {
            List<ContractPosition> positions = evaluation.all(ContractPosition.class);
            assertThat(positions).as("exactly one position").hasSize(1);
            return positions.get(0).position();
        }

        List<String> advice() {
            return evaluation.all(Advice.class).stream().map(Advice::id).toList();
        }

        List<String> fired() {
            return evaluation.trace().stream().map(RuleInfo::name).toList();
        }
    }

    private static Deal given() {
        return new Deal();
    }

    /** Three coordination provisions, a calculus-stage relationship with moderate trust: neutral ground for one feature at a time. */
    private static Deal ordinary() {
        return given().coordination(THREE_COORDINATION).stage(TrustStage.CALCULUS).trust(TrustLevel.MODERATE).purpose(Purpose.SUPPLY);
    }

    // --- over-trust ---

    @Test
    void an_innovation_alliance_with_very_high_trust_little_challenge_and_falling_output_is_over_trusting() {
        var result = given().purpose(Purpose.JOINT_RND).trust(TrustLevel.VERY_HIGH).innovation(Trend.FALLING, 2)
                .controls(ControlProvision.MONITORING_AUDIT).coordination(THREE_COORDINATION).evaluate();

        assertThat(result.position()).isEqualTo("OVER_TRUSTING");
        assertThat(result.advice()).contains("contract-position-over-trusting", "reintroduce-task-conflict", "keep-contract-with-trust")
                .doesNotContain("watch-for-over-trust");
        assertThat(result.fired()).contains(COMPLACENT);
    }

    @Test
    void the_same_signs_in_a_supply_alliance_are_not_over_trust() {
        var result = given().purpose(Purpose.SUPPLY).trust(TrustLevel.VERY_HIGH).innovation(Trend.FALLING, 1)
                .controls(ControlProvision.MONITORING_AUDIT).coordination(THREE_COORDINATION).evaluate();

        assertThat(result.position()).isEqualTo("BALANCED");
        assertThat(result.advice()).doesNotContain("reintroduce-task-conflict", "contract-position-over-trusting", "watch-for-over-trust");
        assertThat(result.fired()).doesNotContain(COMPLACENT);
    }

    @Test
    void very_high_trust_in_an_innovation_alliance_that_still_challenges_is_watched_not_treated() {
        var result = given().purpose(Purpose.INNOVATION).trust(TrustLevel.VERY_HIGH).innovation(Trend.FALLING, 3)
                .controls(ControlProvision.MONITORING_AUDIT).coordination(THREE_COORDINATION).evaluate();

        assertThat(result.position()).isNotEqualTo("OVER_TRUSTING");
        assertThat(result.advice()).contains("watch-for-over-trust").doesNotContain("reintroduce-task-conflict");
    }

    // --- control-heavy ---

    @Test
    void three_controls_and_fewer_than_three_coordination_provisions_make_a_control_heavy_contract() {
        var result = ordinary().controls(THREE_CONTROLS).coordination(CoordinationProvision.ROLES, CoordinationProvision.ROLES).evaluate();

        assertThat(result.position()).isEqualTo("CONTROL_HEAVY");
        assertThat(result.advice()).contains("contract-position-control-heavy", "rebalance-toward-coordination", "explain-safeguards");
        assertThat(result.fired()).contains(CONTROL_HEAVY);
    }

    @Test
    void three_controls_matched_by_three_coordination_provisions_are_balanced_early_on() {
        var result = ordinary().controls(THREE_CONTROLS).evaluate();

        assertThat(result.position()).isEqualTo("BALANCED");
        assertThat(result.advice()).doesNotContain("rebalance-toward-coordination", "explain-safeguards");
        assertThat(result.fired()).contains(BALANCED).doesNotContain(CONTROL_HEAVY);
    }

    @Test
    void controls_are_never_judged_heavy_against_coordination_provisions_that_were_not_described() {
        var result = given().controls(THREE_CONTROLS).stage(TrustStage.CALCULUS).evaluate();

        assertThat(result.position()).isEqualTo("UNKNOWN");
        assertThat(result.advice()).contains("contract-position-unknown", "keep-contract-with-trust")
                .doesNotContain("rebalance-toward-coordination", "contract-position-control-heavy");
        assertThat(result.fired()).contains(CANNOT_PLACE).doesNotContain(CONTROL_HEAVY);
    }

    @Test
    void once_trust_is_high_controls_outnumbering_coordination_make_the_contract_control_heavy() {
        ControlProvision[] four = {ControlProvision.MONITORING_AUDIT, ControlProvision.PENALTIES, ControlProvision.LIQUIDATED_DAMAGES,
                ControlProvision.UNILATERAL_TERMINATION};
        var byTrust = ordinary().controls(four).trust(TrustLevel.HIGH).evaluate();
        var byStage = ordinary().controls(four).stage(TrustStage.KNOWLEDGE).evaluate();
        var stillEarly = ordinary().controls(four).evaluate();

        assertThat(byTrust.position()).isEqualTo("CONTROL_HEAVY");
        assertThat(byTrust.fired()).contains(CONTROL_HEAVY);
        assertThat(byStage.position()).isEqualTo("CONTROL_HEAVY");
        assertThat(stillEarly.position()).as("the same contract at the calculus stage with moderate trust").isEqualTo("BALANCED");
        assertThat(stillEarly.fired()).doesNotContain(CONTROL_HEAVY);
    }

    @Test
    void the_control_heavy_position_is_explained_by_both_counts() {
        var result = ContractBalanceService.advise(TestAdvisor.get(), ordinary().controls(THREE_CONTROLS)
                .coordination(CoordinationProvision.ROLES).request());

        assertThat(result.position()).isEqualTo("CONTROL_HEAVY");
        assertThat(result.explanation().facts()).extracting(f -> f.field() + "=" + f.value())
                .contains("contract.controlCount=3", "contract.coordinationCount=1");
        assertThat(result.explanation().why()).contains("Control provisions raise confidence");
    }

    // --- under-protected ---

    @Test
    void no_control_at_the_calculus_stage_without_established_trust_leaves_the_firm_under_protected() {
        var atCalculus = ordinary().controls().evaluate();
        var firstAllianceNoStageGiven = given().controls().coordination(THREE_COORDINATION).prior(0).evaluate();

        assertThat(atCalculus.position()).isEqualTo("UNDER_PROTECTED");
        assertThat(atCalculus.advice()).contains("contract-position-under-protected", "add-matching-safeguards");
        assertThat(atCalculus.fired()).contains(NO_CONTROL_EARLY);
        assertThat(firstAllianceNoStageGiven.position()).isEqualTo("UNDER_PROTECTED");
    }

    @Test
    void no_control_is_not_under_protection_once_trust_is_high_or_the_relationship_has_moved_on() {
        var highTrust = ordinary().controls().trust(TrustLevel.HIGH).evaluate();
        var knowledgeStage = ordinary().controls().stage(TrustStage.KNOWLEDGE).evaluate();

        assertThat(highTrust.position()).isEqualTo("BALANCED");
        assertThat(knowledgeStage.position()).isEqualTo("BALANCED");
        assertThat(highTrust.fired()).doesNotContain(NO_CONTROL_EARLY);
        assertThat(knowledgeStage.advice()).doesNotContain("add-matching-safeguards");
    }

    @Test
    void low_trust_with_a_single_control_is_under_protected_at_any_stage() {
        var one = ordinary().controls(ControlProvision.UNILATERAL_TERMINATION).stage(TrustStage.KNOWLEDGE).trust(TrustLevel.LOW).evaluate();
        var two = ordinary().controls(ControlProvision.UNILATERAL_TERMINATION, ControlProvision.MONITORING_AUDIT)
                .stage(TrustStage.KNOWLEDGE).trust(TrustLevel.LOW).evaluate();

        assertThat(one.position()).isEqualTo("UNDER_PROTECTED");
        assertThat(one.fired()).contains(LOW_TRUST_FEW_CONTROLS);
        assertThat(two.position()).isEqualTo("BALANCED");
        assertThat(two.fired()).doesNotContain(LOW_TRUST_FEW_CONTROLS);
    }

    // --- under-coordinated, balanced, unknown ---

    @Test
    void a_contract_with_one_coordination_provision_is_under_coordinated_and_adds_coordination() {
        var result = ordinary().controls(ControlProvision.UNILATERAL_TERMINATION).coordination(CoordinationProvision.ROLES)
                .stage(TrustStage.KNOWLEDGE).evaluate();
        var two = ordinary().controls(ControlProvision.UNILATERAL_TERMINATION)
                .coordination(CoordinationProvision.ROLES, CoordinationProvision.ESCALATION_LADDER).stage(TrustStage.KNOWLEDGE).evaluate();

        assertThat(result.position()).isEqualTo("UNDER_COORDINATED");
        assertThat(result.advice()).contains("contract-position-under-coordinated", "rebalance-toward-coordination")
                .doesNotContain("explain-safeguards");
        assertThat(result.fired()).contains(UNDER_COORDINATED);
        assertThat(two.position()).isEqualTo("BALANCED");
        assertThat(two.advice()).doesNotContain("rebalance-toward-coordination");
    }

    @Test
    void nothing_described_cannot_be_placed_and_still_keeps_the_contract() {
        var nothing = given().evaluate();
        var provisionsButNoRelationship = given().controls(ControlProvision.PENALTIES).coordination(THREE_COORDINATION).evaluate();

        assertThat(nothing.position()).isEqualTo("UNKNOWN");
        assertThat(nothing.advice()).containsExactlyInAnyOrder("contract-position-unknown", "keep-contract-with-trust");
        assertThat(provisionsButNoRelationship.position()).isEqualTo("UNKNOWN");
        assertThat(provisionsButNoRelationship.fired()).doesNotContain(BALANCED);
    }

    @Test
    void every_position_comes_with_the_advice_to_keep_the_contract() {
        for (Deal deal : List.of(given(), ordinary().controls(), ordinary().controls(THREE_CONTROLS).coordination(),
                ordinary().controls(ControlProvision.PENALTIES), ordinary().controls(ControlProvision.PENALTIES).coordination(),
                given().purpose(Purpose.JOINT_RND).trust(TrustLevel.VERY_HIGH).innovation(Trend.FALLING, 1))) {
            var result = deal.evaluate();
            assertThat(result.advice()).as("position %s", result.position()).contains("keep-contract-with-trust");
        }
    }

    // --- single features ---

    @Test
    void controls_without_a_review_clause_get_one_added() {
        assertThat(ordinary().controls(ControlProvision.PENALTIES).review(false).evaluate().advice()).contains("add-review-clause");
        assertThat(ordinary().controls(ControlProvision.PENALTIES).review(true).evaluate().advice()).doesNotContain("add-review-clause");
        assertThat(ordinary().controls().review(false).evaluate().advice()).as("nothing to relax").doesNotContain("add-review-clause");
        assertThat(ordinary().controls(ControlProvision.PENALTIES).evaluate().advice()).as("review clause unknown")
                .doesNotContain("add-review-clause");
    }

    @Test
    void an_alliance_past_eighteen_months_with_grown_trust_and_unreviewed_controls_reviews_them_now() {
        Deal mature = ordinary().controls(ControlProvision.PENALTIES, ControlProvision.MONITORING_AUDIT).stage(TrustStage.KNOWLEDGE).review(false);
        var result = mature.ageMonths(24).evaluate();

        assertThat(result.advice()).contains("review-controls-now", "add-review-clause");
        assertThat(result.fired()).contains("An alliance of 18 months or more whose controls were never reviewed reviews them now that trust has grown");
        assertThat(mature.ageMonths(12).evaluate().advice()).doesNotContain("review-controls-now");
        assertThat(ordinary().controls(ControlProvision.PENALTIES, ControlProvision.MONITORING_AUDIT).review(false).ageMonths(30).evaluate()
                .advice()).as("still at the calculus stage with moderate trust").doesNotContain("review-controls-now");
    }

    @Test
    void repeated_alliances_justify_lighter_safeguards_unless_trust_in_the_partner_is_low() {
        Deal repeat = ordinary().controls(THREE_CONTROLS).prior(3).stage(TrustStage.KNOWLEDGE);
        assertThat(repeat.evaluate().advice()).contains("lighter-safeguards-for-repeat-partner");
        assertThat(repeat.trust(TrustLevel.LOW).evaluate().advice()).doesNotContain("lighter-safeguards-for-repeat-partner");
        assertThat(ordinary().controls(THREE_CONTROLS).prior(1).evaluate().advice()).doesNotContain("lighter-safeguards-for-repeat-partner");
    }

    @Test
    void a_relationship_based_partner_gets_the_contract_framed_as_a_shared_reference() {
        assertThat(ordinary().controls(THREE_CONTROLS).partner(true, null).evaluate().advice()).contains("frame-contract-as-shared-reference");
        assertThat(ordinary().controls().pages(60).partner(true, null).evaluate().advice()).contains("frame-contract-as-shared-reference");
        assertThat(ordinary().controls().partner(true, DraftReaction.OFFENDED).evaluate().advice())
                .contains("frame-contract-as-shared-reference", "answer-partner-concerns");
        assertThat(ordinary().controls(THREE_CONTROLS).pages(60).partner(false, null).evaluate().advice())
                .doesNotContain("frame-contract-as-shared-reference");
        assertThat(ordinary().controls().pages(12).partner(true, DraftReaction.ACCEPTED).evaluate().advice())
                .doesNotContain("frame-contract-as-shared-reference");
    }

    @Test
    void a_partner_who_objected_is_heard_first_and_one_who_negotiated_is_not_a_concern() {
        assertThat(ordinary().controls().partner(null, DraftReaction.OBJECTED).evaluate().advice()).contains("answer-partner-concerns");
        assertThat(ordinary().controls().partner(null, DraftReaction.NEGOTIATED).evaluate().advice()).doesNotContain("answer-partner-concerns");
    }

    @Test
    void one_sided_remedies_are_made_reciprocal() {
        assertThat(ordinary().controls().reciprocal(false).evaluate().advice()).contains("make-remedies-reciprocal");
        assertThat(ordinary().controls().reciprocal(true).evaluate().advice()).doesNotContain("make-remedies-reciprocal");
    }

    @Test
    void ip_at_stake_without_a_protocol_gets_one_and_only_then() {
        assertThat(ordinary().controls().ip(IpSensitivity.HIGH).ipProtocol(false).evaluate().advice()).contains("ip-sharing-protocol");
        assertThat(ordinary().controls().ip(IpSensitivity.MEDIUM).ipProtocol(false).evaluate().advice()).contains("ip-sharing-protocol");
        assertThat(ordinary().controls().ip(IpSensitivity.HIGH).ipProtocol(true).evaluate().advice()).doesNotContain("ip-sharing-protocol");
        assertThat(ordinary().controls().ip(IpSensitivity.LOW).ipProtocol(false).evaluate().advice()).doesNotContain("ip-sharing-protocol");
        assertThat(ordinary().controls().ip(IpSensitivity.HIGH).evaluate().advice()).as("protocol unknown").doesNotContain("ip-sharing-protocol");
    }

    @Test
    void a_contract_without_flexibility_gets_change_and_dispute_procedures() {
        assertThat(ordinary().controls().flexibility(false).evaluate().advice()).contains("flexibility-clauses");
        assertThat(ordinary().controls().flexibility(true).evaluate().advice()).doesNotContain("flexibility-clauses");
    }

    // --- input checks ---

    @Test
    void a_null_provision_is_refused_naming_its_index() {
        Deal deal = ordinary().controls(ControlProvision.PENALTIES);
        deal.controls.add(null);
        assertThatThrownBy(deal::evaluate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("contract.controlProvisions[1]"));
    }

    @Test
    void numbers_out_of_range_are_refused_naming_the_field() {
        assertThatThrownBy(() -> ordinary().pages(0).evaluate()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("contract.pages"));
        assertThatThrownBy(() -> ordinary().innovation(Trend.STABLE, 6).evaluate()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("innovation.taskChallenge"));
    }
}
