package com.alliancetrust.advisor.knowledge;

/** A bibliography entry; {@code note} says what about it is uncertain, if anything. */
public record Source(String id, String authors, int year, String title, String venue, String note) {

    public String citation() {
        return authors + " (" + year + "). " + title + (venue == null ? "" : ". " + venue) + ".";
    }
}
