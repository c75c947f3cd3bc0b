package com.alliancetrust.advisor.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.runtime.KieSession;

/**
 * Halts a session whose rules run past their time. One daemon thread serves every evaluation:
 * arming costs a queue insertion, and a cancelled timer is removed at once.
 */
final class Watchdog {
    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private Watchdog() {
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    /** Arms a timer that halts {@code session} once {@code limit} has passed, unless the evaluation finishes first. */
    static Timer start(KieSession session, Duration limit) {
        Timer timer = new Timer();
        timer.alarm = TIMERS.schedule(() -> {
            if (timer.running.compareAndSet(true, false)) {
                timer.expired = true;
                session.halt();
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        return timer;
    }

    /** One evaluation's timer; whichever of the evaluation and the alarm finishes first decides. */
    static final class Timer {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile boolean expired;
        private ScheduledFuture<?> alarm;

        /** Disarms the timer; false if the time ran out first and the session was halted. */
        boolean finish() {
            if (running.compareAndSet(true, false)) alarm.cancel(false);
            return !expired;
        }
    }
}
