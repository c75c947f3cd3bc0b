package com.alliancetrust.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A bibliography entry; {@code note} says what about it is uncertain, if anything. */
public record Source(String id, String authors, int year, String title, String venue, String note) {
    private static final Pattern BETWEEN_AUTHORS = Pattern.compile("\\s*(,|&)\\s*");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}[.\\-]*\\s*)+\\.?");

    public String citation() {
        return authors + " (" + year + "). " + title + (venue == null ? "" : ". " + venue) + ".";
    }

    /** The source as a reader names it in a sentence: "Mayer, Davis & Schoorman 1995". */
    public String inText() {
        return shortAuthors(authors) + " " + year;
    }

    /** "Mayer, R. C., Davis, J. H. & Schoorman, F. D." as "Mayer, Davis & Schoorman"; more than three as "Mayer et al.". */
    public static String shortAuthors(String authors) {
        if (authors == null) return "";
        List<String> names = new ArrayList<>();
        for (String part : BETWEEN_AUTHORS.split(authors)) {
            if (part.isBlank() || INITIALS.matcher(part.trim()).matches()) continue;
            names.add(part.trim());
        }
        if (names.isEmpty()) return authors;
        if (names.size() == 1) return names.get(0);
        if (names.size() > 3) return names.get(0) + " et al.";
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }
}
