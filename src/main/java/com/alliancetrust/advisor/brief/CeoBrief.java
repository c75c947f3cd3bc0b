package com.alliancetrust.advisor.brief;

import java.util.List;

/**
 * The one-page brief of a partner assessment, addressed to the chief executive who decides: the
 * decision asked for, the recommendation, three reasons, three conditions, what is unknown, the
 * alternatives, what would change the answer and, when the assessment has one, the business case.
 * Every line is already in words (no codes); the lists are as long as the page allows
 * ({@link #shortened(int)} shortens them by rule, never the type).
 *
 * @param moreUnknowns how many unknowns are left out and named only in the full report
 */
public record CeoBrief(String partner, String date, String dealLine, String decision, String verdictWords, String recommendation,
                       String confidence, String reasonsHeading, List<String> reasons, String conditionsHeading, List<String> conditions,
                       List<String> unknowns, int moreUnknowns, List<String> alternatives, List<String> whatWouldChange,
                       List<String> businessCase, String businessCaseHeading, List<String> sources, String footer) {

    /** The most shortening {@link #shortened(int)} knows; beyond it the brief is as short as it gets. */
    public static final int MOST_SHORTENED = 6;

    /**
     * The same brief shortened by rule, one step at a time: fewer unknowns shown first (the rest
     * counted, "and N more in the full report"), then fewer lines of the business case, then fewer
     * changes and alternatives, then two reasons and two conditions. The decision, the recommendation
     * and the first reason and condition always stay.
     */
    public CeoBrief shortened(int step) {
        List<String> u = unknowns;
        List<String> b = businessCase;
        List<String> w = whatWouldChange;
        List<String> a = alternatives;
        List<String> r = reasons;
        List<String> c = conditions;
        if (step >= 1) u = first(u, 3);
        if (step >= 2) b = first(b, 3);
        if (step >= 3) { u = first(u, 2); w = first(w, 1); }
        if (step >= 4) { b = first(b, 2); a = first(a, 1); }
        if (step >= 5) { u = first(u, 1); r = first(r, 2); c = first(c, 2); }
        if (step >= 6) { b = first(b, 1); }
        int more = moreUnknowns + (unknowns.size() - u.size());
        return new CeoBrief(partner, date, dealLine, decision, verdictWords, recommendation, confidence, counted(reasonsHeading, r.size()), r,
                counted(conditionsHeading, c.size()), c, u, more, a, w, b, businessCaseHeading, sources, footer);
    }

    /** "Three reasons" as "Two reasons" or "One reason" when there are fewer; other headings as they are. */
    static String counted(String heading, int n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(One|Two|Three) (reason|condition|check)s?\\b").matcher(heading);
        if (!m.find() || n < 1 || n > 3) return heading;
        String number = n == 1 ? "One" : n == 2 ? "Two" : "Three";
        return number + " " + m.group(2) + (n == 1 ? "" : "s") + heading.substring(m.end());
    }

    private static List<String> first(List<String> list, int n) {
        return list.size() <= n ? list : List.copyOf(list.subList(0, n));
    }

    /** Every line of the brief, in reading order (for checks on what it says). */
    public List<String> lines() {
        List<String> all = new java.util.ArrayList<>(List.of(partner, date, dealLine, decision, verdictWords, recommendation, confidence,
                reasonsHeading, conditionsHeading, businessCaseHeading, footer));
        all.addAll(reasons);
        all.addAll(conditions);
        all.addAll(unknowns);
        all.addAll(alternatives);
        all.addAll(whatWouldChange);
        all.addAll(businessCase);
        all.addAll(sources);
        return all;
    }
}
