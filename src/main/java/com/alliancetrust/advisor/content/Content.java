package com.alliancetrust.advisor.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (List<ContentFile> files : List.of(rules, knowledge)) {
                for (ContentFile f : files) {
                    sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
