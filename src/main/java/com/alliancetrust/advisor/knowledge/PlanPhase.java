package com.alliancetrust.advisor.knowledge;

import java.util.List;

/**
 * A phase of the trust-building plan: its name, when its steps fall due (days from the plan's
 * start), and why then, with the research behind the timing and how firm it is.
 */
public record PlanPhase(String id, String name, int dueAfterDays, String reason, List<String> sources, Confidence confidence) {
}
