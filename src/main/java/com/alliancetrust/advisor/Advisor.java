package com.alliancetrust.advisor;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.KnowledgeException;
import com.alliancetrust.advisor.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One consistent version of the advisor's reasoning: the compiled rules, the knowledge base they
 * word their conclusions with, and the version identifier of both. Loading checks that the two
 * agree: every id a rule can emit and every source a rule cites exists in the knowledge base.
 */
public record Advisor(Content content, KnowledgeBase knowledge, RuleEngine engine) {
    public static final int MAX_FIRINGS = 10_000;

    private static final Pattern ADVICE_ID = Pattern.compile("(?:new Advice|Advice\\.gaps|Advice\\.basedOn)\\(\\s*\"([^\"]+)\"");
    private static final Pattern RED_FLAG_ID = Pattern.compile("new RedFlag\\(\\s*\"([^\"]+)\"");
    private static final Pattern FACT_NAME = Pattern.compile("Fact\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    public static Advisor load(Content content, Set<String> inputNames) {
        KnowledgeBase kb = KnowledgeLoader.load(content.knowledge());
        RuleEngine engine = RuleEngine.compile(content.rules(), MAX_FIRINGS);
        checkReferences(content, kb, engine, inputNames);
        return new Advisor(content, kb, engine);
    }

    public String version() {
        return content.version();
    }

    private static void checkReferences(Content content, KnowledgeBase kb, RuleEngine engine, Set<String> inputNames) {
        List<String> problems = new ArrayList<>();
        for (ContentFile f : content.rules()) {
            check(f, ADVICE_ID, kb.advice()::containsKey, "advice id", "knowledge-base/advice.yaml", problems);
            check(f, RED_FLAG_ID, kb.redFlags()::containsKey, "red flag id", "knowledge-base/red-flags.yaml", problems);
            check(f, FACT_NAME, n -> kb.evidence().containsKey(n) || inputNames.contains(n), "input fact",
                    "knowledge-base/evidence.yaml or the request", problems);
        }
        for (RuleInfo rule : engine.catalogue().values()) {
            if (rule.sources().isEmpty()) problems.add(rule.file() + ": rule \"" + rule.name() + "\" cites no source (@sources)");
            for (String s : rule.sources()) {
                if (!kb.bibliography().containsKey(s)) {
                    problems.add(rule.file() + ": rule \"" + rule.name() + "\" cites unknown source '" + s + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException("Rules and knowledge base do not agree:\n  " + String.join("\n  ", problems));
        }
    }

    private static void check(ContentFile file, Pattern pattern, Predicate<String> exists, String what, String where,
                              List<String> problems) {
        Matcher m = pattern.matcher(file.text());
        while (m.find()) {
            if (!exists.test(m.group(1))) {
                int line = (int) file.text().substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                problems.add(file.path() + ":" + line + ": " + what + " '" + m.group(1) + "' is not in " + where);
            }
        }
    }
}
