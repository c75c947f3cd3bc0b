package com.alliancetrust.advisor.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow or greedy clients from starving the others: a request body must have arrived within a
 * time limit once the server starts reading it (a client trickling a byte a second has its
 * connection closed instead of holding a server thread for minutes), an idle connection is closed,
 * and no client address may hold more than a fixed number of connections at once (the ones beyond
 * are closed as they open).
 *
 * <p>Jetty's own minimum request data rate is not used: it measures from the arrival of the first
 * byte, so a small body read late by a busy server (a few hundred bytes, a second later) looks
 * slower than any limit worth setting and would be refused.
 */
final class SlowClients {
    /** How long reading a body may take: 256 KiB at a tenth of a slow mobile link; an import may take longer. */
    static final Duration BODY_TIME = Duration.ofSeconds(10);
    static final Duration IMPORT_BODY_TIME = Duration.ofMinutes(2);
    /** A connection that sends nothing for this long is closed. */
    static final long IDLE_TIMEOUT_MILLIS = 20_000;
    /** Concurrent connections one client address may hold: well above a browser's six or a load test's sixty-four. */
    static final int MAX_CONNECTIONS_PER_CLIENT = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);

    private SlowClients() {
    }

    static void configure(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(IDLE_TIMEOUT_MILLIS));
        config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                PerClientLimit limit = new PerClientLimit(MAX_CONNECTIONS_PER_CLIENT);
                for (Connector connector : server.getConnectors()) {
                    connector.addEventListener(limit);
                    if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                }
            }
        }));
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

    /** Counts open connections per remote address and closes those beyond the limit as they open. */
    static final class PerClientLimit implements Connection.Listener {
        private final int max;
        private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();

        PerClientLimit(int max) {
            this.max = max;
        }

        @Override
        public void onOpened(Connection connection) {
            InetAddress client = client(connection);
            if (client == null) return;
            int now = open.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
            if (now > max) {
                // One line per flood, not one per refused connection.
                if (now == max + 1) LOG.info("Closing connections from {} beyond the {} one client may hold", client.getHostAddress(), max);
                connection.close();
            }
        }

        @Override
        public void onClosed(Connection connection) {
            InetAddress client = client(connection);
            if (client == null) return;
            open.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
        }

        private static InetAddress client(Connection connection) {
            SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
            return remote instanceof InetSocketAddress address ? address.getAddress() : null;
        }
    }
}
