package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.knowledge.Confidence;
import java.util.List;

/**
 * A recommendation. {@code confidence} is that of the research behind the rule that gave it (the
 * strongest, when several did); a recommendation resting only on Low or Low-Medium confidence
 * research is never CRITICAL.
 */
public record Recommendation(String id, String title, String text, String category, Priority priority,
                             Confidence confidence, String subject, List<Action> actions, Explanation explanation) {
}
