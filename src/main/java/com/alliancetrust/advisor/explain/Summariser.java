package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.SummaryWording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way every result opens: at most a few short lines, picked from the conclusions the rules
 * drew, by the precedence {@code knowledge-base/summary.yaml} declares. A capability offers its
 * conclusions, most important first within each kind (the decision, the reasons that carry it, the
 * conditions, what is unknown); the summariser keeps up to each kind's limit, gives any line left
 * over to the next conclusions in order of precedence, never repeats a line, and words each from the
 * knowledge base. It judges nothing itself.
 */
public final class Summariser {
    private final SummaryWording wording;
    private final List<SummaryLine> offered = new ArrayList<>();

    public Summariser(KnowledgeBase kb) {
        this.wording = kb.summaries();
    }

    /** Offers a line worded by the template {@code id}, its placeholders filled from {@code values} (name, value, ...). */
    public Summariser offer(SummaryKind kind, String id, String... values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) map.put(values[i], values[i + 1]);
        offered.add(new SummaryLine(kind, sentence(wording.line(id, map))));
        return this;
    }

    /** Offers a line already worded from the knowledge base (a red flag's title, a step's title). */
    public Summariser offerWorded(SummaryKind kind, String text) {
        if (text != null && !text.isBlank()) offered.add(new SummaryLine(kind, sentence(text)));
        return this;
    }

    /** The summary: the decision first, then reasons, conditions and unknowns, at most {@code maxLines} in all. */
    public List<SummaryLine> lines() {
        Set<String> seen = new LinkedHashSet<>();
        List<SummaryLine> distinct = offered.stream().filter(l -> seen.add(l.text().toLowerCase())).toList();
        List<SummaryLine> kept = new ArrayList<>();
        Map<SummaryKind, Integer> count = new LinkedHashMap<>();
        for (SummaryLine l : distinct) {
            int n = count.getOrDefault(l.kind(), 0);
            if (n < wording.limits().get(l.kind()) && kept.size() < wording.maxLines()) {
                kept.add(l);
                count.put(l.kind(), n + 1);
            }
        }
        for (SummaryKind kind : SummaryKind.values()) {
            if (kind == SummaryKind.DECISION) continue;
            for (SummaryLine l : distinct) {
                if (l.kind() == kind && !kept.contains(l) && kept.size() < wording.maxLines()) kept.add(l);
            }
        }
        kept.sort(Comparator.comparing(SummaryLine::kind));
        return List.copyOf(kept);
    }

    /** Names in a sentence: "a", "a and b", "a, b and c", and "and N more" beyond {@code max}. */
    public static String list(List<String> items, int max) {
        List<String> shown = items.stream().distinct().limit(max).toList();
        int more = (int) items.stream().distinct().count() - shown.size();
        if (more > 0) return String.join(", ", shown) + " and " + more + " more";
        if (shown.size() <= 1) return String.join("", shown);
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    /** The line the template {@code id} words, filled from {@code values} (name, value, ...), as the summary gives it. */
    public static String worded(KnowledgeBase kb, String id, String... values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) map.put(values[i], values[i + 1]);
        return sentence(kb.summaries().line(id, map));
    }

    /** Starts with a capital and ends with a full stop. */
    private static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return t;
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
