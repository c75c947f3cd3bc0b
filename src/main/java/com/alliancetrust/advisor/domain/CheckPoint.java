package com.alliancetrust.advisor.domain;

/**
 * One health check in an alliance's series: {@code seq} counts from 1, oldest first; {@code latest}
 * marks the current one. {@code survey} numbers the checks that had a trust survey (1 for the first
 * such check; 0 when this one had none: trust was not measured at it); {@code latestSurvey} marks the
 * latest check with a survey. {@code monthsObserved} is the history of working together the checks
 * show by this one: whole months since the first check.
 */
public record CheckPoint(int seq, String date, boolean latest, int survey, boolean latestSurvey, int monthsObserved) {
    public CheckPoint(int seq, String date, boolean latest) {
        this(seq, date, latest, seq, latest, 0);
    }

    public int getSeq() { return seq; }
    public boolean isLatest() { return latest; }
    public int getSurvey() { return survey; }
    public boolean isLatestSurvey() { return latestSurvey; }
    public int getMonthsObserved() { return monthsObserved; }
}
