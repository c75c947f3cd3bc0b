package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.JsonText;
import com.fasterxml.jackson.databind.JsonNode;

/** An assessment exactly as it was made: its input, its full output, and the rules and knowledge version behind it. */
public record StoredAssessment(String id, String allianceId, String createdAt, String rulesVersion, String partner,
                               String verdict, JsonNode input, JsonNode output) {

    /** A stored assessment as its row holds it: input and output still JSON texts. */
    public record Row(String id, String allianceId, String createdAt, String rulesVersion, String partner, String verdict,
                      String input, String output) {
        public StoredAssessment read(JsonText json) {
            return new StoredAssessment(id, allianceId, createdAt, rulesVersion, partner, verdict,
                    json.read(input, JsonNode.class), json.read(output, JsonNode.class));
        }
    }

    public AssessmentSummary summary() {
        return new AssessmentSummary(id, allianceId, createdAt, rulesVersion, partner, verdict);
    }
}
