package com.alliancetrust.advisor;

import com.alliancetrust.advisor.domain.SummaryKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * What holds for the summary of every result, whatever the capability: one to five lines, the
 * decision first and only once, the kinds in order (decision, reasons, conditions, unknowns), no line
 * repeated, every line a short sentence (or a question still to answer) in words with no code, id, placeholder, {@code null} or
 * {@code undefined}. Each scenario test adds what its capability's summary must agree with.
 */
public final class SummaryChecks {
    /** A run of capitals joined by an underscore (PROCEED_WITH_SAFEGUARDS), a kebab-case id (tb-decide-first) or a placeholder. */
    private static final String CODE = ".*([A-Z]{2,}_[A-Z]+|\\b[a-z]+-[a-z]+-[a-z]+\\b|\\{[a-z]+}).*";

    private SummaryChecks() {
    }

    public static void check(SoftAssertions softly, String where, JsonNode summary) {
        softly.assertThat(summary != null && summary.isArray()).as("%s: a summary", where).isTrue();
        if (summary == null || !summary.isArray()) return;
        softly.assertThat(summary.size()).as("%s: summary lines", where).isBetween(1, 5);
        List<SummaryKind> kinds = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (JsonNode line : summary) {
            SummaryKind kind = SummaryKind.valueOf(line.path("kind").asText());
            String text = line.path("text").asText();
            kinds.add(kind);
            softly.assertThat(texts.add(text.toLowerCase())).as("%s: summary line repeated: %s", where, text).isTrue();
            softly.assertThat(text).as("%s: summary line", where).isNotBlank().matches("(?s).*[.?!]").hasSizeLessThan(260)
                    .doesNotContain("null", "undefined").doesNotMatch(CODE);
        }
        if (kinds.isEmpty()) return;
        softly.assertThat(kinds.get(0)).as("%s: the summary opens with the decision", where).isEqualTo(SummaryKind.DECISION);
        softly.assertThat(kinds.stream().filter(k -> k == SummaryKind.DECISION).count()).as("%s: one decision", where).isEqualTo(1);
        softly.assertThat(kinds).as("%s: kinds in order", where).isSorted();
    }

    /** The texts of the lines of one kind. */
    public static List<String> lines(JsonNode summary, SummaryKind kind) {
        List<String> texts = new ArrayList<>();
        if (summary != null) summary.forEach(l -> {
            if (l.path("kind").asText().equals(kind.name())) texts.add(l.path("text").asText());
        });
        return texts;
    }

    /** The decision line, or an empty text. */
    public static String decision(JsonNode summary) {
        return lines(summary, SummaryKind.DECISION).stream().findFirst().orElse("");
    }

    /** Prints a summary when the system property {@code summaries.print} is set, to read them all at once. */
    public static void print(String where, JsonNode summary) {
        if (System.getProperty("summaries.print") == null) return;
        StringBuilder out = new StringBuilder("SUMMARY " + where + "\n");
        if (summary != null) summary.forEach(l -> out.append("  ").append(l.path("kind").asText()).append(": ").append(l.path("text").asText()).append("\n"));
        System.out.print(out);
    }
}
