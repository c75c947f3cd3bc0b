package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.web.HttpApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mixed load over every endpoint of the packaged jar: {@value #CLIENTS} clients, each on its own
 * connection, send a weighted mix of reads, advice, writes and deliberately bad requests for
 * {@code mixed.seconds} seconds (default 60). Every answer must be the one expected, a 2xx or the
 * expected 4xx for a bad request; nothing may fail, time out or be refused for load.
 */
class MixedLoadIT {
    static final int CLIENTS = 64;
    private static final Duration RUNNING = Duration.ofSeconds(Long.getLong("mixed.seconds", 60));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ALLIANCES = 20;

    @TempDir
    Path work;

    /** What every client shares: the records to read, and the tally. */
    private final List<String> alliances = new ArrayList<>();
    private final List<String> assessments = new ArrayList<>();
    private final List<String> checklists = new ArrayList<>();
    private final Map<String, Map<Integer, AtomicLong>> tally = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong errorCount = new AtomicLong();
    private String base;

    @Test
    void sixty_four_clients_over_every_endpoint_for_a_minute_get_only_the_answers_expected() throws Exception {
        try (AdvisorProcess server = AdvisorProcess.start(work, List.of("--port", "0", "--data", work.resolve("data").toString()),
                Map.of("ADVISOR_RATE_LIMIT", "0"))) {
            base = server.baseUrl();
            prepare(new Client(new Random(0)));
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long end = System.nanoTime() + RUNNING.toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Client client = new Client(new Random(i + 1));
                clients.add(pool.submit(() -> client.run(end)));
            }
            for (Future<?> c : clients) c.get(RUNNING.toSeconds() + 600, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(server.isAlive()).as("the server survives the load").isTrue();
            assertThat(server.output()).doesNotContain("OutOfMemoryError");
        }

        long total = tally.values().stream().flatMap(m -> m.values().stream()).mapToLong(AtomicLong::get).sum();
        StringBuilder report = new StringBuilder(String.format("[mixed load] %d clients, %d s: %d requests (%.0f/s), %d errors%n",
                CLIENTS, RUNNING.toSeconds(), total, total / (double) RUNNING.toSeconds(), errorCount.get()));
        new TreeMap<>(tally).forEach((name, statuses) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            statuses.forEach((s, n) -> counts.put(s, n.get()));
            report.append(String.format("  %-52s %7d  %s%n", name, counts.values().stream().mapToLong(Long::longValue).sum(), counts));
        });
        System.out.println(report);
        assertThat(errors).as(report + "first errors").isEmpty();
        assertThat(tally.keySet()).as("every kind of request was sent").hasSizeGreaterThanOrEqualTo(40);
    }

    /** Records every client reads: alliances with health checks, stored assessments, checklists. */
    private void prepare(Client c) throws IOException {
        for (int i = 0; i < ALLIANCES; i++) {
            String id = c.expect("prepare", c.post("/api/v1/alliances", body("alliance.json").replace("Bench Partner", "Mixed " + i)), 201)
                    .path("id").asText();
            alliances.add(id);
            for (int q = 3; q >= 1; q--) {
                c.expect("prepare", c.post("/api/v1/alliances/" + id + "/health-checks", check(q * 91 - 60)), 201);
            }
            assessments.add(c.expect("prepare", c.post(HttpApiTest.ASSESS, withAlliance(HttpApiTest.VALID, id)), 201)
                    .path("assessmentId").asText());
            checklists.add(c.expect("prepare", c.post("/api/v1/checklists", body("checklist.json")), 201).path("id").asText());
        }
        tally.clear(); // the preparation is not part of the load
    }

    /** One client: its own connection, its own alliance, diagnosis session and checklist, a weighted mix of requests. */
    private final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        private final Random random;
        private String ownAlliance;
        private int ownVersion;
        private String ownSession;
        private int answers;
        /** This client's own checklist, and the version each of its items is at: only this client marks them. */
        private String ownChecklist;
        private final Map<String, Integer> ownItems = new HashMap<>();

        Client(Random random) {
            this.random = random;
        }

        void run(long end) {
            try {
                JsonNode own = expect("POST /api/v1/alliances", post("/api/v1/alliances", body("alliance.json")), 201);
                ownAlliance = own.path("id").asText();
                ownVersion = own.path("version").asInt();
                ownSession = expect("POST /api/v1/diagnoses", post("/api/v1/diagnoses", body("diagnosis.json")), 201).path("id").asText();
                JsonNode checklist = expect("POST /api/v1/checklists", post("/api/v1/checklists", body("checklist.json")), 201);
                ownChecklist = checklist.path("id").asText();
                readVersions(checklist);
                while (System.nanoTime() < end) one();
                expect("POST /api/v1/alliances/{id}/archive", post("/api/v1/alliances/" + ownAlliance + "/archive",
                        "{\"version\": " + ownVersion + "}"), 200);
            } catch (IOException | RuntimeException e) {
                error("client stopped: " + e);
            }
        }

        /** One request, chosen by weight: advice and reads most often, writes and bad requests less. */
        private void one() throws IOException {
            String a = pick(alliances);
            int n = random.nextInt(100);
            if (n < 8) {
                JsonNode r = expect("POST /api/v1/partner-assessments", post(HttpApiTest.ASSESS, HttpApiTest.VALID), 200);
                if (!"RECONSIDER".equals(r.path("verdict").path("value").asText())) error("assessment answered " + r.path("verdict"));
            } else if (n < 10) {
                expect("POST /api/v1/partner-assessments (stored)", post(HttpApiTest.ASSESS, withAlliance(HttpApiTest.VALID, ownAlliance)), 201);
            } else if (n < 12) {
                expect("POST /api/v1/partner-assessments/compare", post("/api/v1/partner-assessments/compare", body("compare.json")), 200);
            } else if (n < 16) {
                expect("POST /api/v1/contract-balance", post("/api/v1/contract-balance", body("contract-balance.json")), 200);
            } else if (n < 18) {
                expect("POST /api/v1/early-warning", post("/api/v1/early-warning", body("early-warning.json")), 200);
            } else if (n < 20) {
                JsonNode r = expect("POST /api/v1/culture-advice", post("/api/v1/culture-advice", body("culture-advice.json")), 200);
                if (!r.path("adaptations").isArray() || r.path("adaptations").isEmpty()) error("culture advice gave no adaptation");
            } else if (n < 23) {
                expect("POST /api/v1/diagnoses/one-shot", post("/api/v1/diagnoses/one-shot", body("diagnosis-one-shot.json")), 200);
            } else if (n < 25) {
                expect("POST /api/v1/diagnoses", post("/api/v1/diagnoses", body("diagnosis.json")), 201);
            } else if (n < 29) {
                answer();
            } else if (n < 31) {
                expect("GET /api/v1/diagnoses/{id}", get("/api/v1/diagnoses/" + ownSession), 200);
            } else if (n < 34) {
                expect("GET /api/v1/alliances/{id}/health", get("/api/v1/alliances/" + a + "/health"), 200);
            } else if (n < 35) {
                expect("GET /api/v1/portfolio", get("/api/v1/portfolio"), 200);
            } else if (n < 37) {
                expect("POST /api/v1/alliances/{id}/health-checks", post("/api/v1/alliances/" + ownAlliance + "/health-checks", check(random.nextInt(30))), 201);
            } else if (n < 40) {
                expect("GET /api/v1/alliances/{id}", get("/api/v1/alliances/" + a), 200);
            } else if (n < 42) {
                expect("GET /api/v1/alliances", get("/api/v1/alliances?size=10&page=" + (1 + random.nextInt(3))), 200);
            } else if (n < 44) {
                expect("GET /api/v1/alliances/{id}/assessments", get("/api/v1/alliances/" + a + "/assessments"), 200);
            } else if (n < 45) {
                expect("GET /api/v1/alliances/{id}/export", get("/api/v1/alliances/" + a + "/export"), 200);
            } else if (n < 48) {
                expect("GET /api/v1/assessments/{id}", get("/api/v1/assessments/" + pick(assessments)), 200);
            } else if (n < 49) {
                expect("POST /api/v1/assessments/{id}/rerun", post("/api/v1/assessments/" + pick(assessments) + "/rerun", null), 200);
            } else if (n < 52) {
                update();
            } else if (n < 54) {
                expect("POST /api/v1/checklists", post("/api/v1/checklists", body("checklist.json")), 201);
            } else if (n < 57) {
                expect("GET /api/v1/checklists/{id}", get("/api/v1/checklists/" + pick(checklists)), 200);
            } else if (n < 58) {
                send("GET /api/v1/checklists/{id}/export", request("/api/v1/checklists/" + pick(checklists) + "/export?format=CSV").GET(), 200);
            } else if (n < 60) {
                mark();
            } else if (n < 61) {
                String item = pick(List.copyOf(ownItems.keySet()));
                expect("PUT /api/v1/checklists/{id}/items/{itemId} (stale version)", put("/api/v1/checklists/" + ownChecklist + "/items/" + item,
                        withVersion(body("checklist-mark.json"), ownItems.get(item) - 1)), 409);
            } else if (n < 62) {
                expect("POST /api/v1/checklists/{id}/reassess (nothing found yet)", post("/api/v1/checklists/" + pick(checklists) + "/reassess", null), 400);
            } else if (n < 63) {
                expect("POST /api/v1/alliances", post("/api/v1/alliances", body("alliance.json")), 201);
            } else if (n < 75) {
                String path = pick(List.of("/health", "/api/v1/rules", "/api/v1/knowledge/elements", "/api/v1/knowledge/stages",
                        "/api/v1/knowledge/glossary", "/api/v1/knowledge/bibliography", "/api/v1/knowledge/evidence",
                        "/api/v1/knowledge/trust-survey", "/openapi.json"));
                expect("GET " + path, get(path), 200);
            } else if (n < 78) {
                expect("POST /api/v1/partner-assessments (malformed JSON)", post(HttpApiTest.ASSESS, "{\"partner\": "), 400);
            } else if (n < 80) {
                expect("POST /api/v1/partner-assessments (unknown enum value)",
                        post(HttpApiTest.ASSESS, HttpApiTest.VALID.replace("JOINT_RND", "MERGER")), 400);
            } else if (n < 82) {
                expect("GET /api/v1/alliances/{id} (no such alliance)", get("/api/v1/alliances/no-such-alliance"), 404);
            } else if (n < 83) {
                expect("PUT /api/v1/alliances/{id} (stale version)", put("/api/v1/alliances/" + ownAlliance,
                        withVersion(body("alliance.json"), ownVersion - 1 < 1 ? 1000 : ownVersion - 1)), 409);
            } else if (n < 84) {
                send("POST /api/v1/contract-balance (wrong content type)", request("/api/v1/contract-balance")
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")), 415);
            } else if (n < 85) {
                expect("POST /api/v1/import", post("/api/v1/import", backupOfOne()), 200);
            } else {
                expect("POST /api/v1/early-warning (nothing observed)", post("/api/v1/early-warning", "{}"), 200);
            }
        }

        /** Answers this client's own session, or changes the answer; takes one back now and then. */
        private void answer() throws IOException {
            if (answers > 0 && random.nextInt(4) == 0) {
                expect("POST /api/v1/diagnoses/{id}/back", post("/api/v1/diagnoses/" + ownSession + "/back", null), 200);
                answers--;
                return;
            }
            String value = pick(List.of("INTEGRITY", "COMPETENCE", "BENEVOLENCE"));
            expect("POST /api/v1/diagnoses/{id}/answers", post("/api/v1/diagnoses/" + ownSession + "/answers",
                    "{\"question\": \"violatedElement\", \"value\": \"" + value + "\"}"), 200);
            answers = 1;
        }

        /** Marks an item of this client's own checklist with the version it last read. */
        private void mark() throws IOException {
            String item = pick(List.copyOf(ownItems.keySet()));
            JsonNode marked = expect("PUT /api/v1/checklists/{id}/items/{itemId}", put("/api/v1/checklists/" + ownChecklist + "/items/" + item,
                    withVersion(body("checklist-mark.json"), ownItems.get(item))), 200);
            readVersions(marked);
        }

        private void readVersions(JsonNode checklist) {
            checklist.path("items").forEach(i -> ownItems.put(i.path("id").asText(), i.path("version").asInt()));
        }

        /** Updates this client's own alliance with the version it last read. */
        private void update() throws IOException {
            JsonNode updated = expect("PUT /api/v1/alliances/{id}", put("/api/v1/alliances/" + ownAlliance,
                    withVersion(body("alliance.json").replace("Opened by the benchmark", "Revision " + ownVersion), ownVersion)), 200);
            if (updated.path("version").asInt() != ownVersion + 1) error("update answered version " + updated.path("version"));
            ownVersion = updated.path("version").asInt();
        }

        private HttpResponse<String> get(String path) throws IOException {
            return exchange(request(path).GET());
        }

        private HttpResponse<String> post(String path, String body) throws IOException {
            HttpRequest.Builder r = request(path);
            r.header("Content-Type", "application/json"); // on every request that changes data, body or not
            return exchange(r.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> put(String path, String body) throws IOException {
            return exchange(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        private void send(String name, HttpRequest.Builder request, int expected) throws IOException {
            HttpResponse<String> response;
            try {
                response = exchange(request);
            } catch (IOException e) {
                count(name, -1);
                error(name + ": no answer: " + e);
                return;
            }
            count(name, response.statusCode());
            if (response.statusCode() != expected) error(name + ": " + response.statusCode() + ", expected " + expected + ": " + abbreviate(response.body()));
        }

        /** Counts the answer, checks its status and, for a refusal, the error shape; returns the body. */
        JsonNode expect(String name, HttpResponse<String> response, int expected) throws IOException {
            count(name, response.statusCode());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            if (response.statusCode() != expected) {
                error(name + ": " + response.statusCode() + ", expected " + expected + ": " + abbreviate(response.body()));
            } else if (expected >= 400 && body.path("status").asInt() != expected) {
                error(name + ": the refusal is not in the error shape: " + abbreviate(response.body()));
            }
            return body;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private void count(String name, int status) {
        tally.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    }

    private void error(String message) {
        if (errorCount.incrementAndGet() <= 20) errors.add(message);
    }

    /** A backup of one alliance never seen before. */
    private static String backupOfOne() {
        String id = java.util.UUID.randomUUID().toString();
        return """
                {"format": "alliance-trust-advisor/case-files", "formatVersion": 2, "caseFiles": [{"alliance": {"id": "%s",
                 "partner": {"name": "Imported Partner"}, "purpose": "SUPPLY", "countries": [], "status": "ACTIVE",
                 "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z", "version": 1}}]}
                """.formatted(id);
    }

    private static String check(int daysAgo) throws IOException {
        return body("health-check.json").replace("{date}", LocalDate.now().minusDays(daysAgo).toString());
    }

    private static String withAlliance(String assessment, String allianceId) throws IOException {
        ObjectNode request = (ObjectNode) JSON.readTree(assessment);
        request.put("allianceId", allianceId);
        return request.toString();
    }

    private static String withVersion(String draft, int version) throws IOException {
        ObjectNode request = (ObjectNode) JSON.readTree(draft);
        request.put("version", version);
        return request.toString();
    }

    /** A request body of the load benchmark, bench/bodies/NAME. */
    private static String body(String name) throws IOException {
        return Files.readString(Path.of("bench", "bodies", name));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
