package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * A recommendation a rule decided to give. Its wording (title, text, why, category) comes from the
 * knowledge base by id; {@code subject} narrows it (an element, say) and {@code items} lists what it
 * concerns (for example the evidence fields still missing).
 */
public record Advice(String id, Priority priority, String subject, List<String> items, List<Object> basis)
        implements Conclusion {

    public Advice(String id, Priority priority) {
        this(id, priority, null, List.of(), List.of());
    }

    public Advice(String id, Priority priority, String subject) {
        this(id, priority, subject, List.of(), List.of());
    }

    /** Advice about the evidence still missing for one element: the items are the missing fields. */
    public static Advice gaps(String id, Priority priority, TrustElement element, List<?> missing) {
        List<String> fields = missing.stream().map(m -> ((MissingEvidence) m).field()).toList();
        return new Advice(id, priority, element.key(), fields, List.copyOf(missing));
    }

    /** Advice about the fit facts still unknown: the items are the missing facts. */
    public static Advice fitGaps(String id, Priority priority, List<?> missing) {
        List<String> fields = missing.stream().map(m -> ((MissingFitFact) m).field()).toList();
        return new Advice(id, priority, null, fields, List.copyOf(missing));
    }

    /** Advice resting on facts an accumulate gathered, which the match itself does not show. */
    public static Advice basedOn(String id, Priority priority, List<?> basis) {
        return new Advice(id, priority, null, List.of(), List.copyOf(basis));
    }

    public String getId() { return id; }
    public String getSubject() { return subject; }

    @Override
    public String statement() {
        return "advice " + id + (subject == null ? "" : " (" + subject + ")");
    }
}
