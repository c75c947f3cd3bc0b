package com.alliancetrust.advisor.domain;

/**
 * The kinds of partner fit, judged apart from trust (Geringer 1991: task-related criteria beside
 * partner-related ones; Douma et al. 2000: strategic, organisational and cultural fit): does the
 * partner bring what the alliance needs, does it want the same from it, can the two firms work
 * together, and can their people.
 */
public enum FitKind {
    STRATEGIC("strategic fit"), GOALS("goals and values"), ORGANISATIONAL("organisational fit"), CULTURAL("cultural fit");

    private final String words;

    FitKind(String words) {
        this.words = words;
    }

    /** The kind in plain words, for sentences a reader sees. */
    public String words() {
        return words;
    }
}
