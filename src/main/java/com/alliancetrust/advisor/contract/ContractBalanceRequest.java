package com.alliancetrust.advisor.contract;

import com.alliancetrust.advisor.domain.ControlProvision;
import com.alliancetrust.advisor.domain.CoordinationProvision;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.List;

/**
 * A contract on the table described by observable features, and the relationship it governs.
 * Everything is optional; what is not given is unknown and no rule reads it as yes or no.
 */
public record ContractBalanceRequest(Contract contract, Relationship relationship, AllianceFacts alliance, Innovation innovation,
                                     PartnerSide partner) {

    public record Contract(@MaxItems(20) List<ControlProvision> controlProvisions, @MaxItems(20) List<CoordinationProvision> coordinationProvisions,
                           Boolean reviewClause, Boolean flexibilityClause, Boolean reciprocalRemedies, Boolean ipProtocol, Integer pages) {
    }

    /** Trust measured (a health check) or assessed; VERY_HIGH is the range where over-trust can set in. */
    public enum TrustLevel { LOW, MODERATE, HIGH, VERY_HIGH }

    public record Relationship(TrustStage stage, Integer priorAlliances, TrustLevel trust) {
    }

    /**
     * {@code governmentFacing}: whether the alliance's work deals with public officials (licences, permits, customs, public contracts);
     * {@code intermediaries}: whether agents, consultants or introducers will act for either side.
     */
    public record AllianceFacts(Purpose purpose, Integer ageMonths, Integer expectedDurationYears, IpSensitivity ipSensitivity,
                                Boolean governmentFacing, Boolean intermediaries) {
        public AllianceFacts(Purpose purpose, Integer ageMonths, Integer expectedDurationYears, IpSensitivity ipSensitivity) {
            this(purpose, ageMonths, expectedDurationYears, ipSensitivity, null, null);
        }

        public AllianceFacts(Purpose purpose, Integer ageMonths, Integer expectedDurationYears, IpSensitivity ipSensitivity,
                             Boolean governmentFacing) {
            this(purpose, ageMonths, expectedDurationYears, ipSensitivity, governmentFacing, null);
        }
    }

    public enum Trend { RISING, STABLE, FALLING }

    /** Innovation output over time, and how much the partners still challenge each other's ideas (1-5). */
    public record Innovation(Trend outputTrend, Integer taskChallenge) {
    }

    public enum DraftReaction { ACCEPTED, NEGOTIATED, OBJECTED, OFFENDED }

    /**
     * Whether the partner builds trust through relationships rather than documents, how it reacted to the
     * draft, and its country (ISO 3166-1 alpha-2), whose perceived corruption risk the draft's compliance
     * clauses are weighed against.
     */
    public record PartnerSide(Boolean relationshipBased, DraftReaction reactionToDraft, String country) {
        public PartnerSide(Boolean relationshipBased, DraftReaction reactionToDraft) {
            this(relationshipBased, reactionToDraft, null);
        }
    }
}
