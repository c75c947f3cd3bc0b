package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.knowledge.Confidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
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
 * Compiles every DRL file once into one shared rule base, and runs one short-lived session per
 * evaluation. Rules are layered in groups (ruleflow-group, Drools' name for an agenda group) that fire in a fixed order, because each layer
 * reasons over the complete output of the one before it: raw evidence first, then element levels,
 * then the decision, the verdict, and finally the advice.
 */
public final class RuleEngine {
    /** Agenda groups in firing order. */
    public static final List<String> PHASES = List.of("evidence", "assessment", "decision", "verdict", "advice");
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    private static final Pattern RULE_DECLARATION = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase kieBase;
    private final Map<String, RuleInfo> catalogue;
    private final int maxFirings;
    private final PhaseRuleBases phases;

    private RuleEngine(KieBase kieBase, Map<String, RuleInfo> catalogue, int maxFirings, PhaseRuleBases phases) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.maxFirings = maxFirings;
        this.phases = phases;
    }

    public static RuleEngine compile(String ruleSet, Collection<ContentFile> ruleFiles, int maxFirings) {
        if (ruleFiles.isEmpty()) throw new RuleCompilationException("No rule files (*.drl) found under rules/" + ruleSet);
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("com.alliancetrust", "advisor-rules-" + ruleSet, "1.0." + BUILDS.incrementAndGet());
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
        Map<String, RuleInfo> catalogue = catalogue(kieBase, ruleFiles);
        LOG.info("Loaded {} rules from {} files in rules/{}", catalogue.size(), ruleFiles.size(), ruleSet);
        return new RuleEngine(kieBase, catalogue, maxFirings, new PhaseRuleBases(ruleSet, ruleFiles, kieBase));
    }

    private static String describe(Message m) {
        String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^" + RESOURCES, "");
        return path + ":" + m.getLine() + ": " + m.getText().strip();
    }

    private static Map<String, RuleInfo> catalogue(KieBase kieBase, Collection<ContentFile> files) {
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        for (ContentFile f : files) {
            Matcher m = RULE_DECLARATION.matcher(f.text());
            while (m.find()) fileOfRule.put(m.group(1), f.path());
        }
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

    private static RuleInfo info(Rule r, String file) {
        Map<String, Object> meta = r.getMetaData();
        String category = file.replaceFirst("^rules/", "").replaceFirst("\\.drl$", "");
        String description = text(meta.get("description"));
        List<String> sources = Arrays.stream(text(meta.get("sources")).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        String confidence = text(meta.get("confidence"));
        return new RuleInfo(slug(r.getName()), r.getName(), file, category,
                description.isBlank() ? r.getName() : description, sources,
                confidence.isBlank() ? null : Confidence.valueOf(confidence));
    }

    private static String text(Object metaValue) {
        return metaValue == null ? "" : metaValue.toString().replaceAll("^\"|\"$", "").strip();
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public Map<String, RuleInfo> catalogue() {
        return catalogue;
    }

    /** Runs every rule over the given facts in a fresh session, recording how each conclusion came about. */
    public Evaluation evaluate(Collection<?> facts) {
        DerivationRecorder recorder = new DerivationRecorder(catalogue);
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

    private List<Object> run(Collection<?> facts, int lastPhase, DerivationRecorder recorder) {
        KieSession session = phases.upTo(lastPhase).newKieSession(); // a run that stops early needs fewer rules
        try {
            if (recorder != null) {
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
                session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            }
            facts.forEach(session::insert);
            for (int i = lastPhase; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus(); // a stack: the first phase goes on top
            }
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw new EvaluationException("The rules fired " + fired + " times without settling; evaluation stopped");
            }
            return recorder == null ? List.copyOf(session.getObjects()) : List.of();
        } finally {
            session.dispose();
        }
    }
}
