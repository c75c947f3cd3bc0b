package com.alliancetrust.advisor.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A code said in words where an explanation would otherwise show it bare ("HIGH", "JOINT_RND"): the words
 * {@code labels.yaml} gives it when every group that has it agrees on them, otherwise the code humanised
 * ("NOT_KNOWN" as "Not known"), as the web application does. Short codes other than YES and NO are left as
 * they are: they are country codes and the like.
 */
public final class CodeWords {
    private static final int SHORTEST_WORDED = 4;
    private final Map<String, String> agreed;

    private CodeWords(Map<String, String> agreed) {
        this.agreed = Map.copyOf(agreed);
    }

    public static CodeWords of(Collection<LabelGroup> groups) {
        Map<String, String> agreed = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (LabelGroup group : groups) {
            group.labels().forEach((code, words) -> {
                String before = agreed.putIfAbsent(code, words);
                if (before != null && !before.equals(words)) ambiguous.add(code);
            });
        }
        agreed.keySet().removeAll(ambiguous);
        return new CodeWords(agreed);
    }

    /** The value in words when it is a code; any other value (a number, a name, a sentence) as it is. */
    public String of(String value) {
        if (!isCode(value)) return value;
        String words = agreed.get(value);
        if (words != null) return words;
        if (value.length() < SHORTEST_WORDED && !value.equals("YES") && !value.equals("NO")) return value;
        String text = value.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean isCode(String value) {
        if (value == null || value.isEmpty() || value.charAt(0) < 'A' || value.charAt(0) > 'Z') return false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '_' && (c < 'A' || c > 'Z') && (c < '0' || c > '9')) return false;
        }
        return true;
    }
}
