package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.knowledge.Confidence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rule set (a directory under {@code rules/}, one per capability), compiled once into a rule
 * base that every evaluation shares, each evaluation in a session of its own (emptied and reused
 * after it, see {@link SessionPools}). Rules are
 * layered in groups (ruleflow-group, Drools' name for an agenda group) that fire in a fixed order,
 * because each layer reasons over the complete output of the one before it: in partner selection,
 * raw evidence first, then element levels, then the decision, the verdict, and finally the advice.
 */
public final class RuleEngine {
    /** Agenda groups in firing order. */
    public static final List<String> PHASES = List.of("evidence", "assessment", "decision", "verdict", "advice");
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final String ruleSet;
    private final ReleaseId releaseId;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> catalogue;
    /** The names of the rules that conclude from the facts they match alone (see {@link MatchedFactsRules}). */
    private final Set<String> onMatchedFacts;
    /** The same rules by their id (the slug of the name), for answers that name rules by id. */
    private final Map<String, RuleInfo> byId = new HashMap<>();
    private final Limits limits;
    private final PhaseRuleBases phases;
    private final List<FactUse> factUses;
    private final List<RuleCode> code;
    private final SessionPools sessions = new SessionPools();

    /**
     * How far one evaluation may go before it is stopped: a rule that keeps re-activating itself
     * hits the firing bound, one that fires slowly without end hits the time bound.
     */
    public record Limits(int maxFirings, Duration maxTime) {
        /** Far beyond any legitimate evaluation (milliseconds) even on a loaded machine; soon frees a runaway one's thread. */
        public static final Duration DEFAULT_TIME = Duration.ofSeconds(5);
    }

    private RuleEngine(String ruleSet, ReleaseId releaseId, KieBase kieBase, Map<String, RuleInfo> catalogue, Limits limits,
                       PhaseRuleBases phases, List<FactUse> factUses, List<RuleCode> code) {
        this.ruleSet = ruleSet;
        this.releaseId = releaseId;
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.onMatchedFacts = MatchedFactsRules.of(kieBase);
        catalogue.values().forEach(r -> byId.putIfAbsent(r.id(), r));
        this.limits = limits;
        this.phases = phases;
        this.factUses = factUses;
        this.code = code;
    }

    /** Compiles with the default time bound per evaluation. */
    public static RuleEngine compile(String ruleSet, Collection<ContentFile> ruleFiles, int maxFirings) {
        return compile(ruleSet, ruleFiles, new Limits(maxFirings, Limits.DEFAULT_TIME));
    }

    /**
     * Loads the rule set compiled at build time from exactly these files when the application holds
     * it (see {@link PrecompiledRuleBase}), and otherwise compiles the files.
     */
    public static RuleEngine compile(String ruleSet, Collection<ContentFile> ruleFiles, Limits limits) {
        if (ruleFiles.isEmpty()) throw new RuleCompilationException("No rule files (*.drl) found under rules/" + ruleSet);
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("com.alliancetrust", "advisor-rules-" + ruleSet, "1.0." + BUILDS.incrementAndGet());
        var precompiled = PrecompiledRuleBase.find(ruleSet, ruleFiles);
        KieBase kieBase = precompiled.isPresent() ? precompiled.get().kieBase(java.util.Set.of()) : compileFiles(ks, releaseId, ruleFiles);
        // Packaged rules carry their outline, read when they were compiled from these very files.
        List<RuleFileOutline.Rule> outline = precompiled.flatMap(PrecompiledRuleBase::outline).orElseGet(() -> RuleFileOutline.read(ruleFiles));
        Map<String, RuleInfo> catalogue = catalogue(kieBase, outline);
        LOG.info("Loaded {} rules from {} files in rules/{}{}", catalogue.size(), ruleFiles.size(), ruleSet,
                precompiled.isPresent() ? " (compiled when the application was built)" : "");
        PhaseRuleBases phases = precompiled.isPresent()
                ? PhaseRuleBases.of(ruleSet, outline, kieBase, precompiled.get())
                : new PhaseRuleBases(ruleSet, ruleFiles, outline, kieBase);
        return new RuleEngine(ruleSet, releaseId, kieBase, catalogue, limits, phases,
                outline.stream().flatMap(r -> r.factUses().stream()).toList(), outline.stream().map(RuleFileOutline.Rule::code).toList());
    }

    private static KieBase compileFiles(KieServices ks, ReleaseId releaseId, Collection<ContentFile> ruleFiles) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (ContentFile f : ruleFiles) kfs.write(RESOURCES + f.path(), f.text());
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException("Rules do not compile:\n  " + String.join("\n  ",
                    errors.stream().map(RuleEngine::describe).toList()));
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId); // the container keeps what it needs
        return kieBase;
    }

    private static String describe(Message m) {
        String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^" + RESOURCES, "");
        return path + ":" + m.getLine() + ": " + m.getText().strip();
    }

    static Map<String, RuleInfo> catalogue(KieBase kieBase, List<RuleFileOutline.Rule> rules) {
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        for (RuleFileOutline.Rule r : rules) fileOfRule.putIfAbsent(r.name(), r.file());
        Map<String, RuleInfo> catalogue = new LinkedHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String file = fileOfRule.getOrDefault(r.getName(), "?");
                if (catalogue.containsKey(r.getName())) {
                    throw new RuleCompilationException(file + ": rule name \"" + r.getName() + "\" is used twice");
                }
                catalogue.put(r.getName(), info(r, file));
            }
        }
        // Present the catalogue in file order, as a reader of rules/ would meet the rules.
        List<String> order = new ArrayList<>(fileOfRule.keySet());
        Map<String, RuleInfo> ordered = new LinkedHashMap<>();
        order.stream().filter(catalogue::containsKey).forEach(n -> ordered.put(n, catalogue.get(n)));
        catalogue.forEach(ordered::putIfAbsent);
        return java.util.Collections.unmodifiableMap(ordered);
    }

    // Compiled once: each String.replaceAll compiles its pattern again, and at start this ran for every rule.
    private static final Pattern CATEGORY = Pattern.compile("^rules/|\\.drl$");
    private static final Pattern SOURCE_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final Pattern QUOTES = Pattern.compile("^\"|\"$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SLUG_ENDS = Pattern.compile("^-|-$");

    private static RuleInfo info(Rule r, String file) {
        Map<String, Object> meta = r.getMetaData();
        String category = CATEGORY.matcher(file).replaceAll("");
        // Drools files @description under the name of its own Description annotation, not under "description".
        String description = text(meta.getOrDefault(org.kie.api.definition.type.Description.class.getName(), meta.get("description")));
        List<String> sources = Arrays.stream(SOURCE_SEPARATOR.split(text(meta.get("sources")))).filter(s -> !s.isBlank()).toList();
        String confidence = text(meta.get("confidence"));
        return new RuleInfo(slug(r.getName()), r.getName(), file, category,
                description.isBlank() ? r.getName() : description, sources,
                confidence.isBlank() ? null : Confidence.valueOf(confidence));
    }

    private static String text(Object metaValue) {
        return metaValue == null ? "" : QUOTES.matcher(metaValue.toString()).replaceAll("").strip();
    }

    static String slug(String name) {
        return SLUG_ENDS.matcher(NOT_SLUG.matcher(name.toLowerCase()).replaceAll("-")).replaceAll("");
    }

    public Map<String, RuleInfo> catalogue() {
        return catalogue;
    }

    /** The rule with this id ({@link RuleInfo#id}), if the rule set has it. */
    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How the rules constrain input facts, for checking against the facts the capabilities give them. */
    public List<FactUse> factUses() {
        return factUses;
    }

    /** Each rule's code (consequence and pattern constraints) in file order, for checking what it refers to. */
    public List<RuleCode> code() {
        return code;
    }

    /** The name of the rule set, the directory under {@code rules/} it was compiled from. */
    public String ruleSet() {
        return ruleSet;
    }

    /** The build this rule base came from; it is no longer held in the Drools repository once compiled. */
    public ReleaseId releaseId() {
        return releaseId;
    }

    /** Runs every rule over the given facts in an empty session, recording how each conclusion came about. */
    public Evaluation evaluate(Collection<?> facts) {
        DerivationRecorder recorder = new DerivationRecorder(catalogue, onMatchedFacts);
        run(facts, PHASES.size() - 1, recorder);
        return new Evaluation(List.copyOf(recorder.inserted()), List.copyOf(recorder.trace()), recorder.derivations());
    }

    /**
     * Runs the phases up to and including {@code lastPhase} without recording explanations, and
     * returns the facts of that type: for searches that re-run the rules many times and only need the outcome.
     */
    public <T> List<T> conclude(Collection<?> facts, String lastPhase, Class<T> type) {
        int last = PHASES.indexOf(lastPhase);
        if (last < 0) throw new IllegalArgumentException("No phase " + lastPhase);
        return run(facts, last, null).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * A session for many runs of the phases up to and including {@code lastPhase} over facts that
     * differ little from run to run, without recording explanations: each run changes only the facts
     * that differ from the run before (see {@link IncrementalRun}). Close it when done.
     */
    public IncrementalRun incremental(String lastPhase) {
        int last = PHASES.indexOf(lastPhase);
        if (last < 0) throw new IllegalArgumentException("No phase " + lastPhase);
        KieBase base = phases.upTo(last);
        IncrementalRun.Memory kept = sessions.openSearch(base); // left by an earlier search, with its facts
        IncrementalRun.Memory memory = kept != null ? kept : new IncrementalRun.Memory(sessions.open(base));
        // For coverage of the rules; nothing when no observer is registered. A session kept between searches keeps its listener.
        if (!memory.observed) memory.observed = RuleFirings.observe(memory.session(), ruleSet);
        return new IncrementalRun(memory, last, limits, ruleSet, settled -> sessions.releaseSearch(base, memory, settled));
    }

    private List<Object> run(Collection<?> facts, int lastPhase, DerivationRecorder recorder) {
        KieBase base = phases.upTo(lastPhase); // a run that stops early needs fewer rules
        KieSession session = sessions.open(base);
        RuleFirings.observe(session, ruleSet); // for coverage of the rules; nothing when no observer is registered
        Watchdog.Timer timer = null;
        boolean settled = false;
        try {
            if (recorder != null) {
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
                session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            }
            facts.forEach(session::insert);
            for (int i = lastPhase; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus(); // a stack: the first phase goes on top
            }
            timer = Watchdog.start(session, limits.maxTime());
            int fired;
            try {
                fired = session.fireAllRules(limits.maxFirings());
            } catch (RuntimeException e) {
                if (timer.finish()) throw e;
                throw stopped(recorder, "did not settle within " + limits.maxTime().toMillis() + " ms (stopped inside a rule)");
            }
            if (!timer.finish()) {
                throw stopped(recorder, "did not settle within " + limits.maxTime().toMillis() + " ms (" + fired + " firings)");
            }
            if (fired >= limits.maxFirings()) {
                throw stopped(recorder, "reached the bound of " + limits.maxFirings() + " firings without settling");
            }
            List<Object> concluded = recorder == null ? List.copyOf(session.getObjects()) : List.of();
            settled = true;
            return concluded;
        } finally {
            if (timer != null) timer.finish();
            sessions.release(base, session, settled);
        }
    }

    /** The error for a runaway evaluation: names the rule set and, when the firings were recorded, the rule that fired most. */
    private EvaluationException stopped(DerivationRecorder recorder, String what) {
        String busiest = recorder == null ? null : recorder.trace().stream()
                .collect(java.util.stream.Collectors.groupingBy(RuleInfo::name, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String message = "The rules in rules/" + ruleSet + " " + what + "; the evaluation was stopped"
                + (busiest == null ? "" : " (the rule firing most was \"" + busiest + "\")");
        LOG.warn(message);
        return new EvaluationException(ruleSet, message);
    }
}
