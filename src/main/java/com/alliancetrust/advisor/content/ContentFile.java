package com.alliancetrust.advisor.content;

/** A rule or knowledge file: its path relative to the content root (e.g. {@code rules/selection/integrity.drl}). */
public record ContentFile(String path, String text) {

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
