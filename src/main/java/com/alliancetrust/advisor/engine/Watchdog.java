package com.alliancetrust.advisor.engine;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.runtime.KieSession;

/**
 * Stops a session whose rules run past their time. One daemon thread serves every evaluation:
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

    /**
     * Arms a timer that, once {@code limit} has passed, halts {@code session} (which stops it between
     * firings) and interrupts the thread evaluating it (which stops a consequence waiting on
     * anything), unless the evaluation finishes first.
     */
    static Timer start(KieSession session, Duration limit) {
        Timer timer = new Timer(Thread.currentThread());
        timer.alarm = TIMERS.schedule(() -> {
            if (timer.running.compareAndSet(true, false)) {
                timer.expired = true;
                session.halt();
                timer.evaluating.interrupt();
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        return timer;
    }

    /** One evaluation's timer; whichever of the evaluation and the alarm finishes first decides. */
    static final class Timer {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread evaluating;
        private volatile boolean expired;
        private ScheduledFuture<?> alarm;

        private Timer(Thread evaluating) {
            this.evaluating = evaluating;
        }

        /**
         * Disarms the timer; false if the time ran out first and the session was halted. Called on the
         * evaluating thread, it returns only once an alarm that went off is over, with the thread's
         * interrupt cleared: the thread goes on to serve other work.
         */
        boolean finish() {
            if (running.compareAndSet(true, false)) {
                alarm.cancel(false);
                return true;
            }
            if (expired) awaitAlarm();
            return !expired;
        }

        private void awaitAlarm() {
            while (true) {
                Thread.interrupted();
                try {
                    alarm.get();
                    break;
                } catch (InterruptedException sentByTheAlarm) {
                    // the alarm's own interrupt, or one before it: wait again
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
            Thread.interrupted();
        }
    }
}
