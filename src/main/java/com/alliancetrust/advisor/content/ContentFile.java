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

    /** A key for exactly these files, whatever their order: a hash of each file's path and text, in path order. */
    public static String key(Collection<ContentFile> files) {
        return hash(files.stream().sorted(Comparator.comparing(ContentFile::path)).toList()).substring(0, 24);
    }

    /** A hash of each file's path and text, in the order given, in hexadecimal. */
    static String hash(Iterable<ContentFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ContentFile f : files) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
