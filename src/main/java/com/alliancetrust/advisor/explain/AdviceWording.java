package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.Confidence;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.util.List;

/**
 * A piece of advice a rule gave, worded as a recommendation: its text from the knowledge base with
 * the rule's subject filled in, the confidence of the research behind the rule, and why, explained
 * from the rules that really fired. Advice resting on Low-Medium or Low confidence research is
 * never of the top priority.
 */
public final class AdviceWording {
    /** The confidence below which advice is not given top priority. */
    public static final Confidence BELOW_TOP_PRIORITY = Confidence.LOW_MEDIUM;

    private final Evaluation evaluation;
    private final KnowledgeBase kb;
    private final ExplanationBuilder explanations;

    public AdviceWording(Evaluation evaluation, KnowledgeBase kb, ExplanationBuilder explanations) {
        this.evaluation = evaluation;
        this.kb = kb;
        this.explanations = explanations;
    }

    public Recommendation word(Advice advice) {
        return word(advice, List.of());
    }

    /** With the concrete steps ({@code actions}) it asks for. */
    public Recommendation word(Advice advice, List<Action> actions) {
        AdviceText text = kb.adviceText(advice.id());
        Confidence confidence = confidenceOf(advice);
        Priority priority = advice.priority();
        String why = fill(text.why(), advice.subject());
        if (priority == Priority.CRITICAL && confidence.compareTo(BELOW_TOP_PRIORITY) >= 0) {
            priority = Priority.HIGH;
            why += " The research behind this is of " + words(confidence) + " confidence, so it is not given top priority.";
        }
        return new Recommendation(advice.id(), fill(text.title(), advice.subject()), fill(text.text(), advice.subject()),
                text.category(), priority, confidence, advice.subject(), actions, explanations.explain(advice, why));
    }

    /** That of the rule that gave the advice; a rule that states none counts as Low. */
    public Confidence confidenceOf(Advice advice) {
        Confidence c = evaluation.derivationOf(advice).orElseThrow().rule().confidence();
        return c == null ? Confidence.LOW : c;
    }

    /** A confidence as words in a sentence, such as "low-medium". */
    public static String words(Confidence c) {
        return c.name().toLowerCase().replace('_', '-');
    }

    public static String fill(String template, String subject) {
        return subject == null || template == null ? template : template.replace("{subject}", subject);
    }
}
