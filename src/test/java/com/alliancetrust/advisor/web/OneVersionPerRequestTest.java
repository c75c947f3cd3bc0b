package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.monitoring.HealthSummaries;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reload may swap the advisor at any moment, so a request that read it twice could mix two
 * versions. Every route, the deepest paths included (a health check that answers with the
 * alliance's health, a checklist re-assessment, a diagnosis answer), reads it at most once. The
 * reads of the background work that keeps the portfolio's health current are not a request's.
 */
class OneVersionPerRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger reads = new AtomicInteger();
    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        Supplier<Advisor> counting = () -> {
            if (!Thread.currentThread().getName().equals(HealthSummaries.THREAD)) reads.incrementAndGet();
            return TestAdvisor.get();
        };
        app = new HttpApi(counting, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void every_route_reads_the_advisor_at_most_once_per_request() {
        Map<String, Integer> readsPerRequest = new LinkedHashMap<>();
        String alliance = call(readsPerRequest, "POST /api/v1/alliances", () -> client.post("/api/v1/alliances",
                "{\"partner\": {\"name\": \"Kanto\"}, \"purpose\": \"JOINT_RND\"}")).path("id").asText();
        ObjectNode request = (ObjectNode) read(HttpApiTest.VALID);
        request.put("allianceId", alliance);
        String assessment = call(readsPerRequest, "POST assessment stored", () -> client.post(HttpApiTest.ASSESS, request.toString()))
                .path("assessmentId").asText();
        call(readsPerRequest, "POST assessment", () -> client.post(HttpApiTest.ASSESS, HttpApiTest.VALID));
        call(readsPerRequest, "POST compare", () -> client.post(HttpApiTest.ASSESS + "/compare", "{\"alliance\": {\"purpose\": \"SUPPLY\"},"
                + " \"candidates\": [{\"partner\": {\"name\": \"A\"}}, {\"partner\": {\"name\": \"B\"}}]}"));
        call(readsPerRequest, "POST rerun", () -> client.post("/api/v1/assessments/" + assessment + "/rerun", ""));
        call(readsPerRequest, "POST contract-balance", () -> client.post("/api/v1/contract-balance", "{\"contract\": {\"pages\": 40}}"));
        call(readsPerRequest, "POST culture-advice", () -> client.post("/api/v1/culture-advice",
                "{\"ours\": {\"country\": \"US\"}, \"partner\": {\"country\": \"JP\"}, \"alliance\": {\"virtual\": true}}"));
        ObjectNode withSections = (ObjectNode) read(HttpApiTest.VALID);
        ((ObjectNode) withSections.path("alliance")).put("ourCountry", "US");
        ((ObjectNode) withSections.path("partner")).put("country", "JP");
        withSections.putObject("contract").putArray("controlProvisions").add("PENALTIES");
        call(readsPerRequest, "POST assessment with culture and contract", () -> client.post(HttpApiTest.ASSESS, withSections.toString()));
        call(readsPerRequest, "POST early-warning", () -> client.post("/api/v1/early-warning", "{\"withheldInformation\": true}"));

        String diagnosis = call(readsPerRequest, "POST diagnoses", () -> client.post("/api/v1/diagnoses",
                "{\"accused\": \"PARTNER\", \"stageAtTime\": \"KNOWLEDGE\", \"known\": [{\"question\": \"violatedElement\", \"value\": \"INTEGRITY\"}]}"))
                .path("id").asText();
        JsonNode next = client.get("/api/v1/diagnoses/" + diagnosis).body().path("question");
        call(readsPerRequest, "POST answers", () -> client.post("/api/v1/diagnoses/" + diagnosis + "/answers", "{\"question\": \""
                + next.path("id").asText() + "\", \"value\": \"" + next.path("options").get(0).path("value").asText() + "\"}"));
        call(readsPerRequest, "POST back", () -> client.post("/api/v1/diagnoses/" + diagnosis + "/back", ""));
        call(readsPerRequest, "GET diagnosis", () -> client.get("/api/v1/diagnoses/" + diagnosis));
        call(readsPerRequest, "POST one-shot", () -> client.post("/api/v1/diagnoses/one-shot", "{\"accused\": \"US\", \"known\": ["
                + "{\"question\": \"violatedElement\", \"value\": \"COMPETENCE\"}, {\"question\": \"culpability\", \"value\": \"GUILTY\"}]}"));

        StringBuilder answers = new StringBuilder();
        client.get("/api/v1/knowledge/trust-survey").body().forEach(item ->
                answers.append(answers.isEmpty() ? "" : ", ").append('"').append(item.path("id").asText()).append("\": 4"));
        String respondent = "{\"side\": \"OURS\", \"answers\": {" + answers + "}}";
        call(readsPerRequest, "POST health-checks", () -> client.post("/api/v1/alliances/" + alliance + "/health-checks",
                "{\"date\": \"2026-06-30\", \"responses\": [" + respondent + ", " + respondent + ", " + respondent + "]}"));
        call(readsPerRequest, "GET health", () -> client.get("/api/v1/alliances/" + alliance + "/health"));
        client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Nordlicht\"}, \"purpose\": \"SUPPLY\"}");
        call(readsPerRequest, "GET portfolio of two", () -> client.get("/api/v1/portfolio"));

        JsonNode checklist = call(readsPerRequest, "POST checklists", () -> client.post("/api/v1/checklists",
                "{\"assessmentId\": \"" + assessment + "\", \"ourCountry\": \"GB\"}"));
        String checklistId = checklist.path("id").asText();
        JsonNode item = null;
        for (JsonNode i : checklist.path("items")) if (item == null && i.hasNonNull("resolves")) item = i;
        assertThat(item).as("an item that establishes evidence").isNotNull();
        String finding = finding(item.path("resolves").asText());
        String itemId = item.path("id").asText();
        int version = item.path("version").asInt();
        call(readsPerRequest, "PUT checklist item", () -> client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/v1/checklists/" + checklistId + "/items/" + itemId))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\": \"DONE\", \"finding\": \"" + finding + "\", \"version\": "
                        + version + "}")).build()));
        call(readsPerRequest, "GET checklist", () -> client.get("/api/v1/checklists/" + checklistId));
        call(readsPerRequest, "POST reassess", () -> client.post("/api/v1/checklists/" + checklistId + "/reassess", ""));

        for (String path : new String[] {"/health", "/openapi.json", "/api/v1/rules", "/api/v1/knowledge/elements", "/api/v1/knowledge/evidence",
                "/api/v1/knowledge/trust-survey", "/api/v1/knowledge/countries", "/api/v1/knowledge/countries/JP", "/api/v1/alliances/" + alliance}) {
            call(readsPerRequest, "GET " + path, () -> client.get(path));
        }

        assertThat(readsPerRequest).allSatisfy((route, count) -> assertThat(count).as(route).isLessThanOrEqualTo(1));
        assertThat(readsPerRequest).as("the routes that reason do read it").containsEntry("POST reassess", 1)
                .containsEntry("POST health-checks", 1).containsEntry("POST answers", 1).containsEntry("GET portfolio of two", 1);
    }

    private static JsonNode call(Map<String, Integer> readsPerRequest, String route, Supplier<Reply> request) {
        reads.set(0);
        Reply reply = request.get();
        assertThat(reply.status()).as(route + ": " + reply.body()).isBetween(200, 201);
        readsPerRequest.put(route, reads.get());
        return reply.body();
    }

    private static String finding(String evidenceKey) {
        for (JsonNode field : client.get("/api/v1/knowledge/evidence").body()) {
            if (!(field.path("element").asText().toLowerCase() + "." + field.path("name").asText()).equals(evidenceKey)) continue;
            return field.path("type").asText().equals("NUMBER") ? field.path("min").asText() : field.path("values").get(0).path("value").asText();
        }
        throw new AssertionError("No evidence field " + evidenceKey);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
