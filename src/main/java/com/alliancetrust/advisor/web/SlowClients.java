package com.alliancetrust.advisor.web;

import io.javalin.config.JavalinConfig;
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
 * Keeps slow or greedy clients from starving the others: a request body must arrive at a minimum
 * rate (a client trickling a byte a second is cut off with 408 within about a second instead of
 * holding a server thread for minutes), an idle connection is closed, and no client address may
 * hold more than a fixed number of connections at once (the ones beyond are closed as they open).
 */
final class SlowClients {
    /** Bytes a second a request body must keep up once it has started: far below any real network. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 4 * 1024;
    /** A connection that sends nothing for this long is closed. */
    static final long IDLE_TIMEOUT_MILLIS = 20_000;
    /** Concurrent connections one client address may hold: well above a browser's six or a load test's sixty-four. */
    static final int MAX_CONNECTIONS_PER_CLIENT = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);

    private SlowClients() {
    }

    static void configure(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> {
            http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        });
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
