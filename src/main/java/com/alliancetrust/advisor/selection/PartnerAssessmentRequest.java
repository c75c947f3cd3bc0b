package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.MaxItems;
import com.alliancetrust.advisor.contract.ContractTerms;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What an HR executive knows about a candidate partner and the planned alliance. Only the partner's
 * name and the alliance's purpose are required; every evidence item is optional, and one left out
 * (or given as null or "UNKNOWN") is unknown. With an {@code allianceId} the assessment is stored in
 * that alliance's case file. With a {@code contract}, the answer also says where the contract on the
 * table stands.
 */
public record PartnerAssessmentRequest(String allianceId, Partner partner, AlliancePlan alliance, DecisionContext context,
                                       Map<String, Map<String, JsonNode>> evidence, ContractTerms contract) {

    public record Partner(String name, String country, String industry) {
    }

    /**
     * {@code ourCountry} (ISO 3166-1 alpha-2), with the partner's country, adds the cultural comparison to the
     * assessment and tells whether the deal is cross-border; {@code governmentFacing} says whether the
     * alliance's work deals with public officials (licences, permits, customs, public contracts).
     */
    public record AlliancePlan(Purpose purpose, @MaxItems(20) List<String> scopeDomains, IpSensitivity ipSensitivity,
                               Integer expectedDurationYears, Boolean virtual, Integer priorAlliances, String ourCountry,
                               Boolean governmentFacing) {
    }

    public record DecisionContext(CeoCommitment ceoCommitment, TimePressure timePressure,
                                  Integer alternativesConsidered) {
    }

    public enum Purpose { JOINT_RND, INNOVATION, CO_MARKETING, SUPPLY, DISTRIBUTION, LICENSING, JOINT_VENTURE, OTHER }

    public enum IpSensitivity { LOW, MEDIUM, HIGH }

    /** How set the CEO is on this partner. */
    public enum CeoCommitment { OPEN, INCLINED, DETERMINED }

    public enum TimePressure { LOW, MODERATE, HIGH }
}
