package com.alliancetrust.advisor.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;

/** A rule or knowledge file: its path relative to the content root (e.g. {@code rules/selection/integrity.drl}). */
public record ContentFile(String path, String text) {

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A key for exactly these files: a hash of each file's path and text, in path order. */
    public static String key(Collection<ContentFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ContentFile f : files.stream().sorted(Comparator.comparing(ContentFile::path)).toList()) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
