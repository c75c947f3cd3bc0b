package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.alliancetrust.advisor.store.Ids;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Makes a partner assessment and, when it names an alliance, stores input and output in its case file. */
public final class AssessmentRecorder {

    /** The assessment as answered, and whether it was stored. */
    public record Outcome(JsonNode output, boolean stored) {
    }

    private final PartnerAssessmentService assessments;
    private final CaseFileService caseFiles;
    private final ObjectMapper json;

    public AssessmentRecorder(PartnerAssessmentService assessments, CaseFileService caseFiles, ObjectMapper json) {
        this.assessments = assessments;
        this.caseFiles = caseFiles;
        this.json = json;
    }

    public Outcome assess(PartnerAssessmentRequest request) {
        return assess(null, request);
    }

    /** Assesses with the given rule base, or the current one when {@code current} is null. */
    public Outcome assess(Advisor current, PartnerAssessmentRequest request) {
        if (request != null && request.allianceId() != null) caseFiles.requireAlliance(request.allianceId(), "allianceId");
        PartnerAssessment result = current == null ? assessments.assess(request) : assessments.assess(current, request);
        if (request.allianceId() == null) return new Outcome(json.valueToTree(result), false);
        PartnerAssessment stored = result.stored(Ids.newId(), request.allianceId());
        JsonNode output = json.valueToTree(stored);
        caseFiles.recordAssessment(request.allianceId(), json.valueToTree(request), stored, output);
        return new Outcome(output, true);
    }
}
