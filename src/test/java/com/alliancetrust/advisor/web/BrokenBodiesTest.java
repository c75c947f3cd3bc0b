package com.alliancetrust.advisor.web;

import static com.alliancetrust.advisor.web.RequestOriginTest.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.RequestOriginTest.Raw;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies that are broken on the wire or in their bytes get a 400 in the one error shape, and nothing
 * is stored: cut off before the length they declared, with a broken chunked encoding, not UTF-8, or
 * with a key given twice.
 */
class BrokenBodiesTest {
    private static final String ALLIANCES = "/api/v1/alliances";
    private static Javalin app;

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void a_body_cut_off_before_its_declared_length_is_a_400_not_a_server_error() throws IOException {
        String head = "POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n";
        Raw cut = raw(app, (head + "{\"partner\": {\"name\": \"Cut").getBytes(StandardCharsets.UTF_8), true);

        assertThat(cut.status()).as(cut.body()).isEqualTo(400);
        assertThat(cut.json().path("field").asText()).isEqualTo("(body)");
        assertThat(stored()).isZero();
    }

    @Test
    void a_body_declared_over_the_limit_and_then_cut_off_is_still_answered_as_too_large() throws IOException {
        long declared = HttpApi.MAX_BODY_BYTES + 1;
        String head = "POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + declared + "\r\n\r\n";
        Raw cut = raw(app, (head + "{\"partner\": {\"name\": \"" + "x".repeat(4096)).getBytes(StandardCharsets.UTF_8), true);

        assertThat(cut.status()).as(cut.body()).isEqualTo(413);
        assertThat(cut.json().path("status").asInt()).isEqualTo(413);
        assertThat(stored()).isZero();
    }

    @Test
    void a_broken_chunked_encoding_is_a_400_in_the_error_shape() throws IOException {
        String request = "POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
        Raw broken = raw(app, request);

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("status").asInt()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void a_large_body_with_broken_chunking_is_answered_before_the_connection_is_closed() throws IOException {
        String head = "POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n";
        Raw broken = raw(app, (head + "x".repeat(4 * 1024 * 1024) + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8), false);

        assertThat(broken.status()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_rather_than_read_as_other_characters() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"partner\": {\"name\": \"".getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {(byte) 0xC0, (byte) 0xBC}); // an overlong form of '<'
        body.write("script\"}, \"purpose\": \"SUPPLY\", \"status\": \"PROSPECT\"}".getBytes(StandardCharsets.UTF_8));
        Raw refused = post(body.toByteArray());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("UTF-8");
        assertThat(stored()).isZero();
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_the_last_one_silently_winning() throws IOException {
        Raw refused = post(("{\"partner\": {\"name\": \"Twice\"}, \"purpose\": \"SUPPLY\", \"purpose\": \"LICENSING\", \"status\": \"PROSPECT\"}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("Duplicate field 'purpose'");
        assertThat(stored()).isZero();
    }

    @Test
    void broken_bodies_never_leave_a_request_counted_as_in_progress() throws IOException {
        String head = "POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{";
        String chunks = "POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
        for (int i = 0; i < SlowClients.MAX_IN_PROGRESS_PER_CLIENT + 10; i++) {
            raw(app, head.getBytes(StandardCharsets.UTF_8), true);
            raw(app, chunks);
        }
        assertThat(raw(app, "GET " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").status()).isEqualTo(200);
    }

    private static Raw post(byte[] body) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(("POST " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        request.write(body);
        return raw(app, request.toByteArray(), false);
    }

    private static int stored() throws IOException {
        return raw(app, "GET " + ALLIANCES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").json().path("total").asInt();
    }
}
