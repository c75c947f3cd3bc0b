package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.SummaryKind;
import java.util.List;
import java.util.Map;

/**
 * How every result's summary is made ({@code knowledge-base/summary.yaml}): how many lines of each
 * kind it gives at most ({@code limits}, in the order of precedence), and the wording of each line,
 * by id, with {@code {name}} placeholders filled from the conclusions the line states.
 */
public record SummaryWording(Map<SummaryKind, Integer> limits, int maxLines, String reason, List<Template> lines) {

    public record Template(String id, String text) {
    }

    /** The wording of a line with its placeholders filled. */
    public String line(String id, Map<String, String> values) {
        String text = lines.stream().filter(t -> t.id().equals(id)).map(Template::text).findFirst()
                .orElseThrow(() -> new IllegalStateException("No summary wording '" + id + "'"));
        for (var e : values.entrySet()) text = text.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        return text;
    }
}
