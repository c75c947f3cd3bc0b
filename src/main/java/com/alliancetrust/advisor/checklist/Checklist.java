package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Required;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.ChecklistItem;
import java.util.List;

/**
 * A due-diligence checklist with its items, why each was chosen, and how far the work has got;
 * {@code summary} opens it in at most five lines (where the work stands, red flags found, the most
 * important checks still open, what to do with the findings).
 */
public record Checklist(String id, String allianceId, String assessmentId, String createdAt, String rulesVersion,
                        ChecklistContext context, String corruptionRisk, List<Item> items, Progress progress, Integer version,
                        @MaxItems(5) List<SummaryLine> summary) {

    public enum Status { OPEN, DONE, NOT_APPLICABLE, RED_FLAG }

    /**
     * An item with why it is there and its mark; {@code version} is the mark's, to send back with the next mark;
     * {@code findingWords} is the finding as the reader says it, from the evidence catalogue ("Beneficial
     * ownership: fully disclosed and verified"), absent when nothing was found.
     */
    public record Item(String id, ChecklistItem.Section section, String title, String check, String verify, String why,
                       Priority priority, List<Explanation> reasons, String resolves, Status status, String note, String finding,
                       String markedAt, String markedBy, int version, String findingWords) {
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

    /**
     * The summary, from the items the rules chose and their marks: where the work stands, the red flags
     * found, the most important checks still open (the rules' priority), and the re-assessment the
     * findings are for.
     */
    static List<SummaryLine> summarise(KnowledgeBase kb, List<Item> items, Progress p, boolean assessed) {
        var s = new Summariser(kb);
        if (p.redFlags() > 0) s.offer(SummaryKind.DECISION, p.redFlags() == 1 ? "checklist.decision.red-flag" : "checklist.decision.red-flags",
                "count", String.valueOf(p.redFlags()));
        else if (p.open() == 0) s.offer(SummaryKind.DECISION, "checklist.decision.complete", "total", String.valueOf(p.total()));
        else s.offer(SummaryKind.DECISION, "checklist.decision.open", "open", String.valueOf(p.open()), "total", String.valueOf(p.total()));
        items.stream().filter(i -> i.status() == Status.RED_FLAG)
                .forEach(i -> s.offer(SummaryKind.REASON, "checklist.reason.red-flag", "title", i.title()));
        for (var priority : List.of(com.alliancetrust.advisor.domain.Priority.CRITICAL, com.alliancetrust.advisor.domain.Priority.HIGH)) {
            List<String> open = items.stream().filter(i -> i.status() == Status.OPEN && i.priority() == priority).map(Item::title).toList();
            if (!open.isEmpty()) s.offer(SummaryKind.REASON, "checklist.reason.open." + priority.name(), "count", String.valueOf(open.size()),
                    "titles", Summariser.list(open, 2));
        }
        if (p.done() + p.redFlags() > 0) s.offer(SummaryKind.CONDITION, assessed ? "checklist.condition.reassess" : "checklist.condition.assess");
        else if (items.stream().anyMatch(i -> i.status() == Status.OPEN && i.priority() == com.alliancetrust.advisor.domain.Priority.CRITICAL)) {
            s.offer(SummaryKind.CONDITION, "checklist.condition.start");
        }
        if (p.open() > 0) s.offer(SummaryKind.UNKNOWN, "checklist.unknown.open", "open", String.valueOf(p.open()));
        return s.lines();
    }
}
