package com.alliancetrust.advisor.domain;

/** A checklist item selected by a rule, with the priority that rule gives it. */
public record ChecklistPick(String itemId, Priority priority) implements Conclusion {
    public String getItemId() { return itemId; }

    @Override
    public String statement() {
        return "checklist item " + itemId + " (" + priority + ")";
    }
}
