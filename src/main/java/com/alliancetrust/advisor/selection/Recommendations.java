package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.Confidence;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.explain.Action;
import com.alliancetrust.advisor.explain.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recommendations of one evaluation, worded from the knowledge base: one per advice and subject,
 * carrying the confidence of the research behind the strongest rule that gave it, never top priority
 * on Low or Low-Medium confidence research alone, and never two that the knowledge base declares
 * contradictory or repeated (the preferred one is kept).
 */
final class Recommendations {
    /** Research this weak or weaker cannot by itself make a recommendation top priority. */

    private final KnowledgeBase kb;
    private final Evaluation evaluation;
    private final ExplanationBuilder explanations;

    Recommendations(KnowledgeBase kb, Evaluation evaluation, ExplanationBuilder explanations) {
        this.kb = kb;
        this.evaluation = evaluation;
        this.explanations = explanations;
    }

    List<Recommendation> list() {
        Map<String, List<Advice>> byKey = new LinkedHashMap<>();
        for (Advice a : evaluation.all(Advice.class)) byKey.computeIfAbsent(key(a.id(), a.subject()), k -> new ArrayList<>()).add(a);
        for (AdviceConflict conflict : kb.adviceConflicts()) {
            if (present(byKey, conflict.ids().get(0)) && present(byKey, conflict.ids().get(1))) {
                byKey.keySet().removeIf(k -> matches(k, conflict.dropped()));
            }
        }
        return byKey.values().stream().map(this::recommendation)
                .sorted(Comparator.comparing(Recommendation::priority)).toList();
    }

    private Recommendation recommendation(List<Advice> given) {
        // Of several rules giving the same advice, the one resting on the strongest research speaks for it.
        Advice strongest = given.stream().min(Comparator.comparing(this::confidenceOf)).orElseThrow();
        Confidence confidence = confidenceOf(strongest);
        Priority priority = strongest.priority();
        AdviceText text = kb.adviceText(strongest.id());
        String why = AdviceWording.fill(text.why(), strongest.subject());
        if (priority == Priority.CRITICAL && confidence.compareTo(AdviceWording.BELOW_TOP_PRIORITY) >= 0) {
            priority = Priority.HIGH;
            why += " The research behind this is of " + AdviceWording.words(confidence) + " confidence, so it is not given top priority.";
        }
        List<Action> actions = strongest.items().stream().map(key -> kb.evidenceField(key)
                .map(f -> new Action(key, f.label(), f.collect()))
                .or(() -> kb.dealField(key).map(f -> new Action(key, f.label(), f.collect())))
                .orElse(new Action(key, key, key))).toList();
        return new Recommendation(strongest.id(), AdviceWording.fill(text.title(), strongest.subject()), AdviceWording.fill(text.text(), strongest.subject()),
                text.category(), priority, confidence, strongest.subject(), actions, explanations.explain(strongest, why));
    }

    private Confidence confidenceOf(Advice advice) {
        Confidence c = evaluation.derivationOf(advice).orElseThrow().rule().confidence();
        return c == null ? Confidence.LOW : c;
    }

    private static boolean present(Map<String, ?> byKey, String id) {
        return byKey.keySet().stream().anyMatch(k -> matches(k, id));
    }

    /** Whether an advice key {@code id/subject} is named by {@code id} (any subject) or {@code id/subject}. */
    private static boolean matches(String key, String named) {
        return key.equals(named) || key.startsWith(named + "/");
    }

    private static String key(String id, String subject) {
        return subject == null ? id : id + "/" + subject;
    }
}
