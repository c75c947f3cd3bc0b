package com.alliancetrust.advisor.domain;

/** A step of a trust-repair plan (or an item to avoid) for one part of a breach; its wording and phase live in the knowledge base. */
public record RepairStep(int part, String id) implements Conclusion {
    public int getPart() { return part; }
    public String getId() { return id; }

    @Override
    public String statement() {
        return "repair step (part " + part + "): " + id;
    }
}
