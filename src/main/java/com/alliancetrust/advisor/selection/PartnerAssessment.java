package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.domain.FitKind;
import com.alliancetrust.advisor.domain.PowerBalance;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.RiskType;
import com.alliancetrust.advisor.domain.Severity;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.explain.Action;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.Explanation.InputFact;
import com.alliancetrust.advisor.explain.Explanation.RuleRef;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.knowledge.Confidence;
import java.util.List;

/**
 * The answer to a partner assessment: every conclusion carries its explanation. Trust ({@code profile})
 * and partner fit ({@code fit}) are separate axes, with the balance of dependence ({@code power})
 * beside them; the verdict weighs all three. {@code culture} is there only when our country is given,
 * {@code contractBalance} only when the request described the contract. {@code summary} opens it: at
 * most five lines, the verdict first, then the reasons that carry it, the conditions and what is unknown.
 */
public record PartnerAssessment(String assessmentId, String allianceId, String version, String partner, VerdictResult verdict, OverallResult overall,
                                ConfidenceResult confidence, List<ElementResult> profile, FitResult fit, PowerResult power, RiskResult risk,
                                StageResult stage, List<RedFlagResult> redFlags, List<FindingResult> findings,
                                List<Recommendation> recommendations, List<VerdictChange> whatWouldChange, List<RuleRef> trace,
                                CultureAdviceService.Result culture, ContractBalanceService.Section contractBalance,
                                OwnConductResult ourSide, BusinessCase businessCase, @MaxItems(5) List<SummaryLine> summary) {

    /** The same assessment, identified as stored in an alliance's case file. */
    public PartnerAssessment stored(String assessmentId, String allianceId) {
        return new PartnerAssessment(assessmentId, allianceId, version, partner, verdict, overall, confidence, profile, fit, power, risk,
                stage, redFlags, findings, recommendations, whatWouldChange, trace, culture, contractBalance, ourSide, businessCase, summary);
    }

    /** The same assessment with where the contract on the table stands. */
    public PartnerAssessment withContractBalance(ContractBalanceService.Section section) {
        return new PartnerAssessment(assessmentId, allianceId, version, partner, verdict, overall, confidence, profile, fit, power, risk,
                stage, redFlags, findings, recommendations, whatWouldChange, trace, culture, section, ourSide, businessCase, summary);
    }

    /**
     * The verdict and why. When it is INSUFFICIENT_EVIDENCE, {@code checksToDecide} names the fewest
     * checks found that would allow a verdict (if they come back favourable, the verdict the
     * matching entry of {@code whatWouldChange} gives); otherwise it is empty.
     */
    public record VerdictResult(Verdict value, Explanation explanation, List<Action> checksToDecide) {
    }

    /**
     * The weakest known element. {@code provisional} while an element is not established (then at
     * most MODERATE) or the evidence is thin; {@code note} says why in words.
     */
    public record OverallResult(Level level, List<TrustElement> weakest, boolean provisional, String note,
                                Explanation explanation) {
    }

    /** How much of the evidence catalogue was known, weighted towards integrity and competence. */
    public record ConfidenceResult(Level level, int score, int known, int total, List<TrustElement> unknownElements,
                                   String statement, Explanation explanation) {
    }

    /** An element's level, the evidence supplied for it, and why. UNKNOWN: not established by the evidence. */
    public record ElementResult(TrustElement element, Level level, List<InputFact> evidence, Explanation explanation) {
    }

    /**
     * An evidence item that weighed against the partner or is still to verify ({@code bearing}),
     * with what would resolve it; each also becomes a check in the due-diligence checklist.
     */
    public record FindingResult(String field, String label, String value, String valueLabel, TrustElement element,
                                Bearing bearing, String action, Explanation explanation) {
    }

    /**
     * Partner fit, beside trust: one result per kind of fit, how many of the fit facts are known, and
     * the statement of it in words. Fit facts never count towards the trust confidence.
     */
    public record FitResult(List<FitKindResult> kinds, int known, int total, String statement) {
    }

    /**
     * One kind of fit: its level, the facts it rests on, and why. UNKNOWN: not yet assessed, a gap to
     * close ({@code toFindOut}: the facts still unknown and how to find each out), never a weakness.
     */
    public record FitKindResult(FitKind kind, String name, Level level, List<InputFact> evidence, Explanation explanation,
                                List<Action> toFindOut) {
    }

    /**
     * Who depends on whom and how much: the balance, each side's dependence (UNKNOWN when no fact shows
     * it), whether we depend on the partner far more ({@code strong}), the facts given, the statement in
     * words, why, and the facts still unknown with how to find each out.
     */
    public record PowerResult(PowerBalance.Balance balance, Level ourDependence, Level partnerDependence, boolean strong,
                              List<InputFact> facts, String statement, Explanation explanation, List<Action> toFindOut) {
    }

    /** RELATIONAL, PERFORMANCE, BOTH or NONE_IDENTIFIED, with each risk found. */
    public record RiskResult(String type, List<RiskItem> risks) {
    }

    public record RiskItem(RiskType type, Level strength, Explanation explanation) {
    }

    public record StageResult(TrustStage stage, String name, List<String> whatFits, Explanation explanation) {
    }

    /**
     * A red flag, what it blocks ({@code allows}: the best verdict until it is resolved), how it is
     * resolved, whether it is only alleged so far, and whether it is a legal bar.
     */
    public record RedFlagResult(String id, String title, String text, TrustElement element, Severity severity, boolean alleged,
                                Verdict allows, boolean legalBar, String resolvedBy, Explanation explanation) {
    }

    /**
     * The relational risk our own side creates (HIGH, MODERATE, or LOW when what is known of our
     * conduct adds none), from what we did in the deal; a finding about the relationship, never part of
     * the partner's profile. Absent when nothing about our side was given. The advice addressed to us
     * is among the recommendations, category OUR_CONDUCT.
     */
    public record OwnConductResult(Level level, String statement, List<InputFact> conduct, Explanation explanation) {
    }

    /**
     * The business case for the chief executive: {@code status} MADE, NOT_YET (too little evidence,
     * with why) or PROHIBITED (a legal bar: nothing to weigh); each point a short statement with why.
     */
    public record BusinessCase(String status, String summary, List<CasePointResult> points) {
    }

    /** One statement of the business case, in its section, with why. */
    public record CasePointResult(com.alliancetrust.advisor.domain.CasePoint.Section section, String id, String statement,
                                  Explanation explanation) {
    }

    /** A smallest change in evidence found to raise the verdict, and the verdict it would give. */
    public record VerdictChange(List<EvidenceChange> changes, Verdict verdict, String statement) {
    }

    public record EvidenceChange(String field, String label, String from, String to) {
    }
}
