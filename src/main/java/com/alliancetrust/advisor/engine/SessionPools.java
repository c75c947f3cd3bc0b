package com.alliancetrust.advisor.engine;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Sessions of a rule set's rule bases, reused from one evaluation to the next. A new session builds
 * the memory of every part of the network its facts reach, and for a small rule set that was a good
 * part of an evaluation; a session given back is emptied (Drools' reset, as its own session pools
 * do: no fact, no activation, no listener left) and keeps those memories. A session stopped as a
 * runaway is disposed of, never reused, and at most {@link #KEPT} idle sessions are kept per rule
 * base. The sessions of searches are kept apart and not emptied: each keeps the facts of the
 * search that used it last (see {@link IncrementalRun}). The pools go with the rule set when it is
 * replaced.
 */
final class SessionPools {
    static final int KEPT = 16;

    private final Map<KieBase, BlockingQueue<KieSession>> idle = new ConcurrentHashMap<>();
    private final Map<KieBase, BlockingQueue<IncrementalRun.Memory>> searches = new ConcurrentHashMap<>();

    /** A session of {@code base}, empty and without listeners; give it back with {@link #release}. */
    KieSession open(KieBase base) {
        KieSession session = idle(base).poll();
        return session != null ? session : base.newKieSession();
    }

    /** Gives the session back for reuse when {@code reusable}, and otherwise disposes of it. */
    void release(KieBase base, KieSession session, boolean reusable) {
        if (reusable && session instanceof StatefulKnowledgeSessionImpl emptied) {
            emptied.reset();
            if (idle(base).offer(session)) return;
        }
        session.dispose();
    }

    /** The session of a search done with {@code base}, with the facts of its last run; null when none is idle. */
    IncrementalRun.Memory openSearch(KieBase base) {
        return searches(base).poll();
    }

    /** Keeps a search's session as its last run left it, when {@code reusable}; otherwise disposes of it. */
    void releaseSearch(KieBase base, IncrementalRun.Memory memory, boolean reusable) {
        if (reusable && searches(base).offer(memory)) return;
        memory.session().dispose();
    }

    private BlockingQueue<IncrementalRun.Memory> searches(KieBase base) {
        return searches.computeIfAbsent(base, b -> new ArrayBlockingQueue<>(KEPT));
    }

    private BlockingQueue<KieSession> idle(KieBase base) {
        return idle.computeIfAbsent(base, b -> new ArrayBlockingQueue<>(KEPT));
    }
}
