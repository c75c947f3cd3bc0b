package com.alliancetrust.advisor.rules;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.domain.EvidenceConfidence;
import com.alliancetrust.advisor.domain.OpenFinding;
import com.alliancetrust.advisor.domain.Reading;
import com.alliancetrust.advisor.domain.ElementLevel;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.Overall;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.RiskFinding;
import com.alliancetrust.advisor.domain.RiskType;
import com.alliancetrust.advisor.domain.StageFinding;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.domain.AlliancePlan;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.CeoCommitment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.DecisionContext;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.TimePressure;
import com.alliancetrust.advisor.selection.SelectionInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the facts of one partner assessment and runs the project's rules over them. Evidence is
 * given as {@code "element.field" -> value}; everything not given is unknown, as in a real request.
 */
final class RuleFixture {
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private final List<String> scopeDomains = new ArrayList<>();
    private Purpose purpose = Purpose.SUPPLY;
    private IpSensitivity ipSensitivity;
    private Integer expectedDurationYears;
    private Boolean virtual;
    private Integer priorAlliances;
    private CeoCommitment ceoCommitment;
    private TimePressure timePressure;
    private Integer alternativesConsidered;
    private String partnerCountry;
    private String ourCountry;
    private Boolean governmentFacing;
    private Boolean intermediaries;
    private com.alliancetrust.advisor.domain.OurConduct ourSide;

    private RuleFixture() {
    }

    /** A candidate partner about whom nothing is known yet, for a supply alliance. */
    static RuleFixture given() {
        return new RuleFixture();
    }

    /** Sets one evidence item; null makes it unknown again. */
    RuleFixture evidence(String key, Object value) {
        if (value == null) evidence.remove(key);
        else evidence.put(key, value);
        return this;
    }

    /** 12 years in the domain and a pilot met: two demonstrations, competence HIGH. */
    RuleFixture strongCompetence() {
        return evidence("competence.yearsInDomain", 12).evidence("competence.pilotDelivery", "MET");
    }

    /** Clean litigation, clear screening, disclosed ownership, complete questionnaire: nothing adverse, integrity HIGH. */
    RuleFixture strongIntegrity() {
        return evidence("integrity.litigationRecord", "NONE").evidence("integrity.sanctionsScreening", "CLEAR")
                .evidence("integrity.beneficialOwnership", "DISCLOSED").evidence("integrity.questionnaire", "COMPLETE");
    }

    /** No disputes with former partners and reciprocal negotiation: benevolence HIGH. */
    RuleFixture strongBenevolence() {
        return evidence("benevolence.disputesWithFormerPartners", "NONE")
                .evidence("benevolence.negotiationReciprocity", "RECIPROCAL");
    }

    /** Consistent delivery and prompt answers: predictability HIGH. */
    RuleFixture strongPredictability() {
        return evidence("predictability.deliveryRecord", "CONSISTENT").evidence("predictability.responsiveness", "PROMPT");
    }

    /** Strong on every element and checked thoroughly enough for a plain go (confidence 69/100). */
    RuleFixture strongOnEveryCount() {
        return strongCompetence().strongIntegrity().strongBenevolence().strongPredictability()
                .evidence("integrity.adverseMedia", "NONE").evidence("integrity.negotiationHonesty", "CONSISTENT")
                .evidence("integrity.smallPromisesKept", "KEPT").evidence("competence.performanceReferences", "POSITIVE")
                .evidence("competence.financialHealth", "STRONG").evidence("benevolence.formerPartnerReferences", "POSITIVE")
                .evidence("benevolence.ipAppropriation", "NONE").evidence("predictability.leadershipStability", "STABLE");
    }

    RuleFixture purpose(Purpose value) {
        purpose = value;
        return this;
    }

    RuleFixture scopeDomains(String... domains) {
        scopeDomains.addAll(List.of(domains));
        return this;
    }

    RuleFixture ipSensitivity(IpSensitivity value) {
        ipSensitivity = value;
        return this;
    }

    RuleFixture expectedDurationYears(int years) {
        expectedDurationYears = years;
        return this;
    }

    RuleFixture virtual(boolean value) {
        virtual = value;
        return this;
    }

    RuleFixture priorAlliances(int count) {
        priorAlliances = count;
        return this;
    }

    RuleFixture ceo(CeoCommitment value) {
        ceoCommitment = value;
        return this;
    }

    RuleFixture timePressure(TimePressure value) {
        timePressure = value;
        return this;
    }

    RuleFixture alternativesConsidered(int count) {
        alternativesConsidered = count;
        return this;
    }

    /** The partner's country and ours (ISO codes): a cross-border deal, and the partner country's corruption risk. */
    RuleFixture countries(String partner, String ours) {
        partnerCountry = partner;
        ourCountry = ours;
        return this;
    }

    /** Whether agents, consultants or introducers act for either side. */
    RuleFixture intermediaries(boolean value) {
        intermediaries = value;
        return this;
    }

    RuleFixture governmentFacing(boolean value) {
        governmentFacing = value;
        return this;
    }

    /** What our own side has done in the deal. */
    RuleFixture ourSide(com.alliancetrust.advisor.domain.OurConduct value) {
        ourSide = value;
        return this;
    }

    Outcome evaluate() {
        SelectionInput input = new SelectionInput(new Partner("Candidate partner", partnerCountry, null),
                new AlliancePlan(purpose, List.copyOf(scopeDomains), ipSensitivity, expectedDurationYears, virtual,
                        priorAlliances, ourCountry, governmentFacing, intermediaries),
                new DecisionContext(ceoCommitment, timePressure, alternativesConsidered, ourSide),
                new LinkedHashMap<>(evidence));
        return new Outcome(TestAdvisor.get().engine(Advisor.SELECTION).evaluate(input.facts(TestAdvisor.get().knowledge())));
    }

    /** What the rules concluded, read the way the tests assert it. */
    record Outcome(Evaluation evaluation) {

        ElementLevel elementLevel(TrustElement element) {
            List<ElementLevel> levels = evaluation.all(ElementLevel.class).stream()
                    .filter(l -> l.element() == element).toList();
            if (levels.size() != 1) {
                throw new AssertionError("expected one level for " + element + ", found " + levels);
            }
            return levels.get(0);
        }

        Level levelOf(TrustElement element) {
            return elementLevel(element).level();
        }

        Overall overall() {
            return evaluation.first(Overall.class).orElseThrow(() -> new AssertionError("no overall level"));
        }

        Verdict verdict() {
            List<VerdictDecision> decisions = evaluation.all(VerdictDecision.class);
            if (decisions.size() != 1) throw new AssertionError("expected one verdict, found " + decisions);
            return decisions.get(0).verdict();
        }

        List<TrustStage> stages() {
            return evaluation.all(StageFinding.class).stream().map(StageFinding::stage).toList();
        }

        List<RiskFinding> risks() {
            return evaluation.all(RiskFinding.class);
        }

        Optional<Level> riskOf(RiskType type) {
            return risks().stream().filter(r -> r.type() == type).map(RiskFinding::strength).findFirst();
        }

        List<Reading> readings() {
            return evaluation.all(Reading.class);
        }

        Optional<Bearing> bearingOf(String field) {
            return readings().stream().filter(r -> r.field().equals(field)).map(Reading::bearing).findFirst();
        }

        EvidenceConfidence confidence() {
            return evaluation.first(EvidenceConfidence.class).orElseThrow(() -> new AssertionError("no confidence"));
        }

        List<String> findingFields() {
            return evaluation.all(OpenFinding.class).stream().map(OpenFinding::field).toList();
        }

        List<String> redFlagIds() {
            return evaluation.all(RedFlag.class).stream().map(RedFlag::id).toList();
        }

        List<RedFlag> redFlags() {
            return evaluation.all(RedFlag.class);
        }

        List<String> adviceIds() {
            return evaluation.all(Advice.class).stream().map(Advice::id).toList();
        }

        /** The ids of the business case's points. */
        List<String> caseIds() {
            return evaluation.all(com.alliancetrust.advisor.domain.CasePoint.class).stream().map(com.alliancetrust.advisor.domain.CasePoint::id).toList();
        }

        Advice advice(String id) {
            List<Advice> found = evaluation.all(Advice.class).stream().filter(a -> a.id().equals(id)).toList();
            if (found.size() != 1) throw new AssertionError("expected one advice " + id + ", found " + found);
            return found.get(0);
        }

        /** The sentences of the rules that fired, in firing order. */
        List<String> firedRuleNames() {
            return evaluation.trace().stream().map(RuleInfo::name).toList();
        }

        long timesFired(String ruleName) {
            return firedRuleNames().stream().filter(ruleName::equals).count();
        }
    }
}
