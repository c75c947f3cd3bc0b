package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.domain.GapSize;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.TrustStage;

/**
 * What a trust-building plan is made from. With {@code assessmentId}, a stored partner assessment
 * gives the trust profile, the stage, whether the work is remote, the widest cultural gap and
 * whether the contract has a review clause; any of them given here replaces the assessment's.
 * Without one, whatever is given is used and anything else is unknown. {@code startDate}
 * (YYYY-MM-DD) is the day the plan starts, today when not given.
 */
public record TrustBuildingRequest(String assessmentId, String startDate, Profile profile, TrustStage stage, Boolean virtual,
                                   GapSize largestCultureGap, Boolean reviewClause, Boolean ourLeadChangeExpected) {

    /** How far each element of the partner's trustworthiness is established; one not given is unknown. */
    public record Profile(Level competence, Level integrity, Level benevolence, Level predictability) {
    }
}
