package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.contract.ContractTerms;
import com.alliancetrust.advisor.domain.AlliancePlan;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.OurConduct;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Required;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What an HR executive knows about a candidate partner and the planned alliance. Only the partner's
 * name and the alliance's purpose are required; every evidence item is optional, and one left out
 * (or given as null or "UNKNOWN") is unknown. With an {@code allianceId} the assessment is stored in
 * that alliance's case file. With a {@code contract}, the answer also says where the contract on the
 * table stands. {@code fit} (how the partner fits what the alliance needs) and {@code power} (how much
 * each side depends on the other) are facts about the deal rather than evidence of trustworthiness:
 * named as in the evidence catalogue's sections of the same names, each optional, unknown when left out.
 */
public record PartnerAssessmentRequest(String allianceId, @Required Partner partner, @Required AlliancePlan alliance, DecisionContext context,
                                       Map<String, Map<String, JsonNode>> evidence, Map<String, JsonNode> fit,
                                       Map<String, JsonNode> power, ContractTerms contract) {

    /**
     * How the decision is being made, and {@code ourSide}: what our own side has done in the deal
     * (each item optional; never evidence about the partner).
     */
    public record DecisionContext(CeoCommitment ceoCommitment, TimePressure timePressure,
                                  Integer alternativesConsidered, OurConduct ourSide) {

        public DecisionContext(CeoCommitment ceoCommitment, TimePressure timePressure, Integer alternativesConsidered) {
            this(ceoCommitment, timePressure, alternativesConsidered, null);
        }
    }

    /** How set the CEO is on this partner. */
    public enum CeoCommitment { OPEN, INCLINED, DETERMINED }

    public enum TimePressure { LOW, MODERATE, HIGH }
}
