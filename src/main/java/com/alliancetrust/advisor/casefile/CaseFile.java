package com.alliancetrust.advisor.casefile;

import java.util.List;

/** An alliance with everything recorded for it, newest last. */
public record CaseFile(Alliance alliance, List<TimelineEvent> timeline, List<AssessmentSummary> assessments) {
}
