package com.alliancetrust.advisor.domain;

import java.util.List;


/**
 * {@code ourCountry} (ISO 3166-1 alpha-2), with the partner's country, adds the cultural comparison to the
 * assessment and tells whether the deal is cross-border; {@code governmentFacing} says whether the
 * alliance's work deals with public officials (licences, permits, customs, public contracts);
 * {@code intermediaries} whether agents, consultants or introducers will act for either side in the deal.
 */
public record AlliancePlan(@Required Purpose purpose, @MaxItems(20) List<String> scopeDomains, IpSensitivity ipSensitivity,
                           Integer expectedDurationYears, Boolean virtual, Integer priorAlliances, String ourCountry,
                           Boolean governmentFacing, Boolean intermediaries) {

    /** A plan that says nothing about intermediaries (unknown). */
    public AlliancePlan(Purpose purpose, List<String> scopeDomains, IpSensitivity ipSensitivity, Integer expectedDurationYears, Boolean virtual,
                        Integer priorAlliances, String ourCountry, Boolean governmentFacing) {
        this(purpose, scopeDomains, ipSensitivity, expectedDurationYears, virtual, priorAlliances, ourCountry, governmentFacing, null);
    }
}
