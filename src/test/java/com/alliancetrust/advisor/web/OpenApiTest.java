package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.alliancetrust.advisor.wiring.Capabilities;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description matches the server: every documented path answers, and real responses
 * conform to the documented schemas (every property declared, every type and enum value right).
 */
class OpenApiTest {
    static Javalin app;
    static ApiClient client;
    static JsonNode spec;

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        spec = client.get("/openapi.json").body();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void every_documented_get_answers_with_a_body_matching_its_schema() {
        spec.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || path.getKey().contains("{")) return; // templated paths are checked with real ids below
            if (get.has("security")) return; // the admin endpoints need a token: checked in AdminReloadTest
            if (!get.path("responses").path("200").path("content").has("application/json")) return; // a document (CSV): checked in its own test
            var reply = client.get(path.getKey());
            assertThat(reply.status()).as(path.getKey()).isEqualTo(200);
            assertThat(violations(schemaOf(get), reply.body(), path.getKey())).as(path.getKey()).isEmpty();
        });
    }

    @Test
    void an_assessment_and_its_error_match_their_schemas() {
        JsonNode post = spec.path("paths").path(HttpApiTest.ASSESS).path("post");
        var ok = client.post(HttpApiTest.ASSESS, HttpApiTest.VALID);
        assertThat(violations(schemaOf(post), ok.body(), "assessment")).isEmpty();

        var bad = client.post(HttpApiTest.ASSESS, "{\"partner\":{}}");
        JsonNode errorSchema = post.path("responses").path("400").path("content").path("application/json").path("schema");
        assertThat(violations(errorSchema, bad.body(), "error")).isEmpty();
    }

    @Test
    void an_assessment_with_a_contract_section_matches_its_schema_and_documents_the_section() {
        JsonNode post = spec.path("paths").path(HttpApiTest.ASSESS).path("post");
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) readTree(HttpApiTest.VALID);
        request.set("contract", readTree("{\"controlProvisions\": [\"PENALTIES\"], \"coordinationProvisions\": [], \"reviewClause\": false,"
                + " \"reactionToDraft\": \"NEGOTIATED\", \"partnerRelationshipBased\": false}"));
        var ok = client.post(HttpApiTest.ASSESS, request.toString());

        assertThat(ok.body().path("contractBalance").path("position").asText()).isNotBlank();
        assertThat(violations(schemaOf(post), ok.body(), "assessment")).isEmpty();
        JsonNode section = resolve(resolve(spec.path("components").path("schemas").path("PartnerAssessmentRequest"))
                .path("properties").path("contract"));
        assertThat(section.path("properties").path("controlProvisions").path("items").path("enum").toString())
                .contains("MONITORING_AUDIT", "UNILATERAL_TERMINATION");
        assertThat(section.path("properties").has("reactionToDraft")).isTrue();
    }

    @Test
    void case_file_responses_match_their_schemas() {
        JsonNode paths = spec.path("paths");
        var created = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto\"}, \"purpose\": \"SUPPLY\", \"countries\": [\"JP\"]}");
        assertThat(violations(paths.path("/api/v1/alliances").path("post").path("responses").path("201").path("content")
                .path("application/json").path("schema"), created.body(), "created")).isEmpty();
        String id = created.body().path("id").asText();
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) readTree(HttpApiTest.VALID);
        request.put("allianceId", id);
        String assessmentId = client.post(HttpApiTest.ASSESS, request.toString()).body().path("assessmentId").asText();

        for (String path : List.of("/api/v1/alliances/{id}", "/api/v1/alliances/{id}/assessments", "/api/v1/alliances/{id}/export")) {
            var reply = client.get(path.replace("{id}", id));
            assertThat(violations(schemaOf(paths.path(path).path("get")), reply.body(), path)).as(path).isEmpty();
        }
        var stored = client.get("/api/v1/assessments/" + assessmentId);
        assertThat(violations(schemaOf(paths.path("/api/v1/assessments/{id}").path("get")), stored.body(), "stored")).isEmpty();
        var rerun = client.post("/api/v1/assessments/" + assessmentId + "/rerun", "");
        assertThat(violations(schemaOf(paths.path("/api/v1/assessments/{id}/rerun").path("post")), rerun.body(), "rerun")).isEmpty();
    }

    @Test
    void diagnosis_responses_match_their_schemas() {
        JsonNode paths = spec.path("paths");
        var started = client.post("/api/v1/diagnoses", "{\"accused\": \"PARTNER\", \"account\": \"Designs leaked\"}");
        assertThat(started.status()).isEqualTo(201);
        assertThat(violations(paths.path("/api/v1/diagnoses").path("post").path("responses").path("201").path("content")
                .path("application/json").path("schema"), started.body(), "started")).isEmpty();
        String id = started.body().path("id").asText();
        var answered = client.post("/api/v1/diagnoses/" + id + "/answers", "{\"question\": \"violatedElement\", \"value\": \"INTEGRITY\"}");
        assertThat(violations(schemaOf(paths.path("/api/v1/diagnoses/{id}/answers").path("post")), answered.body(), "answered")).isEmpty();
        var oneShot = client.post("/api/v1/diagnoses/one-shot", "{\"accused\": \"US\", \"known\": [{\"question\": \"violatedElement\","
                + " \"value\": \"COMPETENCE\"}, {\"question\": \"culpability\", \"value\": \"GUILTY\"}]}");
        assertThat(violations(schemaOf(paths.path("/api/v1/diagnoses/one-shot").path("post")), oneShot.body(), "one-shot")).isEmpty();
        var balance = client.post("/api/v1/contract-balance", "{\"contract\": {\"controlProvisions\": [\"PENALTIES\"]}}");
        assertThat(violations(schemaOf(paths.path("/api/v1/contract-balance").path("post")), balance.body(), "balance")).isEmpty();
        var warning = client.post("/api/v1/early-warning", "{\"withheldInformation\": true}");
        assertThat(violations(schemaOf(paths.path("/api/v1/early-warning").path("post")), warning.body(), "warning")).isEmpty();
    }

    @Test
    void health_check_responses_match_their_schemas() {
        JsonNode paths = spec.path("paths");
        String id = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Nordlicht\"}, \"purpose\": \"JOINT_RND\"}")
                .body().path("id").asText();
        StringBuilder answers = new StringBuilder();
        client.get("/api/v1/knowledge/trust-survey").body().forEach(item ->
                answers.append(answers.isEmpty() ? "" : ", ").append('"').append(item.path("id").asText()).append("\": 4"));
        String respondent = "{\"side\": \"OURS\", \"answers\": {" + answers + "}}";
        var recorded = client.post("/api/v1/alliances/" + id + "/health-checks", "{\"date\": \"2026-06-30\", \"responses\": ["
                + respondent + ", " + respondent + ", " + respondent + "], \"indicators\": {\"taskChallenge\": 3}, \"events\": [\"MISSED_MILESTONE\"]}");
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(violations(paths.path("/api/v1/alliances/{id}/health-checks").path("post").path("responses").path("201")
                .path("content").path("application/json").path("schema"), recorded.body(), "recorded")).isEmpty();
        var health = client.get("/api/v1/alliances/" + id + "/health?asOf=2026-07-01");
        assertThat(violations(schemaOf(paths.path("/api/v1/alliances/{id}/health").path("get")), health.body(), "health")).isEmpty();
        var portfolio = client.get("/api/v1/portfolio");
        assertThat(violations(schemaOf(paths.path("/api/v1/portfolio").path("get")), portfolio.body(), "portfolio")).isEmpty();
    }

    @Test
    void checklist_responses_match_their_schemas() {
        JsonNode paths = spec.path("paths");
        var created = client.post("/api/v1/checklists", "{\"partnerCountry\": \"NG\", \"ourCountry\": \"GB\", \"purpose\": \"DISTRIBUTION\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(violations(paths.path("/api/v1/checklists").path("post").path("responses").path("201").path("content")
                .path("application/json").path("schema"), created.body(), "checklist")).isEmpty();
        String id = created.body().path("id").asText();
        assertThat(violations(schemaOf(paths.path("/api/v1/checklists/{id}").path("get")), client.get("/api/v1/checklists/" + id).body(),
                "read")).isEmpty();
    }

    @Test
    void a_marked_item_and_a_reassessment_from_its_finding_match_their_schemas() {
        JsonNode paths = spec.path("paths");
        String alliance = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto\"}, \"purpose\": \"JOINT_RND\"}").body().path("id").asText();
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) readTree(HttpApiTest.VALID);
        request.put("allianceId", alliance);
        String assessment = client.post(HttpApiTest.ASSESS, request.toString()).body().path("assessmentId").asText();
        String id = client.post("/api/v1/checklists", "{\"assessmentId\": \"" + assessment + "\"}").body().path("id").asText();

        var marked = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port()
                        + "/api/v1/checklists/" + id + "/items/ic-beneficial-ownership")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\": \"DONE\", \"finding\": \"DISCLOSED\", \"by\": \"HR\", \"version\": 1}"))
                .build());
        assertThat(marked.status()).as(marked.body().toString()).isEqualTo(200);
        assertThat(violations(schemaOf(paths.path("/api/v1/checklists/{id}/items/{itemId}").path("put")), marked.body(), "marked")).isEmpty();
        var exported = client.get("/api/v1/alliances/" + alliance + "/export");
        assertThat(exported.body().path("caseFiles").get(0).path("checklists").size()).isEqualTo(1);
        assertThat(violations(schemaOf(paths.path("/api/v1/alliances/{id}/export").path("get")), exported.body(), "exported")).isEmpty();
        Javalin empty = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        try {
            var imported = new ApiClient("http://127.0.0.1:" + empty.port()).post("/api/v1/import", exported.body().toString());
            assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
            assertThat(violations(paths.path("/api/v1/import").path("post").path("responses").path("200").path("content")
                    .path("application/json").path("schema"), imported.body(), "imported")).isEmpty();
        } finally {
            empty.stop();
        }
        var reassessed = client.post("/api/v1/checklists/" + id + "/reassess", "");
        assertThat(reassessed.status()).as(reassessed.body().toString()).isEqualTo(201);
        assertThat(violations(paths.path("/api/v1/checklists/{id}/reassess").path("post").path("responses").path("201").path("content")
                .path("application/json").path("schema"), reassessed.body(), "reassessed")).isEmpty();
    }

    @Test
    void culture_responses_match_their_schemas() {
        JsonNode paths = spec.path("paths");
        JsonNode post = paths.path("/api/v1/culture-advice").path("post");
        var advice = client.post("/api/v1/culture-advice", "{\"ours\": {\"country\": \"DE\", \"dimensions\": {\"trusting\": 4, \"time\": \"MIXED\"}},"
                + " \"partner\": {\"country\": \"CN\"}, \"alliance\": {\"virtual\": true}}");
        assertThat(advice.status()).isEqualTo(200);
        assertThat(violations(schemaOf(post), advice.body(), "culture")).isEmpty();
        var bad = client.post("/api/v1/culture-advice", "{\"ours\": {\"country\": \"XX\"}, \"partner\": {\"country\": \"CN\"}}");
        assertThat(violations(post.path("responses").path("400").path("content").path("application/json").path("schema"), bad.body(), "error")).isEmpty();
        var profile = client.get("/api/v1/knowledge/countries/BR");
        assertThat(violations(schemaOf(paths.path("/api/v1/knowledge/countries/{code}").path("get")), profile.body(), "profile")).isEmpty();
        var assessment = client.post(HttpApiTest.ASSESS, CultureApiTest.withOurCountry(HttpApiTest.VALID, "US").toString());
        assertThat(violations(schemaOf(paths.path(HttpApiTest.ASSESS).path("post")), assessment.body(), "assessment with culture")).isEmpty();
    }

    @Test
    void the_documented_cultural_dimensions_and_countries_are_exactly_the_knowledge_base_s() {
        JsonNode side = resolve(spec.path("components").path("schemas").path("CultureAdviceRequestSide"));
        assertThat(side.path("properties").path("dimensions").path("properties").size())
                .isEqualTo(TestAdvisor.get().knowledge().culture().dimensions().size());
        assertThat(side.path("properties").path("dimensions").path("properties").path("powerDistance").path("maximum").asInt()).isEqualTo(120);
        assertThat(side.path("properties").path("dimensions").path("properties").path("context").path("enum").toString())
                .isEqualTo("[\"LOW\",\"MIDDLE\",\"HIGH\"]");
        assertThat(side.path("properties").path("country").path("enum").size()).isEqualTo(TestAdvisor.get().knowledge().culture().countries().size());
    }

    private static JsonNode readTree(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_documented_evidence_is_exactly_the_catalogue() {
        JsonNode evidence = resolve(spec.path("components").path("schemas").path("PartnerAssessmentRequest"))
                .path("properties").path("evidence").path("properties");
        int documented = 0;
        for (Iterator<JsonNode> groups = evidence.elements(); groups.hasNext(); ) documented += groups.next().path("properties").size();
        assertThat(documented).isEqualTo(TestAdvisor.get().knowledge().evidence().size());
        assertThat(evidence.path("integrity").path("properties").path("litigationRecord").path("enum").toString())
                .contains("NONE", "MINOR", "SERIOUS", "UNKNOWN");
    }

    @Test
    void every_route_the_server_registers_is_documented_and_every_documented_route_is_registered() {
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint endpoint = parsed.endpoint;
            if (!HTTP_METHODS.contains(endpoint.method.name())) continue; // before and after handlers belong to no route
            registered.add(endpoint.method.name() + " " + endpoint.path);
        }
        Set<String> documented = new TreeSet<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(registered).as("registered routes").hasSizeGreaterThan(40);
        assertThat(documented).as("documented routes").isEqualTo(registered);
    }

    /** The web forms take their choices from the schemas by name: {@code enumOf('AllianceDraft', 'status')}, {@code schemas.X}. */
    @Test
    void every_schema_the_web_app_looks_up_is_in_the_description_with_the_values_it_wants() throws java.io.IOException {
        Pattern property = Pattern.compile("(?:enumOf\\(|\\[)\\s*'([A-Z][a-z]\\w*)'\\s*,\\s*'([a-z]\\w*)'\\s*[\\])]");
        Pattern schema = Pattern.compile("schemas\\.([A-Z]\\w*)");
        List<String> lookups = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/web/js"))) {
            scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
        }
        JsonNode schemas = spec.path("components").path("schemas");
        for (Path script : scripts) {
            String text = Files.readString(script);
            for (Matcher m = property.matcher(text); m.find(); ) {
                String at = script.getFileName() + ": " + m.group(1) + "." + m.group(2);
                lookups.add(at);
                JsonNode found = schemas.path(m.group(1)).path("properties").path(m.group(2));
                if (!found.has("enum") && !found.path("items").has("enum")) missing.add(at);
            }
            for (Matcher m = schema.matcher(text); m.find(); ) {
                lookups.add(script.getFileName() + ": " + m.group(1));
                if (!schemas.has(m.group(1))) missing.add(script.getFileName() + ": " + m.group(1));
            }
        }
        assertThat(lookups).as("lookups found in the web app's scripts").hasSizeGreaterThan(20);
        assertThat(missing).as("schemas or allowed values the web app looks up and the description lacks").isEmpty();
    }

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "QUERY");

    @Test
    void the_admin_reload_status_and_its_outcome_match_their_schemas() {
        var live = com.alliancetrust.advisor.reload.LiveAdvisor.start(new com.alliancetrust.advisor.content.ContentLocator(java.nio.file.Path.of("")), com.alliancetrust.advisor.wiring.Capabilities::load);
        Javalin admin = new HttpApi(live, TestDatabases.sqlite(), ServerOptions.OPEN.withAdmin("admin-token-for-the-schema", live))
                .create().start("127.0.0.1", 0);
        try {
            JsonNode path = spec.path("paths").path("/api/v1/admin/reload");
            for (String method : List.of("GET", "POST")) {
                var reply = new ApiClient("http://127.0.0.1:" + admin.port()).send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + admin.port() + "/api/v1/admin/reload"))
                        .header("Authorization", "Bearer admin-token-for-the-schema").header("Content-Type", "application/json")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build());
                assertThat(reply.status()).as(method).isEqualTo(200);
                JsonNode operation = path.path(method.toLowerCase());
                assertThat(operation.path("security").toString()).contains("adminToken");
                assertThat(violations(schemaOf(operation), reply.body(), method + " reload")).as(method).isEmpty();
            }
        } finally {
            admin.stop();
        }
    }

    private static JsonNode schemaOf(JsonNode operation) {
        return operation.path("responses").path("200").path("content").path("application/json").path("schema");
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return spec.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** A minimal JSON-schema check: enough to catch an undeclared field, a wrong type or a wrong enum value. */
    static List<String> violations(JsonNode schema, JsonNode value, String at) {
        List<String> problems = new ArrayList<>();
        check(resolve(schema), value, at, problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema = resolve(schema);
        if (schema.isEmpty() || value.isNull()) return;
        List<String> types = new ArrayList<>();
        if (schema.path("type").isArray()) schema.path("type").forEach(t -> types.add(t.asText()));
        else if (schema.has("type")) types.add(schema.path("type").asText());
        String actual = value.isObject() ? "object" : value.isArray() ? "array" : value.isTextual() ? "string"
                : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "null";
        if (!types.isEmpty() && !types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
            problems.add(at + ": expected " + types + " but was " + actual);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) listed |= e.equals(value);
            if (!listed) problems.add(at + ": " + value + " is not in " + schema.get("enum"));
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) check(schema.path("items"), value.get(i), at + "[" + i + "]", problems);
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) problems.add(at + ": required property '" + required.asText() + "' is missing");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                var field = it.next();
                JsonNode property = schema.path("properties").path(field.getKey());
                if (!property.isMissingNode()) check(property, field.getValue(), at + "." + field.getKey(), problems);
                else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    check(schema.get("additionalProperties"), field.getValue(), at + "." + field.getKey(), problems);
                } else if (schema.path("additionalProperties").asBoolean(true) == false) {
                    problems.add(at + ": undocumented property '" + field.getKey() + "'");
                }
            }
        }
    }
}
