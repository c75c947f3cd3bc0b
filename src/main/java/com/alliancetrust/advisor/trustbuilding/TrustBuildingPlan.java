package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.SummaryLine;
import java.util.List;

/**
 * A plan for building trust after signing, phase by phase, each step with why. {@code basis} says
 * what it was made from; {@code notEstablished} names the elements of the partner's
 * trustworthiness nobody established, which the plan treats as blind spots. {@code summary} opens it:
 * what comes first, the first steps, the condition the rules set on deepening, and the blind spots.
 */
public record TrustBuildingPlan(String startDate, String basis, List<String> notEstablished, List<Phase> phases, String version,
                                @MaxItems(5) List<SummaryLine> summary) {

    /** A phase: its steps fall due by {@code due}; {@code timing} says why then. */
    public record Phase(String id, String name, String due, String timing, List<Recommendation> steps) {
    }
}
