package com.alliancetrust.advisor.web;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * The API's requests take turns, in the order they came: at most twice as many at once as the
 * machine has processors (twice, so that a processor is not left idle while a request waits for the
 * disk). All of them running side by side would share the processors and each take as long as all
 * of them together; in turn, each waits for those before it and then takes its own time, and under
 * load the slowest answers come several times sooner. Only the liveness probe answers outside the
 * turns, so that a busy server is not taken for a dead one.
 *
 * <p>A request takes its turn once its body has been read, so that a client slow to send one holds
 * no turn, and before it touches the database, so that no turn is waited for while holding the
 * database's write lock.
 */
final class InTurn {
    static final int AT_ONCE = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Semaphore TURNS = new Semaphore(AT_ONCE, true);

    private InTurn() {
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    static void run(Work work) throws Exception {
        TURNS.acquireUninterruptibly();
        try {
            work.run();
        } finally {
            TURNS.release();
        }
    }

    /** The handler, run in its turn. */
    static Handler of(Handler handler) {
        return ctx -> run(() -> handler.handle(ctx));
    }
}
