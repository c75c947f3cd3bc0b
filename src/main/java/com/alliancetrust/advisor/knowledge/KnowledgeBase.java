package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.TrustStage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the rules draw their wording and catalogues from, loaded once and never changed. */
public record KnowledgeBase(Map<String, Source> bibliography,
                            Map<String, GlossaryTerm> glossary,
                            Map<TrustElement, ElementDefinition> elements,
                            Map<TrustStage, StageDefinition> stages,
                            Map<String, EvidenceField> evidence,
                            Map<String, DealField> deal,
                            Map<String, AdviceText> advice,
                            Map<String, RedFlagText> redFlags,
                            Map<String, DiagnosisQuestion> questions,
                            Map<String, RepairStepText> repairSteps,
                            Map<String, SurveyItem> survey,
                            Map<String, ChecklistItem> checklist,
                            Map<String, CountryRisk> countryRisk,
                            CultureKnowledge culture,
                            SelectionPolicy selectionPolicy,
                            List<AdviceConflict> adviceConflicts,
                            ContractPolicy contractPolicy,
                            MonitoringPolicyFile monitoringPolicy,
                            Map<String, PlanPhase> planPhases,
                            Map<String, OurSideField> ourSide,
                            Map<String, CasePointText> businessCase,
                            SummaryWording summaries,
                            Map<String, LabelGroup> labels,
                            CodeWords codeWords,
                            SelectionFacts selectionFacts) {

    public Optional<EvidenceField> evidenceField(String key) {
        return Optional.ofNullable(evidence.get(key));
    }

    /** A fit or power fact of the catalogue by its key, {@code fit.gapFilled} or {@code power.ourDependence}. */
    public Optional<DealField> dealField(String key) {
        return Optional.ofNullable(deal.get(key));
    }

    /** The fit or the power facts, in catalogue order. */
    public List<DealField> dealFields(DealField.Section section) {
        return deal.values().stream().filter(f -> f.section() == section).toList();
    }

    public List<EvidenceField> evidenceFor(TrustElement element) {
        return evidence.values().stream().filter(f -> f.element() == element).toList();
    }

    public AdviceText adviceText(String id) {
        AdviceText text = advice.get(id);
        if (text == null) throw new IllegalStateException("No wording for advice '" + id + "'");
        return text;
    }

    public DiagnosisQuestion question(String id) {
        DiagnosisQuestion q = questions.get(id);
        if (q == null) throw new IllegalStateException("No diagnosis question '" + id + "'");
        return q;
    }

    public RepairStepText repairStep(String id) {
        RepairStepText text = repairSteps.get(id);
        if (text == null) throw new IllegalStateException("No wording for repair step '" + id + "'");
        return text;
    }

    public Optional<OurSideField> ourSideField(String key) {
        return Optional.ofNullable(ourSide.get(key));
    }

    public CasePointText casePoint(String id) {
        CasePointText text = businessCase.get(id);
        if (text == null) throw new IllegalStateException("No wording for business case point '" + id + "'");
        return text;
    }

    public RedFlagText redFlagText(String id) {
        RedFlagText text = redFlags.get(id);
        if (text == null) throw new IllegalStateException("No wording for red flag '" + id + "'");
        return text;
    }
}
