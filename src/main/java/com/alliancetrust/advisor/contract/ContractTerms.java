package com.alliancetrust.advisor.contract;

import com.alliancetrust.advisor.domain.ControlProvision;
import com.alliancetrust.advisor.domain.CoordinationProvision;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.DraftReaction;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.TrustLevel;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.domain.AlliancePlan;
import java.util.List;

/**
 * The contract on the table, as the optional {@code contract} section of a partner assessment: its
 * provisions and how the partner took the draft. The relationship (stage, trust, prior alliances)
 * and the alliance (purpose, IP sensitivity) are those of the assessment itself.
 */
public record ContractTerms(@MaxItems(20) List<ControlProvision> controlProvisions, @MaxItems(20) List<CoordinationProvision> coordinationProvisions,
                            Boolean reviewClause, Boolean flexibilityClause, Boolean reciprocalRemedies, Boolean ipProtocol,
                            Integer pages, DraftReaction reactionToDraft, Boolean partnerRelationshipBased) {

    /**
     * The contract-balance request for these terms, with the stage and the overall trustworthiness
     * the assessment concluded; an UNKNOWN trustworthiness stays unknown.
     */
    public ContractBalanceRequest request(AlliancePlan alliance, TrustStage stage, Level overall) {
        return request(alliance, stage, overall, null);
    }

    /**
     * As above, with the partner's country, so that the draft's compliance clauses are weighed against
     * its corruption risk and against whether the work deals with public officials.
     */
    public ContractBalanceRequest request(AlliancePlan alliance, TrustStage stage, Level overall, String partnerCountry) {
        TrustLevel trust = switch (overall) {
            case LOW -> TrustLevel.LOW;
            case MODERATE -> TrustLevel.MODERATE;
            case HIGH -> TrustLevel.HIGH;
            case UNKNOWN -> null;
        };
        return new ContractBalanceRequest(
                new ContractBalanceRequest.Contract(controlProvisions, coordinationProvisions, reviewClause, flexibilityClause,
                        reciprocalRemedies, ipProtocol, pages),
                new ContractBalanceRequest.Relationship(stage, alliance.priorAlliances(), trust),
                new ContractBalanceRequest.AllianceFacts(alliance.purpose(), null, alliance.expectedDurationYears(), alliance.ipSensitivity(),
                        alliance.governmentFacing(), alliance.intermediaries()),
                null, new ContractBalanceRequest.PartnerSide(partnerRelationshipBased, reactionToDraft, partnerCountry));
    }
}
