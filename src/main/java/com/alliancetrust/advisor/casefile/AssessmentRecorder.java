package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.JsonText;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Makes a partner assessment and, when it names an alliance, stores input and output in its case file. */
public final class AssessmentRecorder {

    /**
     * The assessment made (with its id when stored) and whether it was stored; {@code output} is the
     * stored assessment as the JSON text stored, and null when it was not stored.
     */
    public record Outcome(PartnerAssessment assessment, String output, boolean stored) {
    }

    private final PartnerAssessmentService assessments;
    private final CaseFileService caseFiles;
    private final JsonText text;

    public AssessmentRecorder(PartnerAssessmentService assessments, CaseFileService caseFiles, ObjectMapper json) {
        this.assessments = assessments;
        this.caseFiles = caseFiles;
        this.text = new JsonText(json);
    }

    public Outcome assess(PartnerAssessmentRequest request) {
        return assess(null, request);
    }

    /** Assesses with the given rule base, or the current one when {@code current} is null. */
    public Outcome assess(Advisor current, PartnerAssessmentRequest request) {
        return assess(current, request, c -> null);
    }

    /**
     * Assesses with the given rule base, or the current one when {@code current} is null; when the
     * assessment is stored, {@code alongside} is written in the same transaction (a timeline entry
     * of the capability that asked for it). The rules run before the transaction begins.
     */
    public Outcome assess(Advisor current, PartnerAssessmentRequest request, Database.SqlWork<?> alongside) {
        if (request != null && request.allianceId() != null) caseFiles.requireAlliance(request.allianceId(), "allianceId");
        PartnerAssessment result = current == null ? assessments.assess(request) : assessments.assess(current, request);
        if (request.allianceId() == null) return new Outcome(result, null, false);
        PartnerAssessment stored = result.stored(Ids.newId(), request.allianceId());
        // Written straight to text, and before the write begins: the writer's turn, which other writes wait for, is not spent on it.
        String output = text.write(stored);
        caseFiles.recordAssessment(request.allianceId(), text.write(request), stored, output, alongside);
        return new Outcome(stored, output, true);
    }
}
