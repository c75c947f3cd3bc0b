package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.IpSensitivity;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.Purpose;
import java.util.Set;

/**
 * The deal a checklist is built for. From a stored assessment, what it does not say is taken from
 * the assessment's input; what it does say overrides it.
 */
public record ChecklistContext(String allianceId, String assessmentId, String partnerCountry, String ourCountry, Purpose purpose,
                               IpSensitivity ipSensitivity, Boolean governmentFacing, Boolean partnerIsCompetitor, Boolean virtual,
                               Boolean ceoUnderPressure, Integer expectedDurationYears) {

    /** The facts this capability gives its rules. */
    public static final Set<String> INPUT_NAMES = Set.of("checklist.crossBorder", "checklist.corruptionRisk", "checklist.governmentFacing",
            "checklist.ipSensitivity", "checklist.partnerIsCompetitor", "checklist.virtual", "checklist.purpose", "checklist.ceoPressure",
            "checklist.expectedDurationYears", "assessment.redFlagField", "assessment.unknownEvidence",
            "assessment.evidenceAgainst");
}
