package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.CasePoint;
import com.alliancetrust.advisor.domain.ElementLevel;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.OurConduct;
import com.alliancetrust.advisor.domain.OurConduct.CeoStance;
import com.alliancetrust.advisor.domain.OurConduct.Deadline;
import com.alliancetrust.advisor.domain.OurConduct.EarlierConduct;
import com.alliancetrust.advisor.domain.OurConduct.LeadContinuity;
import com.alliancetrust.advisor.domain.OurConduct.ParallelTalks;
import com.alliancetrust.advisor.domain.OurConduct.Pressure;
import com.alliancetrust.advisor.domain.OwnConductRisk;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.CeoCommitment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our own side, the background review of the partner's key people, and the business case: each rule with a case and a near miss. */
class OurSideAndBusinessCaseRulesTest {

    private static OurConduct ours(Pressure p, Deadline d, LeadContinuity l, ParallelTalks t, CeoStance c, EarlierConduct e) {
        return new OurConduct(p, d, l, t, c, e);
    }

    private static Level ownRisk(RuleFixture.Outcome o) {
        return o.evaluation().first(OwnConductRisk.class).map(OwnConductRisk::strength).orElse(null);
    }

    private static List<String> points(RuleFixture.Outcome o) {
        return o.evaluation().all(CasePoint.class).stream().map(CasePoint::id).toList();
    }

    private static List<ElementLevel> profile(RuleFixture.Outcome o) {
        return o.evaluation().all(ElementLevel.class);
    }

    @Test
    void every_adverse_item_of_our_conduct_is_relational_risk_we_create_with_advice_addressed_to_us() {
        var worst = given().strongOnEveryCount().ourSide(ours(Pressure.HEAVY, Deadline.ARTIFICIAL, LeadContinuity.ROTATING,
                ParallelTalks.UNDISCLOSED, CeoStance.ADVERSARIAL, EarlierConduct.POOR)).evaluate();
        assertThat(ownRisk(worst)).isEqualTo(Level.HIGH);
        assertThat(worst.adviceIds()).contains("ours-apologise-for-pressure", "ours-withdraw-deadline", "ours-keep-same-lead",
                "ours-disclose-parallel-talks", "ours-ceo-engagement", "ours-acknowledge-earlier-conduct");
        assertThat(worst.firedRuleNames()).contains("Heavy pressure on the partner creates relational risk on our side",
                "An artificial deadline creates relational risk on our side", "A rotating lead on our side creates relational risk",
                "Parallel talks hidden from the partner create relational risk on our side",
                "An adversarial chief executive on our side creates relational risk",
                "Commitments we broke in earlier dealings with this partner create relational risk",
                "Any item of our conduct that creates strong relational risk makes the risk we create HIGH")
                .doesNotContain("Items of our conduct that create only moderate relational risk make the risk we create MODERATE");
    }

    @Test
    void moderate_items_make_a_moderate_risk_and_favourable_ones_none() {
        var moderate = given().strongOnEveryCount().ourSide(ours(Pressure.SOME, null, LeadContinuity.ONE_CHANGE, null,
                CeoStance.DISTANT, EarlierConduct.MIXED)).evaluate();
        assertThat(ownRisk(moderate)).isEqualTo(Level.MODERATE);
        assertThat(moderate.firedRuleNames()).contains("Some pressure on the partner is a moderate relational risk on our side",
                "A distant chief executive on our side is a moderate relational risk",
                "Earlier dealings in which we kept only some commitments are a moderate relational risk",
                "Items of our conduct that create only moderate relational risk make the risk we create MODERATE")
                .doesNotContain("Heavy pressure on the partner creates relational risk on our side",
                        "Our conduct known and none of it adverse: we create no relational risk that is known");

        var steady = given().strongOnEveryCount().ourSide(ours(Pressure.NONE, Deadline.BUSINESS_REASON, LeadContinuity.SAME_LEAD,
                ParallelTalks.DISCLOSED, CeoStance.ENGAGED, EarlierConduct.FAIR)).evaluate();
        assertThat(ownRisk(steady)).isEqualTo(Level.LOW);
        assertThat(steady.adviceIds()).noneMatch(id -> id.startsWith("ours-"));
        assertThat(steady.firedRuleNames()).contains("Conduct on our side that helps the relationship adds no relational risk",
                "Our conduct known and none of it adverse: we create no relational risk that is known")
                .doesNotContain("An artificial deadline creates relational risk on our side", "A rotating lead on our side creates relational risk",
                        "Parallel talks hidden from the partner create relational risk on our side",
                        "Any item of our conduct that creates strong relational risk makes the risk we create HIGH");

        // Nothing said about our side: no finding at all, neither good nor bad.
        assertThat(ownRisk(given().strongOnEveryCount().evaluate())).isNull();
    }

    @Test
    void our_conduct_never_changes_the_partners_profile_or_verdict() {
        var without = given().strongOnEveryCount().evidence("integrity.questionnaire", "PARTIAL").evaluate();
        var with = given().strongOnEveryCount().evidence("integrity.questionnaire", "PARTIAL").ourSide(ours(Pressure.HEAVY, Deadline.ARTIFICIAL,
                LeadContinuity.ROTATING, ParallelTalks.UNDISCLOSED, CeoStance.ADVERSARIAL, EarlierConduct.POOR)).evaluate();
        assertThat(with.verdict()).isEqualTo(without.verdict());
        for (TrustElement e : TrustElement.values()) assertThat(with.levelOf(e)).isEqualTo(without.levelOf(e));
        assertThat(with.risks()).isEqualTo(without.risks());
    }

    @Test
    void key_people_review_findings_reach_integrity() {
        var established = given().strongOnEveryCount().evidence("integrity.keyPeopleMisconduct", "ESTABLISHED").evaluate();
        assertThat(established.levelOf(TrustElement.INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(established.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(established.firedRuleNames()).contains("Established misconduct or sanctions exposure among the partner's key people is an integrity red flag");

        var alleged = given().strongOnEveryCount().evidence("integrity.keyPeopleMisconduct", "ALLEGED").evaluate();
        assertThat(alleged.levelOf(TrustElement.INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(alleged.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(alleged.firedRuleNames()).doesNotContain("Established misconduct or sanctions exposure among the partner's key people is an integrity red flag");

        var clean = given().strongOnEveryCount().evidence("integrity.keyPeopleMisconduct", "NONE_FOUND").evidence("integrity.keyPeopleConflicts", "NONE_FOUND").evaluate();
        assertThat(clean.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(clean.adviceIds()).doesNotContain("manage-conflict-of-interest");
        assertThat(clean.firedRuleNames()).contains("A background review of key people that finds no misconduct finds nothing adverse",
                "A background review that finds no conflict of interest finds nothing adverse")
                .doesNotContain("A disclosed conflict of interest of a key person calls for safeguards");

        var disclosed = given().strongOnEveryCount().evidence("integrity.keyPeopleConflicts", "DISCLOSED").evaluate();
        assertThat(disclosed.levelOf(TrustElement.INTEGRITY)).isEqualTo(Level.HIGH);
        assertThat(disclosed.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(disclosed.adviceIds()).contains("manage-conflict-of-interest");
        assertThat(disclosed.firedRuleNames()).contains("A disclosed conflict of interest of a key person calls for safeguards",
                "A key person's conflict of interest the partner disclosed is a risk to manage, not a sign of dishonesty");

        var undisclosed = given().strongOnEveryCount().evidence("integrity.keyPeopleConflicts", "UNDISCLOSED").evaluate();
        assertThat(undisclosed.levelOf(TrustElement.INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(undisclosed.firedRuleNames()).contains("A key person's conflict of interest the partner did not disclose is an integrity concern")
                .doesNotContain("A disclosed conflict of interest of a key person calls for safeguards");
    }

    @Test
    void the_business_case_never_claims_more_than_the_evidence() {
        var nothing = given().evaluate();
        assertThat(points(nothing)).contains("case-not-yet", "trust-lowers-costs")
                .doesNotContain("outcome-sound", "outcome-relational-high", "outcome-performance", "terms-joint-stake");

        var sanctioned = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", "CONFIRMED_HIT").evaluate();
        assertThat(points(sanctioned)).containsExactly("case-prohibited");

        var sound = given().strongOnEveryCount().evaluate();
        assertThat(points(sound)).contains("outcome-sound").doesNotContain("case-not-yet", "deficit-costs", "case-prohibited");
        assertThat(sound.firedRuleNames()).doesNotContain("With too little evidence to decide, the business case cannot be made yet",
                "Under a legal bar there is no business case to make");
    }

    @Test
    void a_strong_partner_that_is_hard_to_trust_gets_the_outcomes_the_alternatives_and_win_win_terms() {
        var mistrusted = given().strongOnEveryCount().evidence("benevolence.flexibilityInDifficulty", "EXPLOITED")
                .ceo(CeoCommitment.DETERMINED).alternativesConsidered(0).countries("NG", "GB")
                .ourSide(ours(Pressure.HEAVY, null, null, null, null, null)).evaluate();
        assertThat(mistrusted.verdict()).isEqualTo(Verdict.RECONSIDER);
        assertThat(points(mistrusted)).contains("deficit-costs", "outcome-relational-high", "outcome-own-conduct", "outcome-legal-exposure",
                "alternatives-none-yet", "alternatives-restructure", "terms-joint-stake", "terms-scope-grows-with-trust",
                "terms-reciprocal-rights", "terms-own-conduct-first").doesNotContain("outcome-sound", "alternatives-compare");

        var moderate = given().strongOnEveryCount().evidence("integrity.questionnaire", "PARTIAL").alternativesConsidered(2).evaluate();
        assertThat(points(moderate)).contains("outcome-relational-moderate", "alternatives-compare", "terms-joint-stake")
                .doesNotContain("outcome-relational-high", "terms-own-conduct-first", "alternatives-restructure");

        var weakDelivery = given().strongIntegrity().strongBenevolence().evidence("competence.pilotDelivery", "MISSED").evaluate();
        assertThat(points(weakDelivery)).contains("outcome-performance").doesNotContain("terms-joint-stake");
    }
}
