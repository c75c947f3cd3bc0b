package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of clients that open a request and then send its body a byte every second (from other
 * loopback addresses than the one the probes use) do not starve the others: throughout, /health and a
 * partner assessment keep being answered. Without the minimum data rate and the per-client connection
 * limit, they would hold every server thread and the probes would wait until the client's timeout.
 */
class SlowClientsIT {
    private static final int SLOW_SENDERS = 300;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final String ASSESSMENT = """
            {"partner": {"name": "Probe Ltd"}, "alliance": {"purpose": "SUPPLY"},
             "evidence": {"competence": {"yearsInDomain": 12}, "integrity": {"sanctionsScreening": "CLEAR"}}}""";

    private Javalin app;
    private final List<Socket> senders = new ArrayList<>();
    private final AtomicBoolean trickling = new AtomicBoolean(true);

    @BeforeEach
    void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        trickling.set(false);
        for (Socket s : senders) s.close();
        app.stop();
    }

    @Test
    void slow_senders_do_not_keep_health_and_assessments_from_being_answered() throws Exception {
        InetAddress elsewhere = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < SLOW_SENDERS; i++) {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(elsewhere, 0));
            s.connect(new InetSocketAddress("127.0.0.1", app.port()), 5_000);
            s.getOutputStream().write(("POST /api/v1/partner-assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            senders.add(s);
        }
        Thread trickle = new Thread(() -> {
            while (trickling.get()) {
                for (Socket s : senders) {
                    try {
                        OutputStream out = s.getOutputStream();
                        out.write(' ');
                        out.flush();
                    } catch (IOException e) {
                        // the server cut this sender off: what it should do
                    }
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "slow-senders");
        trickle.setDaemon(true);
        trickle.start();

        HttpClient probe = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        for (int round = 0; round < 5; round++) {
            HttpResponse<String> health = probe.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(PROBE_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> assessment = probe.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/partner-assessments"))
                    .timeout(PROBE_TIMEOUT).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ASSESSMENT)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as("round %d", round).isEqualTo(200);
            assertThat(assessment.statusCode()).as("round %d: %s", round, assessment.body()).isEqualTo(200);
            Thread.sleep(1_000);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + app.port();
    }
}
