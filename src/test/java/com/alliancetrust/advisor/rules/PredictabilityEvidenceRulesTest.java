package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.domain.TrustElement.PREDICTABILITY;
import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.TrustElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PredictabilityEvidenceRulesTest {
    private static final String CONSISTENT_DELIVERY = "A consistent delivery record shows predictable behaviour";
    private static final String DELIVERY_AGAINST = "A variable or erratic delivery record counts against predictability";

    @Test
    void a_consistent_delivery_record_alone_makes_predictability_high() {
        var result = given().evidence("predictability.deliveryRecord", "CONSISTENT").evaluate();

        assertThat(result.scoreOf(PREDICTABILITY)).isEqualTo(70);
        assertThat(result.levelOf(PREDICTABILITY)).isEqualTo(Level.HIGH);
        assertThat(result.firedRuleNames()).contains(CONSISTENT_DELIVERY).doesNotContain(DELIVERY_AGAINST);
    }

    @Test
    void an_erratic_delivery_record_puts_predictability_low_but_a_variable_one_stays_moderate() {
        var erratic = given().evidence("predictability.deliveryRecord", "ERRATIC").evaluate();
        var variable = given().evidence("predictability.deliveryRecord", "VARIABLE").evaluate();

        assertThat(erratic.scoreOf(PREDICTABILITY)).isEqualTo(20);
        assertThat(erratic.levelOf(PREDICTABILITY)).isEqualTo(Level.LOW);
        assertThat(variable.scoreOf(PREDICTABILITY)).isEqualTo(40);
        assertThat(variable.levelOf(PREDICTABILITY)).isEqualTo(Level.MODERATE);
        assertThat(variable.firedRuleNames()).contains(DELIVERY_AGAINST).doesNotContain(CONSISTENT_DELIVERY);
    }

    @ParameterizedTest(name = "{0} = {1} gives predictability a score of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            predictability.responsiveness      | PROMPT           | 60 | Prompt and complete answers show predictable communication
            predictability.responsiveness      | SLOW             | 40 | Slow or missing answers count against predictability
            predictability.responsiveness      | UNRESPONSIVE     | 25 | Slow or missing answers count against predictability
            predictability.leadershipStability | STABLE           | 60 | Stable leadership supports predictability
            predictability.leadershipStability | RECENT_CHANGE    | 45 | Leadership changes count against predictability
            predictability.leadershipStability | FREQUENT_CHANGES | 30 | Leadership changes count against predictability
            predictability.keyPeopleTurnover   | LOW              | 60 | Low turnover of key people supports predictability
            predictability.keyPeopleTurnover   | MODERATE         | 45 | Turnover of key people counts against predictability
            predictability.keyPeopleTurnover   | HIGH             | 30 | Turnover of key people counts against predictability
            predictability.decisionReversals   | NONE             | 60 | Agreed points that stay agreed show predictable behaviour
            predictability.decisionReversals   | OCCASIONAL       | 40 | Reversals of agreed decisions count against predictability
            predictability.decisionReversals   | FREQUENT         | 25 | Reversals of agreed decisions count against predictability
            """)
    void each_predictability_finding_moves_the_score_by_its_weight(String field, String value, int score, String rule) {
        var result = given().evidence(field, value).evaluate();

        assertThat(result.scoreOf(PREDICTABILITY)).isEqualTo(score);
        assertThat(result.firedRuleNames()).contains(rule);
    }

    @Test
    void predictability_evidence_never_raises_a_red_flag() {
        var result = given().evidence("predictability.deliveryRecord", "ERRATIC")
                .evidence("predictability.responsiveness", "UNRESPONSIVE")
                .evidence("predictability.decisionReversals", "FREQUENT").evaluate();

        assertThat(result.redFlagIds()).isEmpty();
        assertThat(result.scoreOf(PREDICTABILITY)).isZero();
        assertThat(result.levelOf(PREDICTABILITY)).isEqualTo(Level.LOW);
    }

    @Test
    void predictability_evidence_leaves_integrity_and_goodwill_unknown() {
        var result = given().strongPredictability().evidence("predictability.leadershipStability", "STABLE").evaluate();

        assertThat(result.levelOf(PREDICTABILITY)).isEqualTo(Level.HIGH);
        assertThat(result.levelOf(TrustElement.INTEGRITY)).isEqualTo(Level.UNKNOWN);
        assertThat(result.levelOf(TrustElement.BENEVOLENCE)).isEqualTo(Level.UNKNOWN);
        assertThat(result.levelOf(TrustElement.COMPETENCE)).isEqualTo(Level.UNKNOWN);
    }
}
