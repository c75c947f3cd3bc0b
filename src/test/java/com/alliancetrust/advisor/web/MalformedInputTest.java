package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests the fuzzing found answered with a 5xx or a reset connection, each now refused with a 4xx
 * naming the field (or answered in full), on both databases where the database matters.
 */
class MalformedInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static Database sqlite;
    static Database postgres;
    static Javalin app;
    static Javalin onPostgres;
    static ApiClient client;
    static ApiClient postgresClient;
    static String base;
    static JsonNode backup;

    @BeforeAll
    static void start() throws Exception {
        sqlite = TestDatabases.sqlite();
        postgres = TestDatabases.postgres();
        app = new HttpApi(TestAdvisor::get, sqlite).create().start("127.0.0.1", 0);
        onPostgres = new HttpApi(TestAdvisor::get, postgres).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        client = new ApiClient(base);
        postgresClient = new ApiClient("http://127.0.0.1:" + onPostgres.port());

        String alliance = client.post("/api/v1/alliances", read("alliance.json")).body().path("id").asText();
        ObjectNode assessment = (ObjectNode) JSON.readTree(HttpApiTest.VALID);
        assessment.put("allianceId", alliance);
        assertThat(client.post(HttpApiTest.ASSESS, assessment.toString()).status()).isEqualTo(201);
        assertThat(client.post("/api/v1/diagnoses", "{\"accused\": \"PARTNER\", \"allianceId\": \"" + alliance + "\"}").status()).isEqualTo(201);
        String check = read("health-check.json").replace("{date}", LocalDate.now().minusDays(10).toString());
        assertThat(client.post("/api/v1/alliances/" + alliance + "/health-checks", check).status()).isEqualTo(201);
        backup = client.get("/api/v1/alliances/" + alliance + "/export").body();
    }

    @AfterAll
    static void stop() {
        app.stop();
        onPostgres.stop();
        sqlite.close();
        postgres.close();
    }

    @Test
    void a_null_in_a_list_is_refused_naming_the_element() {
        Reply reply = client.post("/api/v1/contract-balance", "{\"contract\": {\"controlProvisions\": [\"PENALTIES\", null]}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("contract.controlProvisions[1]");
        assertThat(reply.body().path("message").asText()).isEqualTo("contract.controlProvisions[1]: must not be null");
    }

    @Test
    void a_text_with_a_nul_character_is_refused_on_both_databases_instead_of_failing_in_postgresql() {
        String draft = "{\"partner\": {\"name\": \"Nul\\u0000Co\"}, \"purpose\": \"SUPPLY\"}";
        for (ApiClient api : new ApiClient[] {client, postgresClient}) {
            Reply reply = api.post("/api/v1/alliances", draft);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body().path("field").asText()).isEqualTo("partner.name");
            assertThat(reply.body().path("message").asText()).contains("NUL character");
        }
    }

    @Test
    void a_large_body_of_the_wrong_content_type_gets_its_415_rather_than_a_reset_connection() throws Exception {
        String large = "{\"partner\": {\"name\": \"" + "x".repeat(200_000) + "\"}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + HttpApiTest.ASSESS))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(large)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void a_body_sent_where_none_is_read_does_not_cost_the_client_its_answer() throws Exception {
        for (int i = 0; i < 3; i++) client.post("/api/v1/alliances", read("alliance.json")); // an export of some size
        String body = "x".repeat(300_000);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/export"))
                .header("Content-Type", "application/json").method("GET", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("caseFiles").size()).isPositive();
    }

    @Test
    void an_import_is_refused_naming_the_field_when_a_health_check_could_not_be_read_back() {
        assertImportRefused(doc -> check(doc).put("date", "NOT_A_DATE"), "caseFiles[0].healthChecks[0].date");
        assertImportRefused(doc -> ((ObjectNode) check(doc).path("scores").get(0)).remove("side"), "caseFiles[0].healthChecks[0].scores[0].side");
        assertImportRefused(doc -> ((ObjectNode) check(doc).path("scores").get(0)).put("element", "CHARM"),
                "caseFiles[0].healthChecks[0].scores[0].element");
        assertImportRefused(doc -> ((ObjectNode) check(doc).path("indicators")).put("communicationQuality", 9),
                "caseFiles[0].healthChecks[0].indicators.communicationQuality");

        assertThat(client.get("/api/v1/portfolio").status()).as("the portfolio still reads every stored check").isEqualTo(200);
    }

    @Test
    void an_import_is_refused_naming_the_field_when_a_diagnosis_session_could_not_be_read_back() {
        assertImportRefused(doc -> session(doc).put("stateJson", "{not json"), "caseFiles[0].diagnoses[0].stateJson");
        assertImportRefused(doc -> session(doc).put("stateJson", session(doc).path("stateJson").asText()
                .replace("\"answers\":[]", "\"answers\":[{\"part\":1,\"question\":\"horoscope\",\"value\":\"GOOD\"}]")),
                "caseFiles[0].diagnoses[0].stateJson.answers[0].question");
    }

    @Test
    void an_import_is_refused_naming_the_field_when_an_assessment_could_not_be_run_again() {
        assertImportRefused(doc -> ((ObjectNode) entry(doc).path("assessments").get(0)).put("input", "not a request"),
                "caseFiles[0].assessments[0].input");
        assertImportRefused(doc -> ((ObjectNode) entry(doc).path("assessments").get(0).path("input").path("alliance")).put("purpose", "MERGER"),
                "caseFiles[0].assessments[0].input.alliance.purpose");
    }

    @Test
    void an_import_is_refused_naming_the_field_when_a_text_is_longer_than_its_column() {
        for (ApiClient api : new ApiClient[] {client, postgresClient}) {
            JsonNode doc = freshIds(backup);
            ((ObjectNode) entry(doc).path("timeline").get(0)).put("kind", "K".repeat(41));

            Reply reply = api.post("/api/v1/import", doc.toString());

            assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
            assertThat(reply.body().path("field").asText()).isEqualTo("caseFiles[0].timeline[0].kind");
        }
    }

    @Test
    void the_unbroken_backup_imports_so_the_refusals_above_are_for_what_was_broken() {
        Reply reply = client.post("/api/v1/import", freshIds(backup).toString());

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().path("healthChecks").asInt()).isEqualTo(1);
        assertThat(reply.body().path("diagnoses").asInt()).isEqualTo(1);
    }

    private static void assertImportRefused(Consumer<JsonNode> breakIt, String field) {
        JsonNode doc = freshIds(backup);
        breakIt.accept(doc);

        Reply reply = client.post("/api/v1/import", doc.toString());

        assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
    }

    private static JsonNode entry(JsonNode doc) {
        return doc.path("caseFiles").get(0);
    }

    private static ObjectNode check(JsonNode doc) {
        return (ObjectNode) entry(doc).path("healthChecks").get(0);
    }

    private static ObjectNode session(JsonNode doc) {
        return (ObjectNode) entry(doc).path("diagnoses").get(0);
    }

    /** The backup with every id replaced by a new one, so that it imports beside what is stored. */
    private static JsonNode freshIds(JsonNode doc) {
        Map<String, String> fresh = new HashMap<>();
        try {
            return JSON.readTree(ID.matcher(doc.toString()).replaceAll(m -> fresh.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String body) {
        try {
            return Files.readString(Path.of("bench", "bodies", body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
