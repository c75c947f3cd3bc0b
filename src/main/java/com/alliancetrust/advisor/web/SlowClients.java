package com.alliancetrust.advisor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow or greedy clients from starving the others: a request body must have arrived within a
 * time limit once the server starts reading it (a client trickling a byte a second has its
 * connection closed instead of holding a server thread for minutes), and no client address may have
 * more than a fixed number of requests in progress at once (the ones beyond get 429 at once). Idle
 * connections are closed by the web server's own idle timeout.
 *
 * <p>Jetty's own minimum request data rate is not used: it measures from the arrival of the first
 * byte, so a small body read late by a busy server (a few hundred bytes, a second later) looks
 * slower than any limit worth setting and would be refused.
 */
final class SlowClients {
    /** How long reading a body may take: 256 KiB at a tenth of a slow mobile link; an import may take longer. */
    static final Duration BODY_TIME = Duration.ofSeconds(10);
    static final Duration IMPORT_BODY_TIME = Duration.ofMinutes(2);
    /** Requests one client address may have in progress at once: well above a browser's six or a load test's sixty-four. */
    static final int MAX_IN_PROGRESS_PER_CLIENT = 100;
    private static final String IN_PROGRESS = "requests-in-progress";
    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);

    private SlowClients() {
    }

    /** Counts every request against its client's requests in progress; registered before the body is read. */
    static void countInProgress(RoutesConfig routes) {
        InProgress inProgress = new InProgress(MAX_IN_PROGRESS_PER_CLIENT);
        routes.before(inProgress::enter);
        routes.after(InProgress::leave);
    }

    /**
     * Runs {@code read} with a deadline: if it has not returned by then, the request's connection is
     * closed, which ends the read with an exception, and the client is not answered (it was not
     * sending its request anyway).
     */
    static <T> T withDeadline(Context ctx, Duration limit, Supplier<T> read) {
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> closeConnection(ctx), limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return read.get();
        } finally {
            deadline.cancel(false);
        }
    }

    private static void closeConnection(Context ctx) {
        LOG.debug("Closing the connection of a request whose body did not arrive in time: {} {} from {}", ctx.method(), ctx.path(), ctx.ip());
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) request.getConnectionMetaData().getConnection().getEndPoint().close();
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "body-deadlines");
        t.setDaemon(true);
        return t;
    });

    /**
     * Counts the requests each client address has in progress and refuses one beyond the limit. What
     * holds a server thread is a request in progress (a body being read, an answer being worked out),
     * not an idle connection kept open for the next request, which costs the server next to nothing.
     */
    static final class InProgress {
        private final int max;
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        InProgress(int max) {
            this.max = max;
        }

        void enter(Context ctx) {
            AtomicInteger count = counts.computeIfAbsent(ctx.ip(), c -> new AtomicInteger());
            if (count.incrementAndGet() > max) {
                leave(ctx.ip());
                throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "Too many requests in progress from this address: "
                        + "at most " + max + " at once", Map.of());
            }
            ctx.attribute(IN_PROGRESS, this);
        }

        static void leave(Context ctx) {
            InProgress counted = ctx.attribute(IN_PROGRESS);
            if (counted != null) {
                ctx.attribute(IN_PROGRESS, null);
                counted.leave(ctx.ip());
            }
        }

        private void leave(String client) {
            counts.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }
}
