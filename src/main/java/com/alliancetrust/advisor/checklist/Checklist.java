package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Required;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.knowledge.ChecklistItem;
import java.util.List;

/** A due-diligence checklist with its items, why each was chosen, and how far the work has got. */
public record Checklist(String id, String allianceId, String assessmentId, String createdAt, String rulesVersion,
                        ChecklistContext context, String corruptionRisk, List<Item> items, Progress progress, Integer version) {

    public enum Status { OPEN, DONE, NOT_APPLICABLE, RED_FLAG }

    /** An item with why it is there and its mark; {@code version} is the mark's, to send back with the next mark. */
    public record Item(String id, ChecklistItem.Section section, String title, String check, String verify, String why,
                       Priority priority, List<Explanation> reasons, String resolves, Status status, String note, String finding,
                       String markedAt, String markedBy, int version) {
    }

    public record Progress(int total, int open, int done, int notApplicable, int redFlags) {
    }

    /**
     * A change of an item's tracking state; {@code finding} is a value of the evidence field the item
     * establishes; {@code version} is the item's version as read, so that a change made meanwhile is
     * never overwritten unseen.
     */
    public record Mark(@Required Status status, String note, String finding, String by, String date, @Required Integer version) {
    }
}
