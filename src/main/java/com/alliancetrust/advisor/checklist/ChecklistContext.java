package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.List;

/**
 * The deal a checklist is built for. From a stored assessment, what it does not say is taken from
 * the assessment's input; what it does say overrides it. {@code intermediaries}: agents, consultants
 * or introducers will act for either side.
 */
public record ChecklistContext(String allianceId, String assessmentId, String partnerCountry, String ourCountry, Purpose purpose,
                               IpSensitivity ipSensitivity, Boolean governmentFacing, Boolean partnerIsCompetitor, Boolean virtual,
                               Boolean ceoUnderPressure, Integer expectedDurationYears, Boolean intermediaries) {

    /** The facts this capability gives its rules (and, from a stored assessment, its evidence under the evidence fields' own names). */
    public static final List<FactType> FACTS = List.of(
            FactType.yesNo("checklist.crossBorder", "Cross-border deal"),
            FactType.choice("checklist.corruptionRisk", "Corruption risk of the partner's country", CountryRisk.Band.class),
            FactType.yesNo("checklist.governmentFacing", "Government-facing activities"),
            FactType.yesNo("checklist.intermediaries", "Agents, consultants or introducers act for either side"),
            FactType.choice("checklist.ipSensitivity", "Sensitivity of the IP involved", IpSensitivity.class),
            FactType.yesNo("checklist.partnerIsCompetitor", "The partner is also a competitor"),
            FactType.yesNo("checklist.virtual", "Virtual alliance"),
            FactType.choice("checklist.purpose", "Alliance purpose", Purpose.class),
            FactType.yesNo("checklist.ceoPressure", "CEO under pressure to close"),
            FactType.number("checklist.expectedDurationYears", "Expected duration (years)"),
            FactType.text("assessment.redFlagField", "Evidence behind a red flag in the assessment"),
            FactType.text("assessment.unknownEvidence", "Evidence missing for an element the assessment left UNKNOWN"),
            FactType.text("assessment.evidenceAgainst", "A finding the assessment left to resolve"));
}
