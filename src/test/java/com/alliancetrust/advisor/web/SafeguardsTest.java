package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.checklist.ChecklistExport;
import com.alliancetrust.advisor.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The safe defaults through a real port: the access token on every API call, security headers on
 * every response, the body limit on every route that takes a body, and errors that give nothing
 * of the server's inside away.
 */
class SafeguardsTest {
    static final String TOKEN = "test-access-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Javalin secured;
    static Javalin open;

    @BeforeAll
    static void start() {
        secured = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(), ServerOptions.OPEN.withAccessToken(TOKEN).withWebRoot("safeguards-web"))
                .create().start("127.0.0.1", 0);
        open = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(), ServerOptions.OPEN.withWebRoot("safeguards-web"))
                .create().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        secured.stop();
        open.stop();
    }

    /** A response with its headers; the body parsed when it is JSON. */
    record Answer(int status, Map<String, List<String>> headers, String text) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + text, e);
            }
        }
    }

    static Answer send(Javalin app, String method, String path, String token, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null || !method.equals("GET")) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer get(Javalin app, String path, String token) {
        return send(app, "GET", path, token, null);
    }

    @Test
    void with_a_token_configured_an_api_call_without_it_or_with_a_wrong_one_gets_401_in_the_error_shape() {
        Answer missing = get(secured, "/api/v1/rules", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(missing.json().path("status").asInt()).isEqualTo(401);
        assertThat(missing.json().path("error").asText()).isEqualTo("Unauthorized");
        assertThat(missing.json().path("message").asText()).contains("Authorization: Bearer");

        Answer wrong = get(secured, "/api/v1/rules", TOKEN + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(get(secured, "/api/v1/rules", TOKEN.substring(1)).status()).isEqualTo(401);

        Answer post = send(secured, "POST", HttpApiTest.ASSESS, null, HttpApiTest.VALID.getBytes());
        assertThat(post.status()).as("a write without the token").isEqualTo(401);
    }

    @Test
    void with_the_right_token_every_api_call_is_answered_as_usual() {
        Answer rules = get(secured, "/api/v1/rules", TOKEN);
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().size()).isEqualTo(TestAdvisor.get().rules().size());

        Answer assessed = send(secured, "POST", HttpApiTest.ASSESS, TOKEN, HttpApiTest.VALID.getBytes());
        assertThat(assessed.status()).isEqualTo(200);
        assertThat(assessed.json().path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
    }

    @Test
    void health_and_the_web_pages_stay_open_without_the_token() {
        Answer health = get(secured, "/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");

        Answer page = get(secured, "/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Served from the classpath");
    }

    @Test
    void only_the_two_survey_respondent_paths_are_open_without_the_token_and_they_take_the_link_instead() {
        byte[] unknownLink = ("{\"token\": \"" + "A".repeat(43) + "\", \"answers\": {\"competence-1\": 4}}").getBytes();
        byte[] unknownForm = ("{\"token\": \"" + "A".repeat(43) + "\"}").getBytes();
        for (String path : List.of("/api/v1/respond/form", "/api/v1/respond/answers")) {
            Answer answer = send(secured, "POST", path, null, path.endsWith("form") ? unknownForm : unknownLink);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().path("message").asText()).contains("This survey link is not open");
        }
        for (String path : List.of("/api/v1/respond/form/", "/api/v1/respond", "/api/v1/respond/other", "/api/v1/respond/answers/x")) {
            assertThat(send(secured, "POST", path, null, unknownLink).status()).as(path).isEqualTo(401);
        }
        assertThat(get(secured, "/api/v1/alliances/0190f3a2-7c41-7d2e-9b1a-3f6c2d8e4a10/survey-rounds", null).status()).isEqualTo(401);
        assertThat(get(secured, "/respond.html", null).status()).isIn(200, 404); // a static page: served without the token where it exists
    }

    @Test
    void the_rate_limit_applies_to_survey_respondents_too() {
        Javalin limited = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(), ServerOptions.OPEN.withAccessToken(TOKEN).withRateLimit(1)
                .withWebRoot("safeguards-web")).create().start("127.0.0.1", 0);
        try {
            byte[] body = ("{\"token\": \"" + "A".repeat(43) + "\"}").getBytes();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) statuses.add(send(limited, "POST", "/api/v1/respond/form", null, body).status());
            assertThat(statuses.subList(0, 2)).containsOnly(404);
            assertThat(statuses).contains(429);
        } finally {
            limited.stop();
        }
    }

    @Test
    void without_a_token_configured_the_api_answers_without_one() {
        assertThat(get(open, "/api/v1/rules", null).status()).isEqualTo(200);
        assertThat(get(open, "/api/v1/rules", "any-token-at-all").status()).isEqualTo(200);
    }

    @Test
    void every_response_carries_the_security_headers_and_api_responses_are_not_cached() {
        List<Answer> api = List.of(get(secured, "/health", null), get(secured, "/api/v1/rules", TOKEN), get(secured, "/api/v1/rules", null),
                get(secured, "/openapi.json", null), send(secured, "POST", HttpApiTest.ASSESS, TOKEN, "{\"partner\":".getBytes()),
                get(secured, "/api/v1/no-such-thing", TOKEN), send(secured, "DELETE", HttpApiTest.ASSESS, TOKEN, null));
        List<Answer> pages = List.of(get(secured, "/", null), get(secured, "/index.html", null), get(open, "/index.html", null),
                get(secured, "/no-such-page.html", null));
        for (Answer a : concat(api, pages)) {
            assertThat(a.header("Content-Security-Policy")).as(a.status() + " " + a.text())
                    .isEqualTo("default-src 'self'; script-src 'self'; style-src 'self' " + ChecklistExport.STYLE_SOURCE + "; img-src 'self' data:; font-src 'self'; "
                            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
            assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        // What depends only on the rules version (the catalogues, this description) may be kept and revalidated by its ETag.
        List<Answer> perVersion = List.of(api.get(1), api.get(3));
        api.forEach(a -> assertThat(a.header("Cache-Control")).as(a.text()).isEqualTo(perVersion.contains(a) ? "no-cache" : "no-store"));
        perVersion.forEach(a -> assertThat(a.header("ETag")).isEqualTo("\"" + TestAdvisor.get().version() + "\""));
        assertThat(pages.get(0).header("Content-Type")).startsWith("text/html");
    }

    @Test
    void a_body_over_the_limit_gets_413_on_every_route_that_takes_a_post_or_put() {
        JsonNode paths = get(open, "/openapi.json", null).json().path("paths");
        byte[] oversized = ("{\"note\": \"" + "x".repeat((int) HttpApi.MAX_BODY_BYTES) + "\"}").getBytes();
        List<String> checked = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            for (String method : List.of("post", "put")) {
                if (!path.getValue().has(method) || path.getKey().equals(HttpApi.IMPORT) || path.getKey().startsWith("/api/v1/admin/")) continue;
                String concrete = path.getKey().replace("{id}", "some-id").replace("{itemId}", "some-item").replace("{roundId}", "some-round")
                        .replace("{stepId}", "some-step");
                Answer a = send(open, method.toUpperCase(), concrete, null, oversized);
                assertThat(a.status()).as(method + " " + concrete).isEqualTo(413);
                assertThat(a.json().path("status").asInt()).isEqualTo(413);
                assertThat(a.json().path("message").asText()).contains("larger than 256 KiB");
                checked.add(method + " " + concrete);
            }
        });
        assertThat(checked).as("routes checked").hasSizeGreaterThanOrEqualTo(15).contains("post " + HttpApiTest.ASSESS,
                "put /api/v1/alliances/some-id", "post /api/v1/assessments/some-id/rerun", "put /api/v1/checklists/some-id/items/some-item");

        Answer justUnder = send(open, "POST", "/api/v1/alliances", null, ("{\"partner\": {\"name\": \"" + "x".repeat(1000) + "\"}}").getBytes());
        assertThat(justUnder.status()).as("a body within the limit reaches the handler").isEqualTo(400);
    }

    @Test
    void an_import_may_be_larger_than_an_advisory_request_but_not_without_bound() {
        byte[] mid = ("{\"format\": \"" + "x".repeat((int) HttpApi.MAX_BODY_BYTES) + "\"}").getBytes();
        Answer accepted = send(open, "POST", HttpApi.IMPORT, null, mid);
        assertThat(accepted.status()).as(accepted.text()).isNotEqualTo(413);

        byte[] huge = new byte[(int) HttpApi.MAX_IMPORT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        Answer refused = send(open, "POST", HttpApi.IMPORT, null, huge);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().path("message").asText()).contains("larger than 65536 KiB");
    }

    @Test
    void no_error_response_shows_a_stack_trace_an_exception_or_a_path_of_the_server() {
        List<Answer> errors = new ArrayList<>();
        for (String body : List.of("{\"partner\":", "[1,2", "{'a':1}", "{\"a\":01}", "\"abc", "{\"partner\": {\"name\": \"\u0001\"}}",
                "{\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"}} {}", "{\"partner\": [[[[[]]]]]}", "{\"partner\": 1e999999}")) {
            errors.add(send(open, "POST", HttpApiTest.ASSESS, null, body.getBytes()));
        }
        errors.add(send(open, "POST", "/api/v1/import", null, "{\"format\": 5, \"alliances\": \"x\"}".getBytes()));
        errors.add(send(open, "POST", "/api/v1/diagnoses", null, "{\"accused\": \"NOBODY\"}".getBytes()));
        errors.add(get(open, "/api/v1/no-such-thing", null));
        errors.add(get(open, "/no/such/../../etc/passwd", null));
        errors.add(get(open, "/api/v1/alliances?page=two", null));
        errors.add(get(open, "/api/v1/alliances?status=LOST", null));
        errors.add(get(open, "/api/v1/alliances/no-such-id", null));
        errors.add(get(open, "/api/v1/checklists/x/export?format=PDF", null));
        errors.add(send(open, "DELETE", "/api/v1/rules", null, null));
        errors.add(send(open, "PATCH", HttpApiTest.ASSESS, null, "{}".getBytes()));
        errors.add(get(open, "/api/v1/admin/reload", null));
        errors.add(get(secured, "/api/v1/rules", "wrong"));
        for (Answer a : errors) {
            assertThat(a.status()).as(a.text()).isBetween(400, 499);
            JsonNode error = a.json();
            assertThat(error.path("status").asInt()).isEqualTo(a.status());
            assertThat(error.path("message").asText()).as(a.text()).isNotBlank()
                    .doesNotContain("Exception", "\tat ", "at com.", "at org.", ".java", "com.fasterxml", "io.javalin", "org.eclipse",
                            "Source:", "REDACTED", "StreamReadFeature", "/tmp/", "/home/", "/root/", "jdbc:", "SQL",
                            java.nio.file.Path.of("").toAbsolutePath().toString());
        }
    }

    @Test
    void a_client_past_its_burst_gets_429_with_retry_after_on_every_route() {
        Javalin limited = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(), ServerOptions.OPEN.withRateLimit(1).withWebRoot("safeguards-web"))
                .create().start("127.0.0.1", 0);
        try {
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) answers.add(get(limited, "/api/v1/knowledge/stages", null));

            assertThat(answers.subList(0, 2)).as("the burst of twice the rate").extracting(Answer::status).containsOnly(200);
            Answer throttled = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow(() ->
                    new AssertionError("no 429 in " + answers.stream().map(Answer::status).toList()));
            assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 2L);
            assertThat(throttled.json().path("status").asInt()).isEqualTo(429);
            assertThat(throttled.json().path("error").asText()).isEqualTo("Too Many Requests");
            assertThat(throttled.json().path("message").asText()).contains("at most 1 a second");
            assertThat(throttled.header("Content-Security-Policy")).isNotNull();
            assertThat(get(limited, "/health", null).status()).as("health counts too").isEqualTo(429);
            assertThat(get(limited, "/openapi.json", null).status()).isEqualTo(429);
        } finally {
            limited.stop();
        }
    }

    @Test
    void requests_refused_before_their_handler_still_end_so_a_client_is_never_locked_out() {
        for (int i = 0; i < SlowClients.MAX_IN_PROGRESS_PER_CLIENT + 20; i++) {
            assertThat(get(secured, "/api/v1/knowledge/stages", "wrong-token").status()).isEqualTo(401);
            assertThat(send(secured, "POST", "/api/v1/partner-assessments", TOKEN, "{".getBytes()).status()).isEqualTo(400);
        }
        assertThat(get(secured, "/api/v1/knowledge/stages", TOKEN).status()).isEqualTo(200);
    }

    @Test
    void a_page_file_costs_a_fifth_of_a_request_so_a_page_load_fits_the_burst() {
        Javalin limited = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(), ServerOptions.OPEN.withRateLimit(5).withWebRoot("safeguards-web"))
                .create().start("127.0.0.1", 0);
        try {
            List<Integer> files = new ArrayList<>();
            for (int i = 0; i < 40; i++) files.add(get(limited, "/index.html", null).status());
            assertThat(files).as("forty files within a burst of ten requests").containsOnly(200);
        } finally {
            limited.stop();
        }
    }

    @Test
    void a_comparison_is_charged_per_candidate() {
        Javalin limited = new HttpApi(TestAdvisor::get, TestDatabases.sqlite(), ServerOptions.OPEN.withRateLimit(1).withWebRoot("safeguards-web"))
                .create().start("127.0.0.1", 0);
        try {
            // Thoroughly checked candidates: each verdict is a plain go, found in one evaluation, so the request is quick
            // and the bucket has no time to refill.
            String evidence = """
                    {"competence": {"yearsInDomain": 15, "pilotDelivery": "MET", "performanceReferences": "POSITIVE", "financialHealth": "STRONG"},
                     "integrity": {"litigationRecord": "NONE", "sanctionsScreening": "CLEAR", "adverseMedia": "NONE", "beneficialOwnership": "DISCLOSED",
                                   "questionnaire": "COMPLETE", "smallPromisesKept": "KEPT", "negotiationHonesty": "CONSISTENT"},
                     "benevolence": {"negotiationReciprocity": "RECIPROCAL", "formerPartnerReferences": "POSITIVE",
                                     "disputesWithFormerPartners": "NONE", "ipAppropriation": "NONE"},
                     "predictability": {"deliveryRecord": "CONSISTENT", "responsiveness": "PROMPT", "leadershipStability": "STABLE"}}""";
            StringBuilder ten = new StringBuilder("{\"alliance\": {\"purpose\": \"SUPPLY\"}, \"candidates\": [");
            for (int i = 0; i < 10; i++) ten.append(i == 0 ? "" : ",").append("{\"partner\": {\"name\": \"C" + i + "\"}, \"evidence\": " + evidence + "}");
            Answer compared = send(limited, "POST", "/api/v1/partner-assessments/compare", null, ten.append("]}").toString().getBytes());
            Answer next = get(limited, "/api/v1/knowledge/stages", null);

            assertThat(compared.status()).as(compared.text()).isEqualTo(200);
            // Ten assessments cost ten requests from a bucket of two refilled at one a second: the next one waits.
            assertThat(next.status()).isEqualTo(429);
            assertThat(Long.parseLong(next.header("Retry-After"))).isGreaterThan(1);
        } finally {
            limited.stop();
        }
    }

    @Test
    void requests_the_web_server_refuses_itself_get_the_json_error_shape_and_the_headers_too() throws IOException {
        List<String> refused = List.of(
                raw(secured, "GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw(secured, "GET /api/v1/rules?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw(secured, "GET / HTTP/1.1\r\nHost: localhost\r\nNot a header line\r\nConnection: close\r\n\r\n"));
        for (String response : refused) {
            String status = response.substring(9, 12);
            assertThat(status).as(response).startsWith("4");
            assertThat(response).as(response).containsIgnoringCase("Content-Type: application/json")
                    .containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                    .contains("{\"status\":" + status + ",\"error\":").doesNotContain("<html", "jetty", "Jetty", "badMessage");
        }
    }

    /** Sends bytes no well-behaved client would, and returns the raw response. */
    private static String raw(Javalin app, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void the_admin_endpoints_are_refused_while_no_admin_token_is_configured() {
        Answer status = get(secured, "/api/v1/admin/reload", TOKEN);
        assertThat(status.status()).isEqualTo(403);
        assertThat(status.json().path("message").asText()).contains("switched off", "ADVISOR_ADMIN_TOKEN");
        assertThat(send(open, "POST", "/api/v1/admin/reload", null, null).status()).isEqualTo(403);
    }

    private static List<Answer> concat(List<Answer> a, List<Answer> b) {
        List<Answer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
