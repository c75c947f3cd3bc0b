package com.alliancetrust.advisor;

import com.alliancetrust.advisor.checklist.ChecklistContext;
import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.diagnosis.EarlyWarning;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.monitoring.MonitoringService;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.alliancetrust.advisor.engine.RuleCompilationException;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.KnowledgeException;
import com.alliancetrust.advisor.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One consistent version of the advisor's reasoning: the compiled rule sets (one per directory
 * under {@code rules/}, each its own rule base, so that one capability's rules never fire on
 * another's facts), the knowledge base they word their conclusions with, and the version
 * identifier of both. Loading checks that the two agree: every id a rule can emit and every
 * source a rule cites exists in the knowledge base.
 */
public record Advisor(Content content, KnowledgeBase knowledge, Map<String, RuleEngine> engines) {
    public static final int MAX_FIRINGS = 10_000;
    /** Bounds on one evaluation: a rule set that has not settled by then is stopped and that request fails alone. */
    public static final RuleEngine.Limits LIMITS = new RuleEngine.Limits(MAX_FIRINGS, RuleEngine.Limits.DEFAULT_TIME);
    public static final String SELECTION = "selection";

    private static final Pattern ADVICE_ID = Pattern.compile("(?:new Advice|Advice\\.gaps|Advice\\.basedOn)\\(\\s*\"([^\"]+)\"");
    private static final Pattern RED_FLAG_ID = Pattern.compile("new RedFlag\\(\\s*\"([^\"]+)\"");
    private static final Pattern QUESTION_ID = Pattern.compile("(?:new OpenQuestion\\([^,]+,|question\\s*==)\\s*\"([^\"]+)\"");
    private static final Pattern CHECKLIST_ITEM_ID = Pattern.compile("\"((?:sf|co|fi|ic|rh|cu|ip|gv|ex)-[a-z0-9-]+)\"");
    private static final Pattern REPAIR_STEP_ID = Pattern.compile("(?:new RepairStep\\([^,]+,|RepairStep\\([^)]*id\\s*==)\\s*\"([^\"]+)\"");

    /** Loads and cross-checks everything; the input names are those the application supplies to rules. */
    public static Advisor load(Content content) {
        return load(content, LIMITS);
    }

    /** Loads with other bounds on each evaluation than {@link #LIMITS}. */
    public static Advisor load(Content content, RuleEngine.Limits limits) {
        List<FactType> inputs = new ArrayList<>(SelectionInput.CONTEXT_FACTS);
        inputs.addAll(EarlyWarning.FACTS);
        inputs.addAll(MonitoringService.facts());
        inputs.addAll(ChecklistContext.FACTS);
        inputs.addAll(ContractBalanceService.FACTS);
        inputs.addAll(CultureAdviceService.FACTS);
        return load(content, inputs, limits);
    }

    static Advisor load(Content content, List<FactType> inputs, RuleEngine.Limits limits) {
        KnowledgeBase kb = KnowledgeLoader.load(content.knowledge());
        Map<String, List<ContentFile>> ruleSets = new TreeMap<>();
        for (ContentFile f : content.rules()) {
            String[] parts = f.path().split("/");
            if (parts.length < 3) throw new RuleCompilationException(f.path() + ": rule files belong in a rule-set directory, such as rules/selection/");
            ruleSets.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(f);
        }
        Map<String, RuleEngine> engines = new TreeMap<>();
        ruleSets.forEach((name, files) -> engines.put(name, RuleEngine.compile(name, files, limits)));
        Advisor advisor = new Advisor(content, kb, Collections.unmodifiableMap(engines));
        checkReferences(content, kb, advisor.rules());
        checkFacts(FactVocabulary.of(inputs, kb), engines.values());
        return advisor;
    }

    /** The compiled rules of one capability, e.g. {@link #SELECTION}. */
    public RuleEngine engine(String ruleSet) {
        RuleEngine engine = engines.get(ruleSet);
        if (engine == null) throw new IllegalStateException("No rule set '" + ruleSet + "' under rules/");
        return engine;
    }

    /** Every rule of every rule set, in file order. */
    public List<RuleInfo> rules() {
        return engines.values().stream().flatMap(e -> e.catalogue().values().stream()).toList();
    }

    public String version() {
        return content.version();
    }

    private static void checkReferences(Content content, KnowledgeBase kb, List<RuleInfo> rules) {
        List<String> problems = new ArrayList<>();
        for (ContentFile f : content.rules()) {
            check(f, ADVICE_ID, kb.advice()::containsKey, "advice id", "knowledge-base/advice.yaml", problems);
            check(f, RED_FLAG_ID, kb.redFlags()::containsKey, "red flag id", "knowledge-base/red-flags.yaml", problems);
            check(f, QUESTION_ID, kb.questions()::containsKey, "diagnosis question", "knowledge-base/diagnosis-questions.yaml", problems);
            check(f, REPAIR_STEP_ID, kb.repairSteps()::containsKey, "repair step", "knowledge-base/repair-steps.yaml", problems);
            if (f.path().startsWith("rules/checklist/")) {
                check(f, CHECKLIST_ITEM_ID, kb.checklist()::containsKey, "checklist item", "knowledge-base/checklist-items.yaml", problems);
            }
        }
        for (RuleInfo rule : rules) {
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

    /** Every input fact a rule names must be one a capability gives, and every value it compares must be one that fact can take. */
    private static void checkFacts(FactVocabulary vocabulary, Collection<RuleEngine> engines) {
        List<String> problems = engines.stream().flatMap(e -> e.factUses().stream()).map(vocabulary::problem)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!problems.isEmpty()) {
            throw new KnowledgeException("Rules match input facts that are never given:\n  " + String.join("\n  ", problems));
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
