package com.alliancetrust.advisor.knowledge;

import java.util.List;

/** A due-diligence check: what to check, how to verify it, why it matters, and the evidence field it establishes. */
public record ChecklistItem(String id, Section section, String title, String check, String verify, String why, String resolves,
                            List<String> sources) {

    public enum Section {
        STRATEGIC_FIT, COMPETENCE, FINANCIAL_HEALTH, INTEGRITY_COMPLIANCE, RELATIONAL_HISTORY, CULTURE_ORGANISATION,
        IP_INFORMATION, GOVERNANCE_DESIGN, EXIT
    }
}
