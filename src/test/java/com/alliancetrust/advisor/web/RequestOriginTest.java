package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may talk to the server, through a real port with hand-written requests: a page elsewhere that
 * reaches the server through a rebound DNS name (its Host is foreign), a form on another site (its
 * Origin is foreign, and it cannot send JSON), and the host names an operator allows on purpose.
 */
class RequestOriginTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Javalin app;
    private static Javalin named;

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        named = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(),
                ServerOptions.OPEN.withAllowedHosts("127.0.0.1", List.of("advisor.example.com"))).create().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        named.stop();
    }

    @Test
    void a_request_naming_a_foreign_host_is_refused_before_it_reads_anything() throws IOException {
        Raw rebound = raw(app, "GET /api/v1/export HTTP/1.1\r\nHost: attacker.example:7070\r\nConnection: close\r\n\r\n");

        assertThat(rebound.status()).isEqualTo(421);
        assertThat(rebound.json().path("field").asText()).isEqualTo("Host");
        assertThat(rebound.body()).doesNotContain("alliances\":[");
        for (String host : List.of("localhost:1234", "127.0.0.1", "[::1]:80", "LOCALHOST")) {
            assertThat(raw(app, "GET /api/v1/export HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").status()).as(host).isEqualTo(200);
        }
        assertThat(raw(app, "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n").status())
                .as("the web pages too").isEqualTo(421);
    }

    @Test
    void an_operator_can_name_the_hosts_the_server_answers_to() throws IOException {
        assertThat(raw(named, "GET /health HTTP/1.1\r\nHost: advisor.example.com\r\nConnection: close\r\n\r\n").status()).isEqualTo(200);
        assertThat(raw(named, "GET /health HTTP/1.1\r\nHost: other.example.com\r\nConnection: close\r\n\r\n").status()).isEqualTo(421);
    }

    @Test
    void a_form_on_another_site_cannot_change_data() throws IOException {
        String alliance = createAlliance();
        String archive = "POST /api/v1/alliances/" + alliance + "/archive HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";

        Raw foreign = raw(app, archive + "Origin: https://attacker.example\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n");
        Raw form = raw(app, archive + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n");
        Raw text = raw(app, archive + "Content-Type: text/plain\r\nContent-Length: 0\r\n\r\n");
        Raw opaque = raw(app, archive + "Origin: null\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n");

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(form.status()).isEqualTo(415);
        assertThat(text.status()).isEqualTo(415);
        assertThat(opaque.status()).isEqualTo(403);
        assertThat(status(alliance)).as("nothing archived").isNotEqualTo("ARCHIVED");

        Raw sameSite = raw(app, archive + "Origin: http://127.0.0.1:" + app.port() + "\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n");
        assertThat(sameSite.status()).as(sameSite.body()).isEqualTo(200);
        assertThat(status(alliance)).isEqualTo("ARCHIVED");
    }

    @Test
    void reading_needs_no_content_type_and_the_api_sends_no_cors_headers() throws IOException {
        Raw read = raw(app, "GET /api/v1/alliances HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://attacker.example\r\nConnection: close\r\n\r\n");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.head().toLowerCase()).doesNotContain("access-control-allow-origin");
    }

    private static String createAlliance() throws IOException {
        String body = "{\"partner\": {\"name\": \"Origin test partner\"}, \"purpose\": \"SUPPLY\", \"status\": \"PROSPECT\"}";
        Raw created = raw(app, "POST /api/v1/alliances HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static String status(String alliance) throws IOException {
        return raw(app, "GET /api/v1/alliances/" + alliance + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .json().path("alliance").path("status").asText();
    }

    /** A response read off the socket: the status, the header block and the body. */
    record Raw(int status, String head, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** A header's value from the header block, or "" when absent. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
            }
            return "";
        }
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int end = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, end).strip(), 16);
            if (size == 0) break;
            body.append(chunked, end + 2, end + 2 + size); // the bodies here are ASCII: characters and bytes agree
            at = end + 2 + size + 2;
        }
        return body.toString();
    }

    static Raw raw(Javalin server, String request) throws IOException {
        return raw(server, request.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Sends the bytes as they are; {@code thenHalfClose} ends the sending side, as a client cut off
     * mid-body would. The answer is read while the bytes are still being sent, as a browser does: a
     * server that refuses a request before its end closes the connection, and the rest of the bytes
     * then cannot be written, but the answer sent before that is still read.
     */
    static Raw raw(Javalin server, byte[] request, boolean thenHalfClose) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            Thread sender = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                    if (thenHalfClose) socket.shutdownOutput();
                } catch (IOException refusedMidway) {
                    // the server closed the connection after answering; the answer is read below
                }
            }, "raw-request-sender");
            sender.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (SocketException reset) {
                if (all.size() == 0) throw reset;
            }
            joinQuietly(sender);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) body = unchunked(body);
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
