package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.domain.MaxItems;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A trust-building plan as kept in a case file and backed up: what it was made from ({@code request},
 * with the assessment it started from), the rules and knowledge version that made it, the plan as
 * made ({@code plan}: its phases and steps with why), and each step, in order, with its due date and
 * its tracking state.
 */
public record StoredPlan(String id, String allianceId, String assessmentId, String createdAt, String rulesVersion, TrustBuildingRequest request,
                         JsonNode plan, int version, @MaxItems(200) List<Step> steps) {

    public enum Status { OPEN, DONE, NOT_APPLICABLE }

    /** A step: the phase it belongs to, its title and due date (its phase's), and its mark with the version of that mark. */
    public record Step(String id, String phase, String title, String due, Status status, String note, String markedAt, String markedBy,
                       int version) {
    }
}
