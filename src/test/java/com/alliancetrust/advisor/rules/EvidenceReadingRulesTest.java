package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.Severity;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How each piece of evidence is read (rules/selection/*-evidence.drl): given that one fact alone, the
 * reading it produces, or the red flag it raises, and the rule that does it. Every value of the
 * catalogue is listed, so that each row is a given/then for one rule and the rows of the same field
 * are each other's near misses.
 */
class EvidenceReadingRulesTest {

    @ParameterizedTest(name = "{0} = {1} reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            competence.yearsInDomain              | 25                        | DEMONSTRATES     | A long track record in the alliance's domain demonstrates ability
            competence.yearsInDomain              | 10                        | DEMONSTRATES     | A long track record in the alliance's domain demonstrates ability
            competence.yearsInDomain              | 9                         | SUPPORTS         | A track record of some years in the alliance's domain supports ability
            competence.yearsInDomain              | 3                         | SUPPORTS         | A track record of some years in the alliance's domain supports ability
            competence.yearsInDomain              | 2                         | NEUTRAL          | A short record in the alliance's domain is thin evidence, not a poor one
            competence.pilotDelivery              | MET                       | DEMONSTRATES     | A pilot delivered on time and to quality demonstrates the partner can do the work
            competence.pilotDelivery              | MINOR_SLIPS               | SUPPORTS         | A pilot delivered with minor slips still supports ability
            competence.pilotDelivery              | MISSED                    | STRONGLY_AGAINST | A pilot that missed its targets counts strongly against competence unless ability is demonstrated elsewhere
            competence.performanceReferences      | POSITIVE                  | DEMONSTRATES     | Positive references on delivered work demonstrate ability
            competence.performanceReferences      | MIXED                     | SLIGHTLY_AGAINST | Mixed references on performance are a slight concern about competence
            competence.performanceReferences      | NEGATIVE                  | STRONGLY_AGAINST | Negative references on performance count strongly against competence unless ability is demonstrated elsewhere
            competence.financialHealth            | STRONG                    | SUPPORTS         | Strong audited finances show the partner can fund its commitments
            competence.financialHealth            | ADEQUATE                  | NEUTRAL          | Adequate finances weigh neither way
            competence.financialHealth            | WEAK                      | AGAINST          | Weak finances put the partner's ability to fund its commitments in doubt
            competence.certifications             | HELD                      | SUPPORTS         | Current certifications for the scope support competence
            competence.certifications             | IN_PROGRESS               | NEUTRAL          | Certifications still in progress weigh neither way
            competence.certifications             | NONE                      | AGAINST          | Missing certifications the scope requires are a competence concern
            competence.pastAllianceOutcomes       | MOSTLY_SUCCESSFUL         | SUPPORTS         | Mostly successful past alliances support competence
            competence.pastAllianceOutcomes       | MIXED                     | NEUTRAL          | Past alliances with mixed outcomes weigh neither way
            competence.pastAllianceOutcomes       | MOSTLY_FAILED             | AGAINST          | Mostly failed past alliances are a competence concern
            integrity.litigationRecord            | NONE                      | NOTHING_ADVERSE  | No cases, or only ordinary commercial disputes, find nothing adverse about honesty
            integrity.litigationRecord            | MINOR                     | NOTHING_ADVERSE  | No cases, or only ordinary commercial disputes, find nothing adverse about honesty
            integrity.sanctionsScreening          | CLEAR                     | NOTHING_ADVERSE  | A clear sanctions screening finds nothing adverse
            integrity.sanctionsScreening          | POSSIBLE_MATCH            | UNVERIFIED       | A possible sanctions match not yet resolved must be cleared before any commitment
            integrity.adverseMedia                | NONE                      | NOTHING_ADVERSE  | An adverse-media search that finds nothing finds nothing adverse
            integrity.adverseMedia                | MINOR                     | UNVERIFIED       | Minor or unsubstantiated reports are to be verified, not taken as findings
            integrity.adverseMedia                | SERIOUS                   | UNVERIFIED       | Credible reports of serious misconduct must be verified before any commitment
            integrity.politicallyExposedDirectors | NONE                      | NOTHING_ADVERSE  | No politically exposed directors finds nothing adverse
            integrity.politicallyExposedDirectors | PRESENT_DISCLOSED         | NEUTRAL          | A politically exposed director the partner disclosed is a risk to manage, not a sign of dishonesty
            integrity.beneficialOwnership         | DISCLOSED                 | SUPPORTS         | Fully disclosed and verified ownership shows transparency
            integrity.beneficialOwnership         | PARTIAL                   | AGAINST          | Partly disclosed ownership is an integrity concern until the rest is disclosed
            integrity.questionnaire               | COMPLETE                  | SUPPORTS         | A complete questionnaire shows transparency
            integrity.questionnaire               | PARTIAL                   | AGAINST          | A questionnaire with sections left blank is an integrity concern until they are answered
            integrity.negotiationHonesty          | CONSISTENT                | SUPPORTS         | Claims in negotiation that check out support integrity
            integrity.negotiationHonesty          | SOME_DISCREPANCIES        | NEUTRAL          | Discrepancies in negotiation that were later explained weigh neither way
            integrity.negotiationHonesty          | UNEXPLAINED_DISCREPANCIES | AGAINST          | Discrepancies in negotiation that were never explained are an integrity concern
            integrity.smallPromisesKept           | KEPT                      | SUPPORTS         | Small promises kept support integrity
            integrity.smallPromisesKept           | MIXED                     | AGAINST          | Small promises only partly kept are an integrity concern
            integrity.smallPromisesKept           | BROKEN                    | STRONGLY_AGAINST | Small promises mostly broken show integrity is low
            integrity.antiBriberyProgramme        | CERTIFIED                 | SUPPORTS         | An anti-bribery programme in use supports integrity
            integrity.antiBriberyProgramme        | DOCUMENTED                | SUPPORTS         | An anti-bribery programme in use supports integrity
            integrity.antiBriberyProgramme        | NONE                      | SLIGHTLY_AGAINST | No anti-bribery programme is a slight integrity concern to remedy in the agreement
            benevolence.ipAppropriation           | NONE                      | NOTHING_ADVERSE  | No sign of appropriating partners' IP finds nothing adverse
            benevolence.ipAppropriation           | ALLEGED                   | UNVERIFIED       | Alleged appropriation of partners' IP must be verified before any commitment
            benevolence.disputesWithFormerPartners | NONE                     | NOTHING_ADVERSE  | No disputes with former partners finds nothing adverse
            benevolence.disputesWithFormerPartners | FEW                      | NEUTRAL          | One or two resolved disputes with former partners weigh neither way
            benevolence.negotiationReciprocity    | RECIPROCAL                | SUPPORTS         | Reciprocal, fair negotiation shows goodwill
            benevolence.negotiationReciprocity    | LIMITED                   | SLIGHTLY_AGAINST | Limited reciprocity in negotiation is a slight concern about goodwill
            benevolence.negotiationReciprocity    | ONE_SIDED                 | AGAINST          | One-sided negotiation that takes without giving is a goodwill concern
            benevolence.flexibilityInDifficulty   | OFFERED                   | DEMONSTRATES     | Flexibility offered in a partner's difficulty demonstrates goodwill
            benevolence.flexibilityInDifficulty   | NEUTRAL                   | NEUTRAL          | Neither helping nor exploiting a partner's difficulty weighs neither way
            benevolence.flexibilityInDifficulty   | EXPLOITED                 | STRONGLY_AGAINST | Exploiting a partner's difficulty shows goodwill is low
            benevolence.coInvestment              | WILLING                   | SUPPORTS         | Willingness to co-invest shows commitment to shared success
            benevolence.coInvestment              | RELUCTANT                 | SLIGHTLY_AGAINST | Reluctance to co-invest is a slight concern about goodwill
            benevolence.coInvestment              | REFUSED                   | AGAINST          | A refusal to co-invest is a goodwill concern
            benevolence.formerPartnerReferences   | POSITIVE                  | SUPPORTS         | Positive references from former partners support goodwill
            benevolence.formerPartnerReferences   | MIXED                     | AGAINST          | Mixed references from former partners are a goodwill concern
            benevolence.formerPartnerReferences   | NEGATIVE                  | STRONGLY_AGAINST | Negative references from former partners show goodwill is low
            predictability.deliveryRecord         | CONSISTENT                | SUPPORTS         | A consistent delivery record shows predictable behaviour
            predictability.deliveryRecord         | VARIABLE                  | AGAINST          | A variable delivery record is a reliability concern
            predictability.deliveryRecord         | ERRATIC                   | STRONGLY_AGAINST | An erratic delivery record shows predictability is low
            predictability.responsiveness         | PROMPT                    | SUPPORTS         | Prompt and complete answers show predictable communication
            predictability.responsiveness         | SLOW                      | SLIGHTLY_AGAINST | Slow or incomplete answers are a slight reliability concern
            predictability.responsiveness         | UNRESPONSIVE              | AGAINST          | Requests often left unanswered are a reliability concern
            predictability.leadershipStability    | STABLE                    | SUPPORTS         | Stable leadership supports predictability
            predictability.leadershipStability    | RECENT_CHANGE             | NEUTRAL          | One recent change of leadership weighs neither way
            predictability.leadershipStability    | FREQUENT_CHANGES          | AGAINST          | Frequent changes of leadership are a reliability concern
            predictability.keyPeopleTurnover      | LOW                       | SUPPORTS         | Low turnover of key people supports predictability
            predictability.keyPeopleTurnover      | MODERATE                  | SLIGHTLY_AGAINST | Moderate turnover of key people is a slight reliability concern
            predictability.keyPeopleTurnover      | HIGH                      | AGAINST          | High turnover of key people is a reliability concern
            predictability.decisionReversals      | NONE                      | SUPPORTS         | Agreed points that stay agreed show predictable behaviour
            predictability.decisionReversals      | OCCASIONAL                | SLIGHTLY_AGAINST | Occasional reversals of agreed points are a slight reliability concern
            predictability.decisionReversals      | FREQUENT                  | STRONGLY_AGAINST | Frequent reversals of agreed points show predictability is low
            """)
    void each_piece_of_evidence_is_read_by_one_rule(String field, String value, Bearing bearing, String rule) {
        var result = given().evidence(field, value.matches("\\d+") ? (Object) Integer.valueOf(value) : value).evaluate();

        assertThat(result.readings()).as("readings").hasSize(1);
        assertThat(result.bearingOf(field)).contains(bearing);
        assertThat(result.timesFired(rule)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} = {1} raises the red flag {2}")
    @CsvSource(delimiter = '|', textBlock = """
            integrity.sanctionsScreening          | CONFIRMED_HIT       | sanctions-hit            | CRITICAL | false | A confirmed sanctions hit is a legal bar
            integrity.sanctionsScreening          | POSSIBLE_MATCH      | sanctions-possible-match | WARNING  | true  | A possible sanctions match not yet resolved must be cleared before any commitment
            integrity.litigationRecord            | SERIOUS             | serious-litigation       | SERIOUS  | false | A record of fraud, bribery, deliberate breach or repeated enforcement is an integrity red flag
            integrity.adverseMedia                | SERIOUS             | adverse-media            | SERIOUS  | true  | Credible reports of serious misconduct must be verified before any commitment
            integrity.politicallyExposedDirectors | PRESENT_UNDISCLOSED | undisclosed-pep          | SERIOUS  | false | A politically exposed director the partner did not disclose is an integrity red flag
            integrity.beneficialOwnership         | UNDISCLOSED         | hidden-ownership         | SERIOUS  | false | Hidden beneficial ownership is an integrity red flag
            integrity.questionnaire               | REFUSED             | questionnaire-refused    | SERIOUS  | false | A refused due-diligence questionnaire is an integrity red flag
            integrity.negotiationHonesty          | MISREPRESENTATION   | misrepresentation        | CRITICAL | false | Deliberate misrepresentation in negotiation rules the partner out
            competence.financialHealth            | DISTRESSED          | financial-distress       | SERIOUS  | false | A financially distressed partner cannot be relied on to deliver
            benevolence.ipAppropriation           | ESTABLISHED         | ip-appropriation         | CRITICAL | false | Established appropriation of partners' IP or customers rules the partner out
            benevolence.ipAppropriation           | ALLEGED             | ip-appropriation-alleged | WARNING  | true  | Alleged appropriation of partners' IP must be verified before any commitment
            benevolence.disputesWithFormerPartners | MANY               | partner-disputes         | SERIOUS  | false | A pattern of disputes with former partners is a goodwill red flag
            """)
    void a_red_flag_says_whether_it_is_established_or_only_alleged(String field, String value, String flag, Severity severity,
                                                                    boolean alleged, String rule) {
        var result = given().evidence(field, value).evaluate();

        assertThat(result.redFlags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(flag);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.alleged()).isEqualTo(alleged);
        });
        assertThat(result.timesFired(rule)).isEqualTo(1);
    }

    @Test
    void every_value_of_the_catalogue_is_read_by_exactly_one_rule_or_raises_a_flag() {
        for (EvidenceField field : TestAdvisor.get().knowledge().evidence().values()) {
            List<Object> values = field.type() == EvidenceField.Type.NUMBER
                    ? List.of(field.min(), field.max(), field.whatIf().get(0))
                    : field.values().stream().map(c -> (Object) c.value()).toList();
            for (Object value : values) {
                var result = given().evidence(field.key(), value).evaluate();
                int said = result.readings().size() + (int) result.redFlags().stream().filter(f -> !f.alleged()).count();
                assertThat(said).as("%s = %s is read by one rule", field.key(), value).isEqualTo(1);
            }
        }
    }

    @Test
    void an_allegation_is_neither_a_finding_nor_nothing() {
        var alleged = given().strongOnEveryCount().evidence("integrity.adverseMedia", "SERIOUS").evaluate();

        assertThat(alleged.redFlags()).extracting(RedFlag::alleged).containsExactly(true);
        assertThat(alleged.levelOf(com.alliancetrust.advisor.domain.TrustElement.INTEGRITY))
                .as("not a finding: integrity is not lowered").isEqualTo(com.alliancetrust.advisor.domain.Level.HIGH);
        assertThat(alleged.findingFields()).as("not nothing: it is to verify").containsExactly("integrity.adverseMedia");
        assertThat(alleged.verdict()).isEqualTo(com.alliancetrust.advisor.domain.Verdict.INSUFFICIENT_EVIDENCE);
    }
}
