package com.alliancetrust.advisor.casefile;

public record AssessmentSummary(String id, String allianceId, String createdAt, String rulesVersion, String partner,
                                String verdict) {
}
