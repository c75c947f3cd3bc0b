package com.alliancetrust.advisor.casefile;

import com.fasterxml.jackson.databind.JsonNode;

/** An assessment exactly as it was made: its input, its full output, and the rules and knowledge version behind it. */
public record StoredAssessment(String id, String allianceId, String createdAt, String rulesVersion, String partner,
                               String verdict, JsonNode input, JsonNode output) {

    public AssessmentSummary summary() {
        return new AssessmentSummary(id, allianceId, createdAt, rulesVersion, partner, verdict);
    }
}
