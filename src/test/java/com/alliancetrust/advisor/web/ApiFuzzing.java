package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fuzzing of every endpoint the OpenAPI description lists, through a real port: thousands of
 * malformed and mutated requests (see {@link FuzzRequests}) never get a 5xx, every refusal has the
 * one JSON error shape, and afterwards the server still answers real requests correctly. Run on
 * each database by a subclass. Each run draws its requests from a new random seed, printed with
 * the counts; {@code -Dfuzz.seed=N} repeats a run, {@code -Dfuzz.requests=N} changes its length.
 */
abstract class ApiFuzzing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private Database database;
    private Javalin app;
    private String base;
    private ApiClient client;
    private FuzzRequests requests;
    private String allianceId;
    private final FuzzRequests.Tally tally = new FuzzRequests.Tally();

    abstract Database newDatabase();

    /** Sends {@code count} requests (unless told otherwise), checking each answer, then checks the server still answers. */
    void fuzz(int count) throws Exception {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        int total = Integer.getInteger("fuzz.requests", count);
        start();
        try {
            Random random = new Random(seed);
            for (int i = 0; i < total; i++) {
                FuzzRequests.Request request = requests.next(random);
                Wire wire = request.body() == null ? Wire.NORMAL : Wire.values()[Math.max(0, random.nextInt(40) - 36)];
                try {
                    check(request, wire);
                } catch (AssertionError e) {
                    throw new AssertionError("request " + (i + 1) + " of the run with -Dfuzz.seed=" + seed + ": " + e.getMessage(), e);
                }
            }
            System.out.println("[fuzzing, " + getClass().getSimpleName() + ", -Dfuzz.seed=" + seed + "] " + tally.report());
            stillAnswers();
        } finally {
            app.stop();
            database.close();
        }
    }

    private void start() throws IOException {
        database = newDatabase();
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        client = new ApiClient(base);
        Map<String, List<JsonNode>> seeds = new LinkedHashMap<>();
        Map<String, List<String>> ids = fixtures(seeds);
        requests = new FuzzRequests(client.get("/openapi.json").body(), ids, seeds, HttpApi.MAX_BODY_BYTES);
    }

    /**
     * How a request with a body travels: as the HTTP client sends it (most of the time), or over a bare
     * socket in chunks, cut off before its declared length, or with a broken chunked encoding.
     */
    enum Wire { NORMAL, CHUNKED, CUT_OFF, BROKEN_CHUNKS }

    /** Sends one request and checks its answer: below 500 and, when refused, in the error shape. */
    private void check(FuzzRequests.Request request, Wire wire) throws Exception {
        RequestOriginTest.Raw response = wire == Wire.NORMAL ? send(request) : sendRaw(request, wire);
        int status = response.status();
        tally.add((wire == Wire.NORMAL ? "" : "(" + wire.name().toLowerCase() + ") ") + request.operation().name(), status);
        String text = response.body();
        String what = request + (wire == Wire.NORMAL ? "" : ", sent " + wire.name().toLowerCase().replace('_', ' '));
        assertThat(status).as("status of %s%nanswer: %s", what, abbreviate(text)).isLessThan(500);
        if (wire == Wire.CUT_OFF || wire == Wire.BROKEN_CHUNKS) assertThat(status).as("status of %s", what).isIn(400, 413);
        if (status >= 400) {
            assertThat(response.header("Content-Type")).as("content type of the refusal of %s", what)
                    .startsWith("application/json");
            JsonNode error = JSON.readTree(text);
            assertThat(error.path("status").asInt()).as("error status in %s for %s", text, request).isEqualTo(status);
            assertThat(error.path("error").asText()).as("error in %s", text).isNotBlank();
            assertThat(error.path("message").asText()).as("message for %s", request).isNotBlank()
                    .doesNotContain("Exception", "\tat ", "at com.", "at org.");
        }
        if (request.refusedList() != null && (wire == Wire.NORMAL || wire == Wire.CHUNKED)) { // a broken body is refused before its lists are read
            assertThat(status).as("status of %s%nanswer: %s", request, abbreviate(text)).isEqualTo(400);
            assertThat(JSON.readTree(text).path("field").asText()).as("field refused in %s%nanswer: %s", request, abbreviate(text)).isEqualTo(request.refusedList());
        }
    }

    private void stillAnswers() {
        assertThat(tally.total()).isPositive();

        Reply assessment = client.post(HttpApiTest.ASSESS, HttpApiTest.VALID);
        assertThat(assessment.status()).isEqualTo(200);
        assertThat(assessment.body().path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
        assertThat(assessment.body().path("redFlags").findValuesAsText("id")).contains("hidden-ownership");
        Reply caseFile = client.get("/api/v1/alliances/" + allianceId);
        assertThat(caseFile.status()).isEqualTo(200);
        assertThat(caseFile.body().path("alliance").path("id").asText()).isEqualTo(allianceId);
        Reply health = client.get("/health");
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(requests.operations()).as("operations fuzzed, from the OpenAPI description").hasSizeGreaterThan(30);
    }

    /** The request over a bare socket, its body in two chunks, cut off halfway, or with a chunk size that is not hexadecimal. */
    private RequestOriginTest.Raw sendRaw(FuzzRequests.Request request, Wire wire) throws IOException {
        byte[] body = request.body();
        StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (request.contentType() != null) head.append("Content-Type: ").append(request.contentType()).append("\r\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int half = body.length / 2;
        switch (wire) {
            case CHUNKED -> {
                bytes.writeBytes(head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
                for (byte[] chunk : new byte[][] {java.util.Arrays.copyOf(body, half), java.util.Arrays.copyOfRange(body, half, body.length)}) {
                    if (chunk.length == 0) continue;
                    bytes.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    bytes.writeBytes(chunk);
                    bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                bytes.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            case CUT_OFF -> {
                bytes.writeBytes(head.append("Content-Length: ").append(body.length + 10).append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
                bytes.writeBytes(java.util.Arrays.copyOf(body, half));
            }
            default -> {
                bytes.writeBytes(head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
                bytes.writeBytes("zz\r\n".getBytes(StandardCharsets.US_ASCII));
                bytes.writeBytes(body);
                bytes.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        try {
            return RequestOriginTest.raw(app, bytes.toByteArray(), wire == Wire.CUT_OFF);
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request + " sent " + wire.name().toLowerCase().replace('_', ' '), e);
        }
    }

    private RequestOriginTest.Raw send(FuzzRequests.Request request) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(Duration.ofSeconds(90))
                .method(request.method(), body);
        if (request.contentType() != null) builder.header("Content-Type", request.contentType());
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new RequestOriginTest.Raw(response.statusCode(), "Content-Type: " + response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request, e); // the server closed the connection instead of answering
        }
    }

    /** Records the mutated requests start from (so that they reach past the first check), and the real ids for path parameters. */
    private Map<String, List<String>> fixtures(Map<String, List<JsonNode>> seeds) throws IOException {
        JsonNode alliance = body("alliance.json");
        allianceId = created(client.post("/api/v1/alliances", alliance.toString())).path("id").asText();
        ObjectNode stored = (ObjectNode) JSON.readTree(HttpApiTest.VALID);
        stored.put("allianceId", allianceId);
        String assessmentId = created(client.post(HttpApiTest.ASSESS, stored.toString())).path("assessmentId").asText();
        ObjectNode diagnosis = (ObjectNode) body("diagnosis.json");
        diagnosis.put("allianceId", allianceId);
        String diagnosisId = created(client.post("/api/v1/diagnoses", diagnosis.toString())).path("id").asText();
        JsonNode checklist = created(client.post("/api/v1/checklists", "{\"assessmentId\": \"" + assessmentId + "\", \"ourCountry\": \"GB\"}"));
        String checkBody = body("health-check.json").toString().replace("{date}", LocalDate.now().minusDays(30).toString());
        created(client.post("/api/v1/alliances/" + allianceId + "/health-checks", checkBody));
        JsonNode backup = client.get("/api/v1/alliances/" + allianceId + "/export").body();

        seed(seeds, "POST /api/v1/partner-assessments", JSON.readTree(HttpApiTest.VALID), stored, body("../assessment.json"));
        seed(seeds, "POST /api/v1/partner-assessments/compare", body("compare.json"));
        seed(seeds, "POST /api/v1/partner-assessments/brief.pdf", JSON.readTree(HttpApiTest.VALID), body("../assessment.json"));
        seed(seeds, "POST /api/v1/partner-assessments/brief", JSON.readTree(HttpApiTest.VALID));
        seed(seeds, "POST /api/v1/contract-balance", body("contract-balance.json"));
        seed(seeds, "POST /api/v1/early-warning", body("early-warning.json"));
        seed(seeds, "POST /api/v1/diagnoses", diagnosis, body("diagnosis.json"));
        seed(seeds, "POST /api/v1/diagnoses/one-shot", body("diagnosis-one-shot.json"));
        seed(seeds, "POST /api/v1/diagnoses/{id}/answers", body("diagnosis-answer.json"),
                JSON.readTree("{\"question\": \"warningSigns\", \"values\": [\"WITHHELD_INFORMATION\", \"REDUCED_COMMUNICATION\"]}"));
        seed(seeds, "POST /api/v1/checklists", body("checklist.json"), JSON.readTree("{\"assessmentId\": \"" + assessmentId + "\"}"));
        seed(seeds, "PUT /api/v1/checklists/{id}/items/{itemId}", body("checklist-mark.json"),
                JSON.readTree("{\"status\": \"DONE\", \"finding\": \"DISCLOSED\", \"date\": \"2026-01-15\", \"version\": 1}"));
        seed(seeds, "POST /api/v1/alliances/{id}/health-checks", JSON.readTree(checkBody));
        seed(seeds, "POST /api/v1/alliances", alliance);
        ObjectNode update = alliance.deepCopy();
        update.put("version", 1);
        seed(seeds, "PUT /api/v1/alliances/{id}", update);
        seed(seeds, "POST /api/v1/alliances/{id}/archive", JSON.readTree("{\"version\": 1}"));
        seed(seeds, "POST /api/v1/import", backup);

        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("alliances", List.of(allianceId));
        ids.put("assessments", List.of(assessmentId));
        ids.put("diagnoses", List.of(diagnosisId));
        ids.put("checklists", List.of(checklist.path("id").asText()));
        List<String> items = new ArrayList<>();
        checklist.path("items").forEach(i -> items.add(i.path("id").asText()));
        ids.put("items", items);
        return ids;
    }

    private static void seed(Map<String, List<JsonNode>> seeds, String operation, JsonNode... bodies) {
        seeds.put(operation, List.of(bodies));
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isBetween(200, 201);
        return reply.body();
    }

    /** A request body of the load benchmark, bench/bodies/NAME. */
    private static JsonNode body(String name) throws IOException {
        return JSON.readTree(Files.readString(Path.of("bench", "bodies", name)));
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
