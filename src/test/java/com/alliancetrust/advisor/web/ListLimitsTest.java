package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list a request can carry, on every capability, has a maximum length: declared in
 * {@code /openapi.json} as {@code maxItems}, accepted at that length and refused one item past it
 * with a 400 naming the list. Through a real port; the limits are read from the served description,
 * so the test follows them, and a list without a limit or without a case here fails it.
 */
class ListLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    static Javalin app;
    static ApiClient client;
    static JsonNode spec;
    static String alliance;
    static String respondent;
    static JsonNode backup;

    /**
     * One list: the schema property it is declared as, how a request carrying it is made, where the
     * list sits in that request's body (a JSON pointer), its {@code i}-th item (given the body), and
     * the status of the request at the limit.
     */
    record Case(String declaredAs, String method, Supplier<String> path, Supplier<JsonNode> body, String pointer,
                BiFunction<JsonNode, Integer, JsonNode> item, int statusAtLimit, boolean refusedAtAnItem) {

        /** A case whose request at the limit, if refused, is refused for one of the list's items. */
        Case(String declaredAs, String method, Supplier<String> path, Supplier<JsonNode> body, String pointer,
             BiFunction<JsonNode, Integer, JsonNode> item, int statusAtLimit) {
            this(declaredAs, method, path, body, pointer, item, statusAtLimit, true);
        }

        @Override
        public String toString() {
            return declaredAs;
        }

        /** The field the refusal names, e.g. {@code caseFiles[0].healthChecks[0].events}. */
        String field() {
            return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
        }
    }

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        spec = client.get("/openapi.json").body();
        StringBuilder answers = new StringBuilder();
        client.get("/api/v1/knowledge/trust-survey").body().forEach(item ->
                answers.append(answers.isEmpty() ? "" : ", ").append('"').append(item.path("id").asText()).append("\": 4"));
        respondent = "{\"side\": \"%s\", \"answers\": {" + answers + "}}";

        alliance = created(client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto\"}, \"purpose\": \"JOINT_RND\"}")).path("id").asText();
        ObjectNode stored = (ObjectNode) read(HttpApiTest.VALID);
        stored.put("allianceId", alliance);
        created(client.post(HttpApiTest.ASSESS, stored.toString()));
        created(client.post("/api/v1/diagnoses", "{\"allianceId\": \"" + alliance + "\", \"accused\": \"PARTNER\"}"));
        created(client.post(healthChecks(), healthCheck(List.of("OURS", "OURS", "OURS", "PARTNER", "PARTNER", "PARTNER"))));
        created(client.post("/api/v1/checklists", "{\"allianceId\": \"" + alliance + "\", \"partnerCountry\": \"JP\", \"virtual\": true}"));
        created(client.post("/api/v1/alliances/" + alliance + "/trust-building-plans", "{\"startDate\": \"2026-07-01\"}"));
        backup = client.get("/api/v1/alliances/" + alliance + "/export").body();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("PartnerAssessmentRequestAlliancePlan.scopeDomains", "POST", () -> HttpApiTest.ASSESS,
                () -> read(HttpApiTest.VALID), "/alliance/scopeDomains", (body, i) -> NODES.textNode("domain " + i), 200));
        cases.add(new Case("ContractTerms.controlProvisions", "POST", () -> HttpApiTest.ASSESS, ListLimitsTest::assessmentWithContract,
                "/contract/controlProvisions", (body, i) -> cycle(i, "MONITORING_AUDIT", "PENALTIES", "LIQUIDATED_DAMAGES", "UNILATERAL_TERMINATION"), 200));
        cases.add(new Case("ContractTerms.coordinationProvisions", "POST", () -> HttpApiTest.ASSESS, ListLimitsTest::assessmentWithContract,
                "/contract/coordinationProvisions", (body, i) -> cycle(i, "ROLES", "DECISION_RIGHTS", "JOINT_COMMITTEE", "ESCALATION_LADDER"), 200));
        cases.add(new Case("CandidateComparisonRequest.candidates", "POST", () -> HttpApiTest.ASSESS + "/compare",
                () -> read("{\"alliance\": {\"purpose\": \"SUPPLY\"}, \"candidates\": []}"), "/candidates",
                (body, i) -> read("{\"partner\": {\"name\": \"Candidate " + i + "\"}, \"evidence\": {\"competence\": {\"yearsInDomain\": " + i + "}}}"), 200));
        cases.add(new Case("ContractBalanceRequestContract.controlProvisions", "POST", () -> "/api/v1/contract-balance",
                () -> read("{\"contract\": {\"pages\": 40}}"), "/contract/controlProvisions", (body, i) -> cycle(i, "PENALTIES", "MONITORING_AUDIT"), 200));
        cases.add(new Case("ContractBalanceRequestContract.coordinationProvisions", "POST", () -> "/api/v1/contract-balance",
                () -> read("{\"contract\": {\"pages\": 40}}"), "/contract/coordinationProvisions", (body, i) -> cycle(i, "ROLES", "CHANGE_PROCEDURE"), 200));
        cases.add(new Case("AllianceDraft.countries", "POST", () -> "/api/v1/alliances",
                () -> read("{\"partner\": {\"name\": \"Many Markets\"}, \"purpose\": \"DISTRIBUTION\"}"), "/countries",
                (body, i) -> NODES.textNode(COUNTRIES.get(i)), 201));
        cases.add(new Case("DiagnosisRequest.parts", "POST", () -> "/api/v1/diagnoses", () -> read("{}"), "/parts",
                (body, i) -> read("{\"accused\": \"" + (i % 2 == 0 ? "PARTNER" : "US") + "\", \"label\": \"part " + i + "\"}"), 201));
        cases.add(new Case("DiagnosisRequest.known", "POST", () -> "/api/v1/diagnoses/one-shot", () -> read("{\"accused\": \"PARTNER\"}"), "/known",
                (body, i) -> read("{\"question\": \"severity\", \"value\": \"" + cycle(i, "MINOR", "MODERATE", "SEVERE").asText() + "\"}"), 200));
        cases.add(new Case("DiagnosisRequestAnswerRequest.values", "POST", () -> "/api/v1/diagnoses/one-shot",
                () -> read("{\"accused\": \"PARTNER\", \"known\": [{\"question\": \"warningSigns\"}]}"), "/known/0/values",
                (body, i) -> cycle(i, "REDUCED_COMMUNICATION", "WITHHELD_INFORMATION", "MISSED_COMMITMENTS"), 200));
        cases.add(new Case("HealthCheckRequest.responses", "POST", ListLimitsTest::healthChecks,
                () -> read("{\"date\": \"2026-06-30\", \"responses\": []}"), "/responses",
                (body, i) -> read(respondent.formatted(i % 2 == 0 ? "OURS" : "PARTNER")), 201));
        cases.add(new Case("HealthCheckRequest.events", "POST", ListLimitsTest::healthChecks,
                () -> read(healthCheck(List.of("OURS", "OURS", "OURS"))), "/events",
                (body, i) -> cycle(i, "LEADERSHIP_CHANGE", "BOUNDARY_SPANNER_CHANGE", "MISSED_MILESTONE", "MAJOR_CONFLICT", "SCOPE_CHANGE"), 201));
        cases.add(new Case("SurveyCsvImport.events", "POST", () -> healthChecks() + "/csv",
                () -> read("{\"date\": \"2026-06-30\", \"csv\": \"side,competence-1\\nours,4\\nours,3\\npartner,5\\n\"}"), "/events",
                (body, i) -> cycle(i, "LEADERSHIP_CHANGE", "BOUNDARY_SPANNER_CHANGE", "MISSED_MILESTONE", "MAJOR_CONFLICT", "SCOPE_CHANGE"), 201));
        cases.add(new Case("SurveyRoundClosing.events", "POST", ListLimitsTest::roundWithThreeAnswers, () -> read("{}"), "/events",
                (body, i) -> cycle(i, "LEADERSHIP_CHANGE", "BOUNDARY_SPANNER_CHANGE", "MISSED_MILESTONE", "MAJOR_CONFLICT", "SCOPE_CHANGE"), 201));
        // A whole database at the limit would be imported here: the last entry names no partner, so its refusal
        // shows that the list was read to its end.
        cases.add(new Case("BackupDocument.caseFiles", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())), "/caseFiles",
                (body, i) -> read(("{\"alliance\": {\"id\": \"%s\", \"partner\": {\"name\": %s}, \"purpose\": \"SUPPLY\", \"countries\": [],"
                        + " \"status\": \"ACTIVE\", \"createdAt\": \"2026-01-01T00:00:00.000Z\", \"updatedAt\": \"2026-01-01T00:00:00.000Z\","
                        + " \"version\": 1}}").formatted(UUID.randomUUID(), i == lastCaseFile() ? "null" : "\"Partner " + i + "\"")), 400));
        for (String list : List.of("timeline", "assessments", "diagnoses", "healthChecks")) {
            cases.add(new Case("BackupEntry." + list, "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                    "/caseFiles/0/" + list, (body, i) -> backupItem(body, list, i), 200));
        }
        // Lists of records whose refusal at the limit is cheap: every item the same record, refused as it is read.
        cases.add(new Case("BackupDocument.diagnoses", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())), "/diagnoses",
                (body, i) -> read("{\"id\": \"" + body.at("/caseFiles/0/diagnoses/0/id").asText() + "\", \"version\": 1}"), 400));
        cases.add(new Case("BackupDocument.checklists", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())), "/checklists",
                (body, i) -> read("{\"id\": \"" + body.at("/caseFiles/0/checklists/0/id").asText() + "\", \"version\": 1}"), 400));
        cases.add(new Case("BackupEntry.checklists", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/checklists", (body, i) -> body.at("/caseFiles/0/checklists/0"), 400));
        cases.add(new Case("BackupEntry.trustBuildingPlans", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/trustBuildingPlans", (body, i) -> body.at("/caseFiles/0/trustBuildingPlans/0"), 400));
        cases.add(new Case("StoredPlan.steps", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/trustBuildingPlans/0/steps", (body, i) -> body.at("/caseFiles/0/trustBuildingPlans/0/steps/0"), 400, false));
        // Lists inside a checklist: one at its limit is refused for what its checklist then holds, never for its length.
        String item = "/caseFiles/0/checklists/0/items/0";
        cases.add(new Case("StoredChecklist.items", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/checklists/0/items", (body, i) -> body.at(item), 400, false));
        cases.add(new Case("StoredChecklistItem.reasons", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                item + "/reasons", (body, i) -> body.at(item + "/reasons/0"), 400, false));
        for (String list : List.of("facts", "conclusions", "sources")) {
            cases.add(new Case("Explanation." + list, "POST", () -> "/api/v1/import", ListLimitsTest::backupWithOneConclusion,
                    item + "/reasons/0/" + list, (body, i) -> body.at(item + "/reasons/0/" + list + "/0"), 400, false));
        }
        cases.add(new Case("ExplanationStep.basedOn", "POST", () -> "/api/v1/import", ListLimitsTest::backupWithOneConclusion,
                item + "/reasons/0/conclusions/0/basedOn", (body, i) -> NODES.textNode("premise " + i), 400, false));
        cases.add(new Case("Alliance.countries", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/alliance/countries", (body, i) -> NODES.textNode(COUNTRIES.get(i)), 200));
        cases.add(new Case("HealthCheck.scores", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/healthChecks/0/scores", ListLimitsTest::distinctScore, 200));
        cases.add(new Case("HealthCheck.events", "POST", () -> "/api/v1/import", () -> read(freshIds(backup.toString())),
                "/caseFiles/0/healthChecks/0/events", (body, i) -> cycle(i, "MAJOR_CONFLICT", "SCOPE_CHANGE"), 200));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_list_at_its_limit_is_accepted_and_one_item_more_is_refused_naming_it(Case c) {
        int limit = limitOf(c.declaredAs());

        Reply atLimit = send(c, limit);
        Reply past = send(c, limit + 1);

        assertThat(atLimit.status()).as("%s with %d items: %s", c, limit, abbreviate(atLimit.body())).isEqualTo(c.statusAtLimit());
        if (c.statusAtLimit() == 400) {
            assertThat(atLimit.body().path("message").asText()).as("refused, not for the length").doesNotContain("lists at most");
            if (c.refusedAtAnItem()) {
                assertThat(atLimit.body().path("field").asText()).as("refused for an item, not for the length").startsWith(c.field() + "[");
            }
        }
        assertThat(past.status()).as("%s with %d items: %s", c, limit + 1, abbreviate(past.body())).isEqualTo(400);
        assertThat(past.body().path("field").asText()).isEqualTo(c.field());
        assertThat(past.body().path("message").asText()).isEqualTo(c.field() + ": lists at most " + limit + " items, got " + (limit + 1));
    }

    @Test
    void every_list_of_every_request_declares_its_limit_and_is_tested_here() {
        Set<String> lists = new TreeSet<>();
        spec.path("paths").forEach(path -> path.forEach(operation -> {
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) collectLists(schema, new java.util.HashSet<>(), lists);
        }));
        Set<String> tested = new TreeSet<>(cases().stream().map(Case::declaredAs).toList());

        assertThat(lists).as("lists in request bodies").hasSizeGreaterThan(15);
        lists.forEach(list -> assertThat(limitOf(list)).as("maxItems of %s", list).isPositive());
        assertThat(tested).as("lists with a case in this test").isEqualTo(lists);
    }

    @Test
    void the_documented_limits_are_generous_for_real_use() {
        assertThat(limitOf("HealthCheckRequest.responses")).isGreaterThanOrEqualTo(500);
        assertThat(limitOf("CandidateComparisonRequest.candidates")).isEqualTo(10);
        assertThat(limitOf("BackupDocument.caseFiles")).isGreaterThanOrEqualTo(100_000);
        assertThat(limitOf("HealthCheckRequest.events")).isLessThan(100);
    }

    // --- the requests ---

    private static Reply send(Case c, int items) {
        JsonNode body = c.body().get();
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < items; i++) list.add(c.item().apply(body, i));
        String pointer = c.pointer();
        ObjectNode parent = (ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/')));
        parent.set(pointer.substring(pointer.lastIndexOf('/') + 1), list);
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + c.path().get()))
                .header("Content-Type", "application/json").method(c.method(), java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** The closing path of a new round, in a new case file, that three respondents have answered. */
    private static String roundWithThreeAnswers() {
        String id = created(client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto\"}, \"purpose\": \"JOINT_RND\"}")).path("id").asText();
        JsonNode round = created(client.post("/api/v1/alliances/" + id + "/survey-rounds", "{}"));
        String token = round.path("links").get(0).path("token").asText();
        for (int i = 0; i < 3; i++) {
            assertThat(client.post("/api/v1/respond/answers", "{\"token\": \"" + token + "\", \"answers\": {\"competence-1\": 4}}").status())
                    .isEqualTo(200);
        }
        return "/api/v1/alliances/" + id + "/survey-rounds/" + round.path("id").asText() + "/close";
    }

    private static String healthChecks() {
        return "/api/v1/alliances/" + alliance + "/health-checks";
    }

    private static String healthCheck(List<String> sides) {
        return "{\"date\": \"2026-06-30\", \"responses\": [" + String.join(", ", sides.stream().map(respondent::formatted).toList()) + "]}";
    }

    private static JsonNode assessmentWithContract() {
        ObjectNode request = (ObjectNode) read(HttpApiTest.VALID);
        request.putObject("contract").put("pages", 40);
        return request;
    }

    private static int lastCaseFile() {
        return limitOf("BackupDocument.caseFiles") - 1;
    }

    /**
     * An item of one of the exported case file's lists: the first as exported (the timeline points at
     * it), the others copies with ids of their own; copied assessments are made by an earlier version
     * of the rules, so that the import keeps them as recorded rather than deriving each again.
     */
    private static JsonNode backupItem(JsonNode document, String list, int i) {
        ObjectNode item = (ObjectNode) document.at("/caseFiles/0/" + list + "/0").deepCopy();
        if (i == 0) return item;
        String id = UUID.randomUUID().toString();
        item.put("id", id);
        if (list.equals("assessments")) { // only what an import checks of an assessment kept as recorded, to stay within the size limit
            item.put("rulesVersion", "an earlier version");
            ObjectNode output = item.putObject("output");
            output.put("partner", item.path("partner").asText()).put("assessmentId", id).put("allianceId", item.path("allianceId").asText())
                    .put("version", "an earlier version").putObject("verdict").put("value", item.path("verdict").asText());
        }
        return item;
    }

    /** The backup with the first reason of its checklist's first item holding a facts, conclusions and sources list with one entry each. */
    private static JsonNode backupWithOneConclusion() {
        JsonNode body = read(freshIds(backup.toString()));
        ObjectNode reason = (ObjectNode) body.at("/caseFiles/0/checklists/0/items/0/reasons/0");
        if (reason.path("facts").isEmpty()) reason.putArray("facts").add(read("{\"field\": \"checklist.virtual\", \"label\": \"Virtual alliance\", \"value\": \"YES\", \"valueLabel\": \"yes\"}"));
        if (reason.path("sources").isEmpty()) reason.putArray("sources").add(read("{\"id\": \"mayer-1995\"}"));
        reason.putArray("conclusions").add(read("{\"statement\": \"A conclusion\", \"basedOn\": []}"));
        return body;
    }

    // --- the description ---

    /** The {@code maxItems} of a list declared as {@code Schema.property}. */
    private static int limitOf(String declaredAs) {
        String[] parts = declaredAs.split("\\.");
        return spec.path("components").path("schemas").path(parts[0]).path("properties").path(parts[1]).path("maxItems").asInt(0);
    }

    private static void collectLists(JsonNode schema, Set<String> seen, Set<String> lists) {
        if (!schema.isObject()) return;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            if (!seen.add(name)) return;
            JsonNode resolved = spec.path("components").path("schemas").path(name);
            for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if ("array".equals(property.getValue().path("type").asText())) lists.add(name + "." + property.getKey());
                collectLists(property.getValue(), seen, lists);
            }
            collectLists(resolved.path("additionalProperties"), seen, lists);
            return;
        }
        collectLists(schema.path("items"), seen, lists);
        collectLists(schema.path("additionalProperties"), seen, lists);
        schema.path("properties").forEach(p -> collectLists(p, seen, lists));
    }

    // --- helpers ---

    /** The i-th of the distinct scores a check can hold: each side on each element, shared identity last. */
    private static JsonNode distinctScore(JsonNode body, int i) {
        JsonNode stored = body.at("/caseFiles/0/healthChecks/0/scores");
        if (i < stored.size()) return stored.get(i);
        return ((com.fasterxml.jackson.databind.node.ObjectNode) stored.get(0).deepCopy()).put("element", "IDENTIFICATION")
                .put("side", List.of("ALL", "OURS", "PARTNER").get(i - stored.size()));
    }

    private static JsonNode cycle(int i, String... values) {
        return NODES.textNode(values[i % values.length]);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The same document with every id replaced by a new one, the same id by the same new one: it imports again. */
    private static String freshIds(String text) {
        Map<String, String> fresh = new java.util.HashMap<>();
        return ID.matcher(text).replaceAll(m -> fresh.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isBetween(200, 201);
        return reply.body();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(JsonNode body) {
        String text = body.toString();
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
