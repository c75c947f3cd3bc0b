package com.alliancetrust.advisor.domain;

/**
 * How one piece of evidence bears on its trust element, read qualitatively rather than as points.
 * Each element combines its readings the way research says people should read that kind of evidence
 * (see rules/selection/trust-profile.drl): for integrity, goodwill and reliability what is adverse
 * dominates; for competence one real demonstration says more than a slip.
 */
public enum Bearing {
    /** An observed act or record that on its own says the element is weak. */
    STRONGLY_AGAINST("strongly against"),
    /** A concern: the element cannot be judged high while it stands. */
    AGAINST("against"),
    /** A slight concern worth following up; it does not decide the element's level. */
    SLIGHTLY_AGAINST("slightly against"),
    /**
     * An allegation or an unresolved match: to verify. Not a finding, so it does not lower its element;
     * not nothing either, so it holds back the verdict until it is settled.
     */
    UNVERIFIED("unverified, to check"),
    /** Known, but says nothing either way (a short record, adequate finances, a disclosed exposure). */
    NEUTRAL("neither for nor against"),
    /** A check that found nothing adverse: it raises confidence, it does not outweigh observed conduct. */
    NOTHING_ADVERSE("nothing adverse found"),
    /** Ordinary favourable evidence. */
    SUPPORTS("in favour"),
    /** A direct demonstration, such as a pilot delivered to target. */
    DEMONSTRATES("a demonstration");

    private final String words;

    Bearing(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean isAdverse() {
        return this == STRONGLY_AGAINST || this == AGAINST || this == SLIGHTLY_AGAINST;
    }

    public boolean isFavourable() {
        return this == NOTHING_ADVERSE || this == SUPPORTS || this == DEMONSTRATES;
    }
}
