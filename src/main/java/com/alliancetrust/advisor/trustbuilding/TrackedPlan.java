package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.domain.Required;
import java.util.List;

/**
 * A trust-building plan kept in a case file, with how far it has got: the plan as made, and each of
 * its steps with its due date and mark. {@code overdue}: still open after its due date.
 * {@code version} counts the marks; each step carries its own, to send back with its next mark.
 */
public record TrackedPlan(String id, String allianceId, String assessmentId, String createdAt, String rulesVersion, TrustBuildingPlan plan,
                          List<Step> steps, Progress progress, int version) {

    /** A step with its phase, its due date and its mark. */
    public record Step(String id, String phase, String phaseName, String title, String due, boolean overdue, StoredPlan.Status status,
                       String note, String markedAt, String markedBy, int version) {
    }

    /** How many steps are still open, done or not applicable, and how many of the open ones are overdue. */
    public record Progress(int total, int open, int done, int notApplicable, int overdue) {
    }

    /**
     * A change of a step's tracking state: its status, with an optional note, who and when (today
     * when not given); {@code version} is the step's version as read, so that a change made meanwhile
     * is never overwritten unseen.
     */
    public record Mark(@Required StoredPlan.Status status, String note, String by, String date, @Required Integer version) {
    }
}
