package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assessment answer names the rules and sources of its version by id, and a reader finds each in
 * the catalogues of that version: so the answer for the benchmark's request stays small.
 */
class AnswerSizeTest {
    static final int MAX_ANSWER_BYTES = 25_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Javalin app;
    static String base;
    static Database db;

    @BeforeAll
    static void start() {
        db = TestDatabases.sqlite();
        app = new HttpApi(TestAdvisor::get, db).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static String benchRequest() throws IOException {
        return Files.readString(Path.of("bench/assessment.json"));
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_answer_for_the_benchmark_request_is_at_most_25000_bytes() throws Exception {
        HttpResponse<String> reply = post(HttpApiTest.ASSESS, benchRequest());

        assertThat(reply.statusCode()).isEqualTo(200);
        int size = reply.body().getBytes(StandardCharsets.UTF_8).length;
        Files.writeString(Path.of("target/bench-assessment-answer.json"), reply.body()); // to look at
        Map<String, Integer> parts = new LinkedHashMap<>();
        JSON.readTree(reply.body()).fields().forEachRemaining(e -> parts.put(e.getKey(), e.getValue().toString().length()));
        assertThat(size).as("bytes of the answer, by part: %s", parts).isLessThanOrEqualTo(MAX_ANSWER_BYTES);
    }

    @Test
    void every_rule_and_source_the_answer_names_is_in_the_catalogues_of_its_version() throws Exception {
        JsonNode answer = JSON.readTree(post(HttpApiTest.ASSESS, benchRequest()).body());
        HttpResponse<String> rules = get("/api/v1/rules", null);
        HttpResponse<String> bibliography = get("/api/v1/knowledge/bibliography", null);
        String version = "\"" + answer.path("version").asText() + "\"";
        assertThat(rules.headers().firstValue("ETag")).contains(version);
        assertThat(bibliography.headers().firstValue("ETag")).contains(version);
        assertThat(get("/api/v1/rules", version).statusCode()).isEqualTo(304);
        assertThat(get("/api/v1/knowledge/bibliography", "\"another-version\"").statusCode()).isEqualTo(200);

        Set<String> ruleIds = ids(JSON.readTree(rules.body()));
        Set<String> sourceIds = ids(JSON.readTree(bibliography.body()));
        JsonNode graph = answer.path("reasoning");
        Set<String> factIds = ids(graph.path("facts"));
        Set<String> conclusionIds = ids(graph.path("conclusions"));
        // Named by id only: the texts are in the catalogues. Each rule is listed once, with the answer's own short id.
        Map<String, String> catalogueIdOf = new LinkedHashMap<>();
        graph.path("rules").forEach(r -> {
            assertThat(r.has("name")).as("texts left to the catalogue").isFalse();
            catalogueIdOf.put(r.path("id").asText(), r.path("rule").asText());
        });
        graph.path("sources").forEach(s -> assertThat(s.has("citation")).isFalse());
        Set<String> named = new HashSet<>();
        graph.path("conclusions").forEach(c -> {
            if (c.hasNonNull("rule")) named.add(catalogueIdOf.get(c.get("rule").asText()));
            c.path("basedOn").forEach(b -> assertThat(factIds.contains(b.asText()) || conclusionIds.contains(b.asText())).as(b.asText()).isTrue());
        });
        answer.path("trace").forEach(r -> named.add(catalogueIdOf.get(r.asText())));
        Set<String> cited = new HashSet<>();
        answer.findParents("why").forEach(e -> {
            if (e.hasNonNull("rule")) named.add(catalogueIdOf.get(e.get("rule").asText()));
            e.path("facts").forEach(f -> assertThat(factIds).contains(f.asText()));
            e.path("conclusions").forEach(c -> assertThat(conclusionIds).contains(c.asText()));
            e.path("sources").forEach(s -> cited.add(s.asText()));
        });
        assertThat(named).isNotEmpty();
        assertThat(ruleIds).containsAll(named);
        // An explanation that lists no sources cites those of its rules.
        JSON.readTree(rules.body()).forEach(r -> {
            if (named.contains(r.path("id").asText())) r.path("sources").forEach(s -> cited.add(s.asText()));
        });
        assertThat(cited).isNotEmpty();
        assertThat(sourceIds).containsAll(cited);
        JSON.readTree(bibliography.body()).forEach(s -> assertThat(s.path("citation").asText()).isNotBlank());
    }

    @Test
    void an_api_client_can_ask_for_the_answer_with_the_texts_of_its_rules_and_sources() throws Exception {
        String body = post(HttpApiTest.ASSESS + "?include=texts", benchRequest()).body();
        Files.writeString(Path.of("target/bench-assessment-answer-with-texts.json"), body); // to look at
        JsonNode answer = JSON.readTree(body);

        JsonNode graph = answer.path("reasoning");
        Set<String> rules = ids(graph.path("rules"));
        answer.path("trace").forEach(r -> assertThat(rules).contains(r.asText()));
        graph.path("rules").forEach(r -> assertThat(r.path("name").asText()).isNotBlank());
        assertThat(graph.path("rules").findValuesAsText("description")).isNotEmpty();
        assertThat(graph.path("sources").size()).isPositive();
        graph.path("sources").forEach(s -> assertThat(s.path("citation").asText()).isNotBlank());

        HttpResponse<String> wrong = post(HttpApiTest.ASSESS + "?include=everything", benchRequest());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).path("field").asText()).isEqualTo("include");
    }

    @Test
    void a_stored_assessment_is_read_back_as_it_was_sent_and_with_its_texts_when_asked() throws Exception {
        HttpResponse<String> alliance = post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto Precision\"}, \"purpose\": \"JOINT_RND\"}");
        assertThat(alliance.statusCode()).as(alliance.body()).isEqualTo(201);
        String request = benchRequest().replaceFirst("\\{", "{\"allianceId\": \"" + JSON.readTree(alliance.body()).path("id").asText() + "\", ");
        JsonNode made = JSON.readTree(post(HttpApiTest.ASSESS, request).body());

        String path = "/api/v1/assessments/" + made.path("assessmentId").asText();
        // Made with the rules served now: read back as it was sent, named by id.
        assertThat(JSON.readTree(get(path, null).body()).path("output")).isEqualTo(made);
        // Asked for, with every text (a stored assessment made with other rules is always sent so: see BackupApiContract).
        JsonNode stored = JSON.readTree(get(path + "?include=texts", null).body()).path("output");
        JsonNode graph = stored.path("reasoning");
        assertThat(graph.path("rules").size()).isPositive();
        graph.path("rules").forEach(r -> assertThat(r.path("name").asText()).as(r.toString()).isNotBlank());
        graph.path("sources").forEach(s -> assertThat(s.path("citation").asText()).as(s.toString()).isNotBlank());
        assertThat(stored.path("recommendations").get(0).path("title").asText()).isNotBlank();
        assertThat(stored.path("trace").size()).as("the trace as made").isGreaterThan(made.path("trace").size());
    }

    @Test
    void a_stored_assessment_read_again_is_the_same_and_follows_its_row() throws Exception {
        HttpResponse<String> alliance = post("/api/v1/alliances", "{\"partner\": {\"name\": \"Orbis Logistics\"}, \"purpose\": \"JOINT_RND\"}");
        String request = benchRequest().replaceFirst("\\{", "{\"allianceId\": \"" + JSON.readTree(alliance.body()).path("id").asText() + "\", ");
        String id = JSON.readTree(post(HttpApiTest.ASSESS, request).body()).path("assessmentId").asText();
        String path = "/api/v1/assessments/" + id;

        HttpResponse<String> first = get(path, null);
        String withTexts = get(path + "?include=texts", null).body();
        HttpResponse<String> again = get(path, null);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(withTexts).isNotEqualTo(first.body()).isEqualTo(get(path + "?include=texts", null).body());

        // The row changed under the same id (a database restored from another copy, say): what is sent follows it.
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE assessments SET output_json = replace(output_json, ?, ?) WHERE id = ?")) {
            s.setString(1, "Kanto Precision");
            s.setString(2, "Kanto Restored");
            s.setString(3, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        String changed = get(path, null).body();
        assertThat(changed).isNotEqualTo(first.body()).contains("Kanto Restored");
        assertThat(get(path + "?include=texts", null).body()).contains("Kanto Restored");
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}
