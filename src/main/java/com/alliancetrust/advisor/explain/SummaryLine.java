package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.SummaryKind;

/** One line of a result's summary: what kind of line it is, and the line in plain words. */
public record SummaryLine(SummaryKind kind, String text) {
}
