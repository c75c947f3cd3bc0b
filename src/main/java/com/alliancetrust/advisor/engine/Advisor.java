package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.KnowledgeException;
import com.alliancetrust.advisor.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
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

    /** Any checklist item id, by its prefixes. */
    private static final Pattern CHECKLIST_ITEM_ID = Pattern.compile("\"((?:sf|co|fi|ic|rh|cu|ip|gv|ex)-[a-z0-9-]+)\"");
    /** How rules name the ids the knowledge base must have: in consequences, and in the constraints of patterns. */
    private static final List<Reference> REFERENCES = List.of(
            new Reference("advice id", "knowledge-base/advice.yaml", KnowledgeBase::advice, "rules/",
                    Pattern.compile("(?:new Advice|Advice\\.gaps|Advice\\.basedOn)\\(\\s*\"([^\"]+)\""), null, null),
            new Reference("red flag id", "knowledge-base/red-flags.yaml", KnowledgeBase::redFlags, "rules/",
                    Pattern.compile("new RedFlag\\(\\s*\"([^\"]+)\""), null, null),
            new Reference("diagnosis question", "knowledge-base/diagnosis-questions.yaml", KnowledgeBase::questions, "rules/",
                    Pattern.compile("new OpenQuestion\\([^,]+,\\s*\"([^\"]+)\""), null, Pattern.compile("\\bquestion\\s*==\\s*\"([^\"]+)\"")),
            new Reference("business case point", "knowledge-base/business-case.yaml", KnowledgeBase::businessCase, "rules/",
                    Pattern.compile("(?:new CasePoint|CasePoint\\.basedOn)\\(\\s*CasePoint\\.Section\\.[A-Z_]+,\\s*\"([^\"]+)\""), null, null),
            new Reference("repair step", "knowledge-base/repair-steps.yaml", KnowledgeBase::repairSteps, "rules/",
                    Pattern.compile("new RepairStep\\([^,]+,\\s*\"([^\"]+)\""), "RepairStep", Pattern.compile("\\bid\\s*==\\s*\"([^\"]+)\"")),
            new Reference("checklist item", "knowledge-base/checklist-items.yaml", KnowledgeBase::checklist, "rules/checklist/",
                    CHECKLIST_ITEM_ID, null, CHECKLIST_ITEM_ID));

    /**
     * One kind of id rules name: what it is, the knowledge file that must have it, the rule files
     * that name it (by path prefix), and how: a pattern over consequences, and one over the
     * constraints of patterns on {@code type} (on any type when null; none when the pattern is null).
     */
    private record Reference(String what, String where, Function<KnowledgeBase, Map<String, ?>> ids, String files,
                             Pattern inConsequence, String type, Pattern inConstraint) {
    }

    /**
     * Loads and cross-checks everything: the rules against the knowledge base, and the input facts
     * the rules match against {@code inputs}, those the capabilities give their rules.
     */
    public static Advisor load(Content content, List<FactType> inputs, RuleEngine.Limits limits) {
        Map<String, List<ContentFile>> ruleSets = ruleSets(content.rules());
        // The rule sets are independent of each other and of the knowledge base: they load side by side.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), LOADERS);
        try {
            Map<String, Future<RuleEngine>> compiling = new TreeMap<>();
            // The largest first (partner selection), so that the last to finish is a small one.
            ruleSets.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, List<ContentFile>> e) -> size(e.getValue())).reversed())
                    .forEach(e -> compiling.put(e.getKey(), pool.submit(() -> RuleEngine.compile(e.getKey(), e.getValue(), limits))));
            KnowledgeBase kb = KnowledgeLoader.load(content.knowledge());
            Map<String, RuleEngine> engines = new TreeMap<>();
            for (var e : compiling.entrySet()) engines.put(e.getKey(), result(e.getValue())); // the first failure in name order, as one by one
            Advisor advisor = new Advisor(content, kb, Collections.unmodifiableMap(engines));
            checkReferences(kb, engines.values(), advisor.rules());
            checkFacts(FactVocabulary.of(inputs, kb), engines.values());
            return advisor;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final ThreadFactory LOADERS = task -> {
        Thread t = new Thread(task, "rules-loader");
        t.setDaemon(true);
        return t;
    };

    private static long size(List<ContentFile> files) {
        return files.stream().mapToLong(f -> f.text().length()).sum();
    }

    private static RuleEngine result(Future<RuleEngine> compiling) {
        try {
            return compiling.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were loading", e);
        }
    }

    /** Rule files by rule set: the directory under {@code rules/} each is in. */
    static Map<String, List<ContentFile>> ruleSets(List<ContentFile> rules) {
        Map<String, List<ContentFile>> ruleSets = new TreeMap<>();
        for (ContentFile f : rules) {
            String[] parts = f.path().split("/");
            if (parts.length < 3) throw new RuleCompilationException(f.path() + ": rule files belong in a rule-set directory, such as rules/selection/");
            ruleSets.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(f);
        }
        return ruleSets;
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

    /** The rule with this id, from the first rule set (in name order) that has it. */
    public Optional<RuleInfo> rule(String id) {
        for (RuleEngine engine : engines.values()) {
            Optional<RuleInfo> rule = engine.rule(id);
            if (rule.isPresent()) return rule;
        }
        return Optional.empty();
    }

    public String version() {
        return content.version();
    }

    private static void checkReferences(KnowledgeBase kb, Collection<RuleEngine> engines, List<RuleInfo> rules) {
        List<String> problems = new ArrayList<>();
        checkIds(kb, engines, problems);
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

    /**
     * Every id the rules name must be in the knowledge base. Ids are read from the rules' code as
     * Drools' parser gives it, consequences and constraints: an id in a comment or an annotation
     * is not one the rules name. Problems come file by file, kind by kind, in the order of the text.
     */
    private static void checkIds(KnowledgeBase kb, Collection<RuleEngine> engines, List<String> problems) {
        Map<String, List<RuleCode>> byFile = new LinkedHashMap<>();
        engines.forEach(e -> e.code().forEach(rule -> byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>()).add(rule)));
        byFile.forEach((file, rulesOfFile) -> {
            for (Reference ref : REFERENCES) {
                if (!file.startsWith(ref.files())) continue;
                Map<String, ?> ids = ref.ids().apply(kb);
                for (RuleCode rule : rulesOfFile) {
                    for (RuleCode.Constraint c : rule.constraints()) {
                        if (ref.inConstraint() != null && (ref.type() == null || ref.type().equals(c.type()))) {
                            check(file, c.expression(), ref.inConstraint(), ids, ref, problems);
                        }
                    }
                    check(file, rule.consequence(), ref.inConsequence(), ids, ref, problems);
                }
            }
        });
    }

    private static void check(String file, RuleCode.Snippet code, Pattern pattern, Map<String, ?> ids, Reference ref, List<String> problems) {
        Matcher m = pattern.matcher(code.text());
        while (m.find()) {
            if (!ids.containsKey(m.group(1))) {
                problems.add(file + ":" + code.lineAt(m.start()) + ": " + ref.what() + " '" + m.group(1) + "' is not in " + ref.where());
            }
        }
    }
}
