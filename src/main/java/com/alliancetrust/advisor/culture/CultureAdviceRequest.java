package com.alliancetrust.advisor.culture;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Our side and the partner's, each by country code (ISO 3166-1 alpha-2) or by the firm's own
 * dimension values, or both: a value given for a dimension overrides the country's, for a firm
 * whose culture differs from its country's. Whether the alliance will work mostly at a distance, deal
 * with public officials, or work through intermediaries.
 */
public record CultureAdviceRequest(Side ours, Side partner, AllianceFacts alliance) {

    /** {@code dimensions} maps a dimension id (powerDistance, trusting, context, ...) to its value. */
    public record Side(String country, Map<String, JsonNode> dimensions) {
    }

    /**
     * {@code governmentFacing}: the work deals with public officials (licences, permits, customs, public
     * contracts); {@code intermediaries}: agents, consultants or introducers will act for either side.
     */
    public record AllianceFacts(Boolean virtual, Boolean governmentFacing, Boolean intermediaries) {
        public AllianceFacts(Boolean virtual) {
            this(virtual, null, null);
        }
    }
}
