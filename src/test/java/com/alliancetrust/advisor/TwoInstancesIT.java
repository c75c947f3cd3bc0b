package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.store.PostgresForTests;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one PostgreSQL database, as behind a load balancer: both migrate the schema at
 * start, each sees what the other wrote, and optimistic versioning holds across them.
 */
class TwoInstancesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLIANCES = "/api/v1/alliances";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    private static final int BURST_THREADS = 8;
    private static final int BURST_ROUNDS = 5;
    private static final Pattern NOW_AT = Pattern.compile("now at version (\\d+)");

    @TempDir
    static Path work;

    static PostgresForTests.Server server;
    static String database;
    static AdvisorProcess a;
    static AdvisorProcess b;
    static ApiClient clientA;
    static ApiClient clientB;

    /** Both servers are started at once on one new database, so that they migrate it concurrently. */
    @BeforeAll
    static void startTwoServers() throws Exception {
        server = PostgresForTests.server();
        database = TestDatabases.newDatabase(server);
        Map<String, String> env = Map.of("ADVISOR_DB_URL", server.url(database), "ADVISOR_DB_USER", server.user(),
                "ADVISOR_DB_PASSWORD", server.password());
        a = AdvisorProcess.start(Files.createDirectories(work.resolve("a")), List.of("--port", "0"), env);
        b = AdvisorProcess.start(Files.createDirectories(work.resolve("b")), List.of("--port", "0"), env);
        clientA = a.client();
        clientB = b.client();
    }

    @AfterAll
    static void stopServers() {
        if (a != null) a.stop();
        if (b != null) b.stop();
    }

    @Test
    void both_servers_come_up_on_one_database_and_the_schema_is_migrated_once() throws Exception {
        for (ApiClient client : List.of(clientA, clientB)) {
            Reply health = client.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body().path("status").asText()).isEqualTo("UP");
        }
        List<String> applied = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.url(database), server.user(), server.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (r.next()) applied.add(r.getString(1) + (r.getBoolean(2) ? "" : " (failed)"));
        }
        assertThat(applied).as("migrations recorded; output of A:\n%s\noutput of B:\n%s", a.output(), b.output())
                .containsExactlyElementsOf(migrationVersions());
        System.out.println("[two instances] migration, A: " + migrationLines(a) + "; B: " + migrationLines(b));
    }

    @Test
    void a_case_file_written_through_one_server_is_read_back_complete_through_the_other() {
        Reply created = clientA.post(ALLIANCES, draft("Kanto Robotics", "NEGOTIATING", null).toString());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asText();
        Reply updated = put(a, id, draft("Kanto Robotics KK", "ACTIVE", 1));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        ObjectNode request = (ObjectNode) read(HttpApiTest.VALID);
        request.put("allianceId", id);
        Reply assessed = clientA.post(HttpApiTest.ASSESS, request.toString());
        assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(201);
        String assessmentId = assessed.body().path("assessmentId").asText();

        JsonNode throughA = clientA.get(ALLIANCES + "/" + id).body();
        Reply throughB = clientB.get(ALLIANCES + "/" + id);
        assertThat(throughB.status()).isEqualTo(200);
        assertThat(throughB.body()).isEqualTo(throughA);
        JsonNode alliance = throughB.body().path("alliance");
        assertThat(alliance).isEqualTo(updated.body());
        assertThat(alliance.path("version").asInt()).isEqualTo(2);
        assertThat(alliance.path("partner").path("name").asText()).isEqualTo("Kanto Robotics KK");
        assertThat(alliance.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(alliance.path("countries").toString()).isEqualTo("[\"JP\",\"DE\"]");
        JsonNode timeline = throughB.body().path("timeline");
        assertThat(texts(timeline, "kind")).containsExactly("CREATED", "UPDATED", "ASSESSMENT");
        assertThat(timeline.get(2).path("recordId").asText()).isEqualTo(assessmentId);
        assertThat(texts(throughB.body().path("assessments"), "id")).containsExactly(assessmentId);

        Reply assessment = clientB.get("/api/v1/assessments/" + assessmentId);
        assertThat(assessment.status()).isEqualTo(200);
        assertThat(assessment.body().path("output")).isEqualTo(assessed.body());
        assertThat(assessment.body().path("verdict").asText()).isEqualTo(assessed.body().path("verdict").path("value").asText())
                .isEqualTo("RECONSIDER");
        assertThat(assessment.body().path("input").path("evidence")).isEqualTo(request.path("evidence"));
    }

    @Test
    void an_update_based_on_a_version_the_other_server_has_replaced_gets_409_and_changes_nothing() {
        String id = create("Osaka Materials");
        int v = clientA.get(ALLIANCES + "/" + id).body().path("alliance").path("version").asInt();
        assertThat(clientB.get(ALLIANCES + "/" + id).body().path("alliance").path("version").asInt()).isEqualTo(v);

        Reply first = put(a, id, draft("Osaka Materials (by A)", "ACTIVE", v));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().path("version").asInt()).isEqualTo(v + 1);

        Reply stale = put(b, id, draft("Osaka Materials (by B)", "SUSPENDED", v));
        assertThat(stale.status()).as(stale.body().toString()).isEqualTo(409);
        assertThat(stale.body().path("field").asText()).isEqualTo("version");
        assertThat(stale.body().path("message").asText())
                .contains("changed by someone else", "you sent version " + v, "now at version " + (v + 1));

        for (ApiClient client : List.of(clientA, clientB)) {
            JsonNode caseFile = client.get(ALLIANCES + "/" + id).body();
            assertThat(caseFile.path("alliance")).isEqualTo(first.body());
            assertThat(caseFile.path("alliance").path("partner").path("name").asText()).isEqualTo("Osaka Materials (by A)");
            assertThat(texts(caseFile.path("timeline"), "kind")).containsExactly("CREATED", "UPDATED");
        }
    }

    @Test
    void of_simultaneous_updates_through_both_servers_with_the_same_version_exactly_one_wins() throws Exception {
        String id = create("Nagoya Components");
        ExecutorService pool = Executors.newFixedThreadPool(BURST_THREADS);
        List<String> rounds = new ArrayList<>();
        try {
            for (int round = 0; round < BURST_ROUNDS; round++) {
                JsonNode before = clientB.get(ALLIANCES + "/" + id).body().path("alliance");
                int v = before.path("version").asInt();
                CyclicBarrier start = new CyclicBarrier(BURST_THREADS);
                List<Future<Reply>> replies = new ArrayList<>();
                for (int t = 0; t < BURST_THREADS; t++) {
                    AdvisorProcess target = t % 2 == 0 ? a : b;
                    ObjectNode change = draft("Nagoya Components", "ACTIVE", v).put("owner", "round" + round + ".thread" + t + "@example.com");
                    replies.add(pool.submit(() -> {
                        start.await(2, TimeUnit.MINUTES);
                        return put(target, id, change);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                List<JsonNode> winners = new ArrayList<>();
                List<String> conflictMessages = new ArrayList<>();
                Map<String, Integer> claimedCurrent = new TreeMap<>();
                for (Future<Reply> f : replies) {
                    Reply reply = f.get(5, TimeUnit.MINUTES);
                    statuses.add(reply.status());
                    if (reply.status() == 200) winners.add(reply.body());
                    if (reply.status() != 409) continue;
                    String message = reply.body().path("message").asText();
                    conflictMessages.add(message);
                    Matcher now = NOW_AT.matcher(message);
                    claimedCurrent.merge(now.find() ? now.group(1) : "?", 1, Integer::sum);
                }
                String report = "round " + round + " at version " + v + ": statuses " + statuses
                        + ", the 409 messages give as the current version " + claimedCurrent + (conflictMessages.isEmpty() ? "" : " (first: " + conflictMessages.get(0) + ")");
                rounds.add(report);

                assertThat(statuses).as(report).containsOnly(200, 409);
                assertThat(winners).as(report).hasSize(1);
                assertThat(conflictMessages).as(report).hasSize(BURST_THREADS - 1)
                        .allSatisfy(m -> assertThat(m).contains("changed by someone else", "you sent version " + v));
                JsonNode winner = winners.get(0);
                assertThat(winner.path("version").asInt()).as(report).isEqualTo(v + 1);
                for (ApiClient client : List.of(clientA, clientB)) {
                    JsonNode caseFile = client.get(ALLIANCES + "/" + id).body();
                    assertThat(caseFile.path("alliance")).as(report).isEqualTo(winner);
                    assertThat(texts(caseFile.path("timeline"), "kind")).as(report).filteredOn("UPDATED"::equals).hasSize(round + 1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("[two instances] " + BURST_ROUNDS + " bursts of " + BURST_THREADS + " updates:\n  " + String.join("\n  ", rounds));
    }

    /** Every versioned migration the application ships, each to be applied exactly once. */
    private static List<String> migrationVersions() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
        }
    }

    private static List<String> migrationLines(AdvisorProcess server) {
        return server.output().lines().filter(l -> l.contains("DbMigrate") || l.contains("migration") || l.contains("up to date")).toList();
    }

    private static String create(String partner) {
        Reply created = clientA.post(ALLIANCES, draft(partner, "NEGOTIATING", null).toString());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private static ObjectNode draft(String partner, String status, Integer version) {
        ObjectNode draft = (ObjectNode) read("""
                {"partner": {"name": "", "country": "JP", "industry": "robotics"}, "purpose": "JOINT_RND",
                 "countries": ["JP", "DE"], "status": "", "owner": "hr.lead@example.com", "description": "Robot arms"}
                """);
        ((ObjectNode) draft.path("partner")).put("name", partner);
        draft.put("status", status);
        if (version != null) draft.put("version", version);
        return draft;
    }

    private static Reply put(AdvisorProcess server, String id, JsonNode body) {
        ApiClient client = server == a ? clientA : clientB;
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + ALLIANCES + "/" + id))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
