package com.alliancetrust.advisor.casefile;

/** One entry of an alliance's history; {@code recordId} points at the record it concerns, if any. */
public record TimelineEvent(String id, String allianceId, String at, String kind, String summary, String recordId) {
}
