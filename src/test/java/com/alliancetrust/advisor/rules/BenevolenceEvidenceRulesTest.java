package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.BENEVOLENCE;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.Severity;
import com.alliancetrust.advisor.domain.Verdict;
import org.junit.jupiter.api.Test;

class BenevolenceEvidenceRulesTest {
    private static final String FLAGGED_LOW = "A serious or critical red flag puts its element at LOW whatever else is known";
    private static final String IP_ESTABLISHED = "Established appropriation of partners' IP or customers rules the partner out";
    private static final String IP_ALLEGED = "Alleged appropriation of partners' IP must be investigated before signing";
    private static final String MANY_DISPUTES = "A pattern of disputes with former partners is a goodwill red flag";
    private static final String FEW_DISPUTES = "One or two resolved disputes with former partners weigh a little against goodwill";

    @Test
    void established_ip_appropriation_is_a_critical_red_flag_that_rules_the_partner_out() {
        var result = given().strongOnEveryCount().evidence("benevolence.ipAppropriation", "ESTABLISHED").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("ip-appropriation", BENEVOLENCE, Severity.CRITICAL));
        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(IP_ESTABLISHED, FLAGGED_LOW).doesNotContain(IP_ALLEGED);
    }

    @Test
    void alleged_ip_appropriation_is_a_warning_that_is_weighed_with_the_other_goodwill_evidence() {
        var result = given().strongBenevolence().evidence("benevolence.ipAppropriation", "ALLEGED").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("ip-appropriation-alleged", BENEVOLENCE, Severity.WARNING));
        assertThat(result.scoreOf(BENEVOLENCE)).isLessThan(75);
        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(IP_ALLEGED).doesNotContain(IP_ESTABLISHED, FLAGGED_LOW);
    }

    @Test
    void an_alleged_ip_appropriation_alone_does_not_make_goodwill_low() {
        var result = given().evidence("benevolence.ipAppropriation", "ALLEGED").evaluate();

        assertThat(result.redFlagIds()).containsExactly("ip-appropriation-alleged");
        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.MODERATE);
    }

    @Test
    void a_pattern_of_disputes_with_former_partners_is_a_serious_red_flag() {
        var result = given().strongBenevolence().evidence("benevolence.disputesWithFormerPartners", "MANY").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("partner-disputes", BENEVOLENCE, Severity.SERIOUS));
        assertThat(result.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(result.firedRuleNames()).contains(MANY_DISPUTES, FLAGGED_LOW).doesNotContain(FEW_DISPUTES);
    }

    @Test
    void one_or_two_resolved_disputes_are_only_a_small_signal() {
        var result = given().evidence("benevolence.disputesWithFormerPartners", "FEW").evaluate();

        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.scoreOf(BENEVOLENCE)).isEqualTo(45);
        assertThat(result.firedRuleNames()).contains(FEW_DISPUTES).doesNotContain(MANY_DISPUTES);
    }

    @Test
    void exploiting_a_partner_in_difficulty_puts_goodwill_low_and_flexibility_offered_makes_it_high() {
        var exploited = given().evidence("benevolence.flexibilityInDifficulty", "EXPLOITED").evaluate();
        var offered = given().evidence("benevolence.flexibilityInDifficulty", "OFFERED").evaluate();

        assertThat(exploited.scoreOf(BENEVOLENCE)).isEqualTo(20);
        assertThat(exploited.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(offered.scoreOf(BENEVOLENCE)).isEqualTo(70);
        assertThat(offered.levelOf(BENEVOLENCE)).isEqualTo(Level.HIGH);
        assertThat(exploited.firedRuleNames()).contains("Exploiting a partner's difficulty is strong evidence against goodwill");
    }

    @Test
    void neutral_behaviour_in_difficulty_adds_nothing_to_the_other_evidence() {
        var result = given().evidence("benevolence.negotiationReciprocity", "RECIPROCAL")
                .evidence("benevolence.flexibilityInDifficulty", "NEUTRAL").evaluate();

        assertThat(result.scoreOf(BENEVOLENCE)).isEqualTo(65);
        assertThat(result.firedRuleNames())
                .doesNotContain("Flexibility offered in a partner's difficulty is strong evidence of goodwill",
                        "Exploiting a partner's difficulty is strong evidence against goodwill");
    }

    @Test
    void one_sided_negotiation_weighs_far_more_than_limited_reciprocity() {
        var oneSided = given().evidence("benevolence.negotiationReciprocity", "ONE_SIDED").evaluate();
        var limited = given().evidence("benevolence.negotiationReciprocity", "LIMITED").evaluate();

        assertThat(oneSided.scoreOf(BENEVOLENCE)).isEqualTo(25);
        assertThat(limited.scoreOf(BENEVOLENCE)).isEqualTo(45);
        assertThat(limited.firedRuleNames()).contains("Limited or one-sided reciprocity counts against goodwill");
    }

    @Test
    void refusing_to_co_invest_weighs_more_than_reluctance_and_willingness_supports_goodwill() {
        var refused = given().evidence("benevolence.coInvestment", "REFUSED").evaluate();
        var reluctant = given().evidence("benevolence.coInvestment", "RELUCTANT").evaluate();
        var willing = given().evidence("benevolence.coInvestment", "WILLING").evaluate();

        assertThat(refused.scoreOf(BENEVOLENCE)).isEqualTo(30);
        assertThat(reluctant.scoreOf(BENEVOLENCE)).isEqualTo(45);
        assertThat(willing.scoreOf(BENEVOLENCE)).isEqualTo(65);
        assertThat(willing.firedRuleNames()).contains("Willingness to co-invest shows commitment to shared success");
    }

    @Test
    void references_from_former_partners_move_goodwill_both_ways() {
        var positive = given().evidence("benevolence.formerPartnerReferences", "POSITIVE").evaluate();
        var negative = given().evidence("benevolence.formerPartnerReferences", "NEGATIVE").evaluate();

        assertThat(positive.levelOf(BENEVOLENCE)).isEqualTo(Level.HIGH);
        assertThat(positive.scoreOf(BENEVOLENCE)).isEqualTo(70);
        assertThat(negative.levelOf(BENEVOLENCE)).isEqualTo(Level.LOW);
        assertThat(negative.scoreOf(BENEVOLENCE)).isEqualTo(25);
        assertThat(negative.firedRuleNames())
                .contains("Mixed or negative references from former partners count against goodwill");
    }
}
