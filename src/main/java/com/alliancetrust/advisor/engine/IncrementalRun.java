package com.alliancetrust.advisor.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Many runs of the phases up to one phase over sets of input facts that differ from each other in a
 * few facts, as a search re-runs the rules on one changed item at a time, all in one session. Each
 * run brings working memory to the facts it is given by deleting only the input facts no longer
 * given and inserting only those newly given (the others keep their fact handles), then fires the
 * rules. Conclusions drawn from a deleted fact go with it: the rules derive their conclusions under
 * truth maintenance ({@code insertLogical}), so a derived fact stays only as long as a rule still
 * justifies it, and what working memory holds after a run is what a fresh session would conclude
 * from the same facts. Nothing is recorded for explanations.
 *
 * <p>A search that settled leaves its session with the facts of its last run in it ({@link Memory}),
 * for the next search of the same rules to start from: the first run of a search then changes only
 * the facts in which its input differs from the last search's, instead of inserting all of them
 * into an empty session.
 *
 * <p>Not thread-safe: one search, one instance, closed when the search is done.
 */
public final class IncrementalRun implements AutoCloseable {
    private final Memory memory;
    private final KieSession session;
    private final int lastPhase;
    private final RuleEngine.Limits limits;
    private final String ruleSet;
    /** The key of every fact instance given so far in this search. */
    private final Map<Object, Key> keys = new IdentityHashMap<>();
    /** Gives the session back at the end, told whether every run settled (a session stopped as a runaway is not reused). */
    private final Consumer<Boolean> release;
    private boolean closed;
    private boolean settled = true;

    /**
     * A session of searches and the input facts in its working memory, each with its handles (one per
     * copy inserted): what one search leaves for the next.
     */
    static final class Memory {
        private final KieSession session;
        private final Map<Key, Deque<FactHandle>> inputs = new HashMap<>();
        /** Whether the observers of rule firings were attached to the session when it was new (see {@link RuleFirings}). */
        boolean observed;

        Memory(KieSession session) {
            this.session = session;
        }

        KieSession session() {
            return session;
        }
    }

    IncrementalRun(Memory memory, int lastPhase, RuleEngine.Limits limits, String ruleSet, Consumer<Boolean> release) {
        this.memory = memory;
        this.session = memory.session;
        this.release = release;
        this.lastPhase = lastPhase;
        this.limits = limits;
        this.ruleSet = ruleSet;
    }

    /**
     * Runs the rules over exactly {@code facts} (as a fresh session given them would) and returns
     * the facts of that type in working memory afterwards.
     */
    public <T> List<T> conclude(Collection<?> facts, Class<T> type) {
        if (closed) throw new IllegalStateException("This run of the rules in rules/" + ruleSet + " is closed");
        settled = false; // until this run has settled
        bringTo(facts);
        for (int i = lastPhase; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(RuleEngine.PHASES.get(i)).setFocus(); // a stack: the first phase goes on top
        }
        Watchdog.Timer timer = Watchdog.start(session, limits.maxTime());
        int fired;
        try {
            fired = session.fireAllRules(limits.maxFirings());
        } catch (RuntimeException e) {
            if (timer.finish()) throw e;
            throw stopped("did not settle within " + limits.maxTime().toMillis() + " ms (stopped inside a rule)");
        }
        if (!timer.finish()) throw stopped("did not settle within " + limits.maxTime().toMillis() + " ms (" + fired + " firings)");
        if (fired >= limits.maxFirings()) throw stopped("reached the bound of " + limits.maxFirings() + " firings without settling");
        List<T> found = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) found.add(type.cast(o));
        settled = true;
        return found;
    }

    /** Deletes the input facts not among {@code facts} and inserts those not yet in working memory; the rest stay as they are. */
    private void bringTo(Collection<?> facts) {
        List<Key> given = new ArrayList<>(facts.size());
        Map<Key, Integer> wanted = new HashMap<>();
        for (Object fact : facts) {
            Key key = keys.computeIfAbsent(fact, Key::new);
            given.add(key);
            wanted.merge(key, 1, Integer::sum);
        }
        Map<Key, Deque<FactHandle>> inputs = memory.inputs;
        for (Iterator<Map.Entry<Key, Deque<FactHandle>>> it = inputs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Deque<FactHandle>> held = it.next();
            int keep = wanted.getOrDefault(held.getKey(), 0);
            while (held.getValue().size() > keep) session.delete(held.getValue().pop());
            if (held.getValue().isEmpty()) it.remove();
        }
        Map<Key, Integer> seen = new HashMap<>();
        for (Key key : given) { // in the order given, as a fresh session would insert them
            int copies = seen.merge(key, 1, Integer::sum);
            Deque<FactHandle> held = inputs.computeIfAbsent(key, k -> new ArrayDeque<>());
            if (held.size() < copies) held.push(session.insert(key.fact()));
        }
    }

    /**
     * A fact as the search compares it: by equality, with its hash computed once per instance. Most
     * facts of one search are the same instances run after run (the knowledge base's policies, the
     * unchanged evidence), and hashing their contents anew on every run cost more than the rules. Facts
     * of another search are other instances, found equal to those left in the session by their contents.
     */
    private record Key(Object fact, int hash) {
        Key(Object fact) {
            this(fact, fact.hashCode());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && hash == k.hash && (fact == k.fact || fact.equals(k.fact));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private EvaluationException stopped(String what) {
        return new EvaluationException(ruleSet, "The rules in rules/" + ruleSet + " " + what + "; the evaluation was stopped");
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        release.accept(settled);
    }
}
