package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleCode;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.knowledge.Confidence;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much research a monitoring warning rests on, and the priority that allows: as a
 * recommendation is worded ({@link AdviceWording}), a critical warning resting on Low or
 * Low-Medium confidence research is lowered to high, and its why says so.
 */
final class WarningConfidence {
    private static final Pattern QUOTED = Pattern.compile("\"([a-z0-9-]+)\"");
    /** Per compiled rule set: each advice id with the confidence of the rules that can give it (the highest, if several). */
    private static final Map<RuleEngine, Map<String, Confidence>> BY_ENGINE = Collections.synchronizedMap(new WeakHashMap<>());

    private WarningConfidence() {
    }

    /** That of the rule that gave the advice, as it fired; a rule that states none counts as Low. */
    static Confidence of(Evaluation evaluation, Advice advice) {
        return evaluation.derivationOf(advice).map(d -> d.rule().confidence()).map(c -> c == null ? Confidence.LOW : c).orElse(Confidence.LOW);
    }

    /**
     * Without a record of which rule fired: that of the rules whose consequence names the advice
     * (the same rule as above wherever one rule gives it; the highest when several could).
     */
    static Confidence of(RuleEngine engine, KnowledgeBase kb, Advice advice) {
        return BY_ENGINE.computeIfAbsent(engine, e -> byAdvice(e, kb)).getOrDefault(advice.id(), Confidence.LOW);
    }

    static Map<String, Confidence> byAdvice(RuleEngine engine, KnowledgeBase kb) {
        Map<String, Confidence> byAdvice = new HashMap<>();
        for (RuleCode code : engine.code()) {
            RuleInfo rule = engine.catalogue().values().stream().filter(r -> r.name().equals(code.rule())).findFirst().orElse(null);
            if (rule == null) continue;
            Confidence c = rule.confidence() == null ? Confidence.LOW : rule.confidence();
            Matcher m = QUOTED.matcher(code.consequence().text());
            while (m.find()) {
                if (kb.advice().containsKey(m.group(1))) byAdvice.merge(m.group(1), c, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return Map.copyOf(byAdvice);
    }

    /** CRITICAL lowered to HIGH when the research behind it is below {@link AdviceWording#BELOW_TOP_PRIORITY}; any other priority as it is. */
    static Priority capped(Priority priority, Confidence confidence) {
        return priority == Priority.CRITICAL && confidence.compareTo(AdviceWording.BELOW_TOP_PRIORITY) >= 0 ? Priority.HIGH : priority;
    }

    /** What a lowered warning's why adds. */
    static String lowered(Confidence confidence) {
        return " The research behind this warning is of " + AdviceWording.words(confidence)
                + " confidence, so it is given high priority rather than top priority.";
    }
}
