package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.explain.Explanation;
import java.util.List;

/**
 * A checklist as stored and backed up: the deal it was built for (whose {@code allianceId} and
 * {@code assessmentId} say where it belongs), the rules and knowledge version that chose its items,
 * and each item, in order, with why it was chosen and its tracking state.
 */
public record StoredChecklist(String id, String createdAt, String rulesVersion, ChecklistContext context, int version,
                              @MaxItems(500) List<Item> items) {

    /** An item: why it is on the list, and its mark (status, note, finding, when and by whom) with the version of that mark. */
    public record Item(String id, Priority priority, @MaxItems(100) List<Explanation> reasons, Checklist.Status status, String note, String finding,
                       String markedAt, String markedBy, int version) {
    }
}
