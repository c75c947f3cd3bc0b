package com.alliancetrust.advisor.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules and knowledge base the advisor runs on, with a version identifier: a hash of every
 * file's path and content, so that an assessment can be tied to exactly what produced it.
 */
public record Content(List<ContentFile> rules, List<ContentFile> knowledge, String origin, String version) {

    public static Content of(List<ContentFile> rules, List<ContentFile> knowledge, String origin) {
        return new Content(List.copyOf(rules), List.copyOf(knowledge), origin, hash(rules, knowledge));
    }

    private static String hash(List<ContentFile> rules, List<ContentFile> knowledge) {
        List<ContentFile> all = new ArrayList<>(rules);
        all.addAll(knowledge);
        return ContentFile.hash(all).substring(0, 16);
    }
}
