package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.ContentFile;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set's rule base for runs that stop after an earlier phase, such as the what-if search
 * that needs only the verdict, run many times per assessment. The rules of the later phases never
 * fire in such a run, but every fact inserted is still matched against them; a rule base without
 * them makes the run markedly cheaper, with the same outcome.
 *
 * <p>Such a rule base is compiled from the same files with the later phases' rules left out (for
 * rules compiled when the application was built, made from the same classes without those rules),
 * in the background when a run first asks for it; until it is ready, runs use the full rule base.
 * (Removing rules from a copy of the full rule base would be quicker, but Drools 10.2 then fails
 * on some networks: the diagnosis rules hit an index error in its segment memory.)
 */
final class PhaseRuleBases {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseRuleBases.class);
    private static final AtomicLong BUILDS = new AtomicLong();

    private final String ruleSet;
    private final Function<Set<String>, KieBase> build;
    private final KieBase full;
    private final Map<String, String> groups;
    private final Map<Integer, CompletableFuture<KieBase>> upTo = new ConcurrentHashMap<>();

    /** For the rule set compiled from {@code files} into {@code full}; {@code rules} are those files' rules as the parser reads them. */
    PhaseRuleBases(String ruleSet, Collection<ContentFile> files, List<RuleFileOutline.Rule> rules, KieBase full) {
        this(ruleSet, rules, full, leftOutGroups -> compile(ruleSet, List.copyOf(files), rules, leftOutGroups));
    }

    /** For a rule set compiled at build time into {@code full}: the reduced rule bases are made from the same classes, leaving rules out. */
    static PhaseRuleBases of(String ruleSet, List<RuleFileOutline.Rule> rules, KieBase full, PrecompiledRuleBase precompiled) {
        return new PhaseRuleBases(ruleSet, rules, full, leftOutGroups -> precompiled.kieBase(rules.stream()
                .filter(r -> r.group() != null && leftOutGroups.contains(r.group())).map(RuleFileOutline.Rule::name)
                .collect(java.util.stream.Collectors.toSet())));
    }

    /** With {@code without} making the rule base without the rules of the given ruleflow-groups; {@code rules} as the parser reads them. */
    private PhaseRuleBases(String ruleSet, List<RuleFileOutline.Rule> rules, KieBase full, Function<Set<String>, KieBase> without) {
        this.ruleSet = ruleSet;
        this.full = full;
        this.groups = new HashMap<>();
        for (RuleFileOutline.Rule r : rules) if (r.group() != null) groups.put(r.name(), r.group());
        this.build = without;
    }

    /** The rule base for a run of the phases up to {@code lastPhase} (an index into {@link RuleEngine#PHASES}). */
    KieBase upTo(int lastPhase) {
        if (lastPhase >= RuleEngine.PHASES.size() - 1) return full;
        CompletableFuture<KieBase> partial = upTo.computeIfAbsent(lastPhase, this::compileInBackground);
        return partial.isDone() && !partial.isCompletedExceptionally() ? partial.join() : full;
    }

    /** The rule base for runs up to {@code lastPhase}, once it is compiled (for tests). */
    CompletableFuture<KieBase> whenReady(int lastPhase) {
        return upTo.computeIfAbsent(lastPhase, this::compileInBackground);
    }

    private CompletableFuture<KieBase> compileInBackground(int lastPhase) {
        CompletableFuture<KieBase> result = new CompletableFuture<>();
        Set<String> later = Set.copyOf(RuleEngine.PHASES.subList(lastPhase + 1, RuleEngine.PHASES.size()));
        Thread compiler = new Thread(() -> {
            try {
                result.complete(compileWithout(later));
            } catch (RuntimeException e) {
                LOG.warn("Rules of rules/{} up to phase {} not compiled on their own; such runs keep using all rules: {}",
                        ruleSet, RuleEngine.PHASES.get(lastPhase), e.getMessage());
                result.completeExceptionally(e);
            }
        }, "rules-" + ruleSet + "-up-to-" + RuleEngine.PHASES.get(lastPhase));
        compiler.setDaemon(true);
        compiler.start();
        return result;
    }

    private KieBase compileWithout(Set<String> leftOut) {
        KieBase partial = build.apply(leftOut);
        Set<String> expected = new HashSet<>(names(full));
        expected.removeIf(name -> leftOut.contains(groups.get(name)));
        if (!names(partial).equals(expected)) throw new RuleCompilationException("the rules left are not those expected");
        return partial;
    }

    /** The rule files compiled with the rules of the {@code leftOut} ruleflow-groups left out; {@code rules} are the files' rules. */
    static KieBase compile(String ruleSet, Collection<ContentFile> files, List<RuleFileOutline.Rule> rules, Set<String> leftOut) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("com.alliancetrust", "advisor-rules-" + ruleSet + "-partial", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (ContentFile f : files) {
            List<RuleFileOutline.Rule> ofFile = rules.stream().filter(r -> r.file().equals(f.path())).toList();
            kfs.write("src/main/resources/" + f.path(), without(f.text(), ofFile, leftOut));
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) throw new RuleCompilationException(errors.get(0).getText());
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    static Set<String> names(KieBase base) {
        Set<String> names = new HashSet<>();
        for (KiePackage p : base.getKiePackages()) p.getRules().forEach(r -> names.add(r.getName()));
        return names;
    }

    /**
     * The text with the rules of the given ruleflow-groups blanked out, line numbers kept. The rules
     * are those the parser read from this text, in file order; a rule whose place in the text is not
     * as expected (from {@code rule} to {@code end}, after the rule before it) is kept.
     */
    static String without(String text, List<RuleFileOutline.Rule> rules, Set<String> groups) {
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (RuleFileOutline.Rule rule : rules) {
            if (rule.group() == null || !groups.contains(rule.group())) continue;
            boolean asExpected = rule.start() >= from && rule.end() <= text.length()
                    && text.startsWith("rule", rule.start()) && text.startsWith("end", rule.end() - "end".length());
            if (!asExpected) continue; // keep it: the rules left then differ from those expected, and runs use them all
            kept.append(text, from, rule.start());
            text.substring(rule.start(), rule.end()).chars().filter(c -> c == '\n').forEach(c -> kept.append('\n'));
            from = rule.end();
        }
        return kept.append(text, from, text.length()).toString();
    }
}
