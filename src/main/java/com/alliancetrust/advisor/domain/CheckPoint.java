package com.alliancetrust.advisor.domain;

/** One health check in an alliance's series: {@code seq} counts from 1, oldest first; {@code latest} marks the current one. */
public record CheckPoint(int seq, String date, boolean latest) {
    public int getSeq() { return seq; }
    public boolean isLatest() { return latest; }
}
