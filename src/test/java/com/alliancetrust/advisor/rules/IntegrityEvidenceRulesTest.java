package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.INTEGRITY;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.Severity;
import com.alliancetrust.advisor.domain.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrityEvidenceRulesTest {
    private static final String FLAGGED_LOW = "A serious or critical red flag puts its element at LOW whatever else is known";
    private static final String SANCTIONS_HIT = "A confirmed sanctions hit rules the partner out";
    private static final String POSSIBLE_MATCH = "An unresolved possible sanctions match must be cleared before signing";
    private static final String MISREPRESENTATION = "Deliberate misrepresentation in negotiation rules the partner out";

    @Test
    void a_confirmed_sanctions_hit_is_a_critical_red_flag_that_rules_the_partner_out() {
        var result = given().strongOnEveryCount().evidence("integrity.sanctionsScreening", "CONFIRMED_HIT").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("sanctions-hit", INTEGRITY, Severity.CRITICAL));
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(SANCTIONS_HIT, FLAGGED_LOW);
    }

    @Test
    void a_possible_sanctions_match_is_a_warning_that_does_not_by_itself_make_integrity_low() {
        var result = given().evidence("integrity.sanctionsScreening", "POSSIBLE_MATCH").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("sanctions-possible-match", INTEGRITY, Severity.WARNING));
        assertThat(result.scoreOf(INTEGRITY)).isEqualTo(40);
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.MODERATE);
        assertThat(result.firedRuleNames()).contains(POSSIBLE_MATCH).doesNotContain(SANCTIONS_HIT, FLAGGED_LOW);
    }

    @Test
    void a_clear_sanctions_screening_raises_no_flag_and_supports_integrity() {
        var result = given().evidence("integrity.sanctionsScreening", "CLEAR").evaluate();

        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.scoreOf(INTEGRITY)).isEqualTo(60);
        assertThat(result.firedRuleNames()).contains("A clear sanctions screening supports integrity")
                .doesNotContain(SANCTIONS_HIT, POSSIBLE_MATCH);
    }

    @ParameterizedTest(name = "{0} = {1} raises the serious red flag {2}")
    @CsvSource(delimiter = '|', textBlock = """
            integrity.litigationRecord            | SERIOUS             | serious-litigation    | A serious litigation or enforcement record is an integrity red flag
            integrity.adverseMedia                | SERIOUS             | adverse-media         | Credible reports of serious misconduct are an integrity red flag
            integrity.politicallyExposedDirectors | PRESENT_UNDISCLOSED | undisclosed-pep       | A politically exposed director the partner did not disclose is an integrity red flag
            integrity.beneficialOwnership         | UNDISCLOSED         | hidden-ownership      | Hidden beneficial ownership is an integrity red flag
            integrity.questionnaire               | REFUSED             | questionnaire-refused | A refused due-diligence questionnaire is an integrity red flag
            """)
    void a_serious_integrity_finding_is_a_red_flag_that_puts_integrity_low(String field, String value, String flag, String rule) {
        var result = given().evidence(field, value).evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag(flag, INTEGRITY, Severity.SERIOUS));
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.firedRuleNames()).contains(rule, FLAGGED_LOW);
    }

    @ParameterizedTest(name = "{0} = {1} moves integrity to {2} without a red flag")
    @CsvSource(delimiter = '|', textBlock = """
            integrity.litigationRecord            | MINOR              | 45
            integrity.adverseMedia                | MINOR              | 40
            integrity.politicallyExposedDirectors | NONE               | 55
            integrity.beneficialOwnership         | PARTIAL            | 35
            integrity.questionnaire               | PARTIAL            | 35
            integrity.negotiationHonesty          | SOME_DISCREPANCIES | 40
            """)
    void a_lesser_integrity_finding_is_only_a_signal_never_a_red_flag(String field, String value, int score) {
        var result = given().evidence(field, value).evaluate();

        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.scoreOf(INTEGRITY)).isEqualTo(score);
        assertThat(result.firedRuleNames()).doesNotContain(FLAGGED_LOW);
    }

    @Test
    void deliberate_misrepresentation_in_negotiation_is_critical_even_with_a_clean_record() {
        var result = given().strongOnEveryCount().evidence("integrity.negotiationHonesty", "MISREPRESENTATION").evaluate();

        assertThat(result.redFlags()).containsExactly(new RedFlag("misrepresentation", INTEGRITY, Severity.CRITICAL));
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.LOW);
        assertThat(result.verdict()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(result.firedRuleNames()).contains(MISREPRESENTATION);
    }

    @Test
    void explained_discrepancies_in_negotiation_are_not_misrepresentation() {
        var result = given().strongOnEveryCount().evidence("integrity.negotiationHonesty", "SOME_DISCREPANCIES").evaluate();

        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.scoreOf(INTEGRITY)).isEqualTo(85);
        assertThat(result.firedRuleNames()).contains("Unexplained discrepancies in negotiation count against integrity")
                .doesNotContain(MISREPRESENTATION);
    }

    @Test
    void broken_small_promises_weigh_more_than_mixed_ones() {
        var broken = given().evidence("integrity.smallPromisesKept", "BROKEN").evaluate();
        var mixed = given().evidence("integrity.smallPromisesKept", "MIXED").evaluate();
        var kept = given().evidence("integrity.smallPromisesKept", "KEPT").evaluate();

        assertThat(broken.scoreOf(INTEGRITY)).isEqualTo(25);
        assertThat(mixed.scoreOf(INTEGRITY)).isEqualTo(40);
        assertThat(kept.scoreOf(INTEGRITY)).isEqualTo(60);
        assertThat(broken.firedRuleNames()).contains("Small promises broken count against integrity");
    }

    @Test
    void a_certified_anti_bribery_programme_counts_more_than_a_documented_one() {
        var certified = given().evidence("integrity.antiBriberyProgramme", "CERTIFIED").evaluate();
        var documented = given().evidence("integrity.antiBriberyProgramme", "DOCUMENTED").evaluate();
        var none = given().evidence("integrity.antiBriberyProgramme", "NONE").evaluate();

        assertThat(certified.scoreOf(INTEGRITY)).isEqualTo(60);
        assertThat(documented.scoreOf(INTEGRITY)).isEqualTo(55);
        assertThat(none.scoreOf(INTEGRITY)).isEqualTo(40);
        assertThat(none.firedRuleNames()).contains("No anti-bribery programme counts against integrity");
    }

    @Test
    void a_clean_record_on_every_check_is_capped_at_a_score_of_100() {
        var result = given().strongIntegrity().evidence("integrity.adverseMedia", "NONE")
                .evidence("integrity.negotiationHonesty", "CONSISTENT").evaluate();

        assertThat(result.scoreOf(INTEGRITY)).isEqualTo(100);
        assertThat(result.levelOf(INTEGRITY)).isEqualTo(Level.HIGH);
    }
}
