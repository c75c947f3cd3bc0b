package com.alliancetrust.advisor.knowledge;

/**
 * A bibliography entry as the knowledge base serves it: the source, and its citation in the words
 * every explanation citing it shows.
 */
public record BibliographyEntry(String id, String authors, int year, String title, String venue, String note, String citation) {

    public static BibliographyEntry of(Source source) {
        return new BibliographyEntry(source.id(), source.authors(), source.year(), source.title(), source.venue(), source.note(),
                source.citation());
    }
}
