package com.alliancetrust.advisor.domain;

/** A due-diligence checklist item as the rules see it: its id, section, and the evidence field it establishes, if any. */
public record CatalogueItem(String id, String section, String resolves) {
    public String getId() { return id; }
    public String getSection() { return section; }
    public String getResolves() { return resolves; }
}
