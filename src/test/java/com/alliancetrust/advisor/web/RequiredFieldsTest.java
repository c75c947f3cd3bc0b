package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every field the OpenAPI description calls required is refused when it is missing, with a 400 naming
 * it: the description and the checks cannot drift apart. Each route with required fields needs a valid
 * sample here, so a field marked required on a new route fails this test until it has one.
 */
class RequiredFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Database database;
    static Database empty;
    static Javalin app;
    static Javalin importer;
    static ApiClient client;
    static ApiClient importing;
    static JsonNode openApi;
    /** A valid body for each route ("METHOD path") whose request has required fields, and the path to send it to. */
    static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

    record Sample(String url, String body) {
    }

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabases.sqlite();
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        openApi = client.get("/openapi.json").body();
        empty = TestDatabases.sqlite();
        importer = new HttpApi(TestAdvisor::get, empty).create().start("127.0.0.1", 0);
        importing = new ApiClient("http://127.0.0.1:" + importer.port());

        String alliance = read("alliance.json");
        JsonNode opened = client.post("/api/v1/alliances", alliance).body();
        ObjectNode update = (ObjectNode) JSON.readTree(alliance);
        update.put("version", opened.path("version").asInt());
        JsonNode checklist = client.post("/api/v1/checklists", read("checklist.json")).body();
        String item = checklist.path("items").get(0).path("id").asText();

        SAMPLES.put("POST /api/v1/partner-assessments", new Sample("/api/v1/partner-assessments", HttpApiTest.VALID));
        SAMPLES.put("POST /api/v1/partner-assessments/brief", new Sample("/api/v1/partner-assessments/brief", HttpApiTest.VALID));
        SAMPLES.put("POST /api/v1/partner-assessments/brief.pdf", new Sample("/api/v1/partner-assessments/brief.pdf", HttpApiTest.VALID));
        SAMPLES.put("POST /api/v1/partner-assessments/compare", new Sample("/api/v1/partner-assessments/compare", read("compare.json")));
        SAMPLES.put("POST /api/v1/alliances", new Sample("/api/v1/alliances", alliance));
        SAMPLES.put("PUT /api/v1/organisation", new Sample("/api/v1/organisation", "{\"allianceFunction\": \"YES\"}"));
        SAMPLES.put("PUT /api/v1/alliances/{id}", new Sample("/api/v1/alliances/" + opened.path("id").asText(), update.toString()));
        SAMPLES.put("PUT /api/v1/checklists/{id}/items/{itemId}",
                new Sample("/api/v1/checklists/" + checklist.path("id").asText() + "/items/" + item, read("checklist-mark.json")));
        String assessed = HttpApiTest.VALID.replaceFirst("\\{", "{\"allianceId\": \"" + opened.path("id").asText() + "\", ");
        String assessmentId = client.post("/api/v1/partner-assessments", assessed).body().path("assessmentId").asText();
        JsonNode unattached = client.post("/api/v1/checklists", read("checklist.json")).body();
        SAMPLES.put("PUT /api/v1/checklists/{id}/assessment", new Sample("/api/v1/checklists/" + unattached.path("id").asText() + "/assessment",
                "{\"assessmentId\": \"" + assessmentId + "\"}"));
        JsonNode plan = client.post("/api/v1/alliances/" + opened.path("id").asText() + "/trust-building-plans", "{}").body();
        SAMPLES.put("PUT /api/v1/trust-building-plans/{id}/steps/{stepId}", new Sample("/api/v1/trust-building-plans/" + plan.path("id").asText()
                + "/steps/" + plan.path("steps").get(0).path("id").asText(), "{\"status\": \"DONE\", \"version\": 1}"));
        // Imported into an empty database of its own, where the same backup is checked and refused each time it lacks a field
        SAMPLES.put("POST /api/v1/import", new Sample("/api/v1/import", client.get("/api/v1/export").body().toString()));
    }

    @AfterAll
    static void stop() {
        app.stop();
        importer.stop();
        database.close();
        empty.close();
    }

    @Test
    void every_route_with_required_fields_has_a_sample_here() {
        List<String> routes = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
            if (!schema.isMissingNode() && !requiredPaths(schema, "").isEmpty()) {
                routes.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));

        assertThat(routes).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
    }

    @Test
    void each_sample_is_accepted_as_it_stands() {
        SAMPLES.forEach((route, sample) -> {
            if (!route.endsWith("/import")) assertThat(send(route, sample.url(), sample.body()).status()).as(route).isLessThan(300);
        });
    }

    @Test
    void a_request_without_a_required_field_is_refused_naming_it() throws Exception {
        int checked = 0;
        for (Map.Entry<String, Sample> entry : SAMPLES.entrySet()) {
            String route = entry.getKey();
            String[] methodAndPath = route.split(" ", 2);
            JsonNode schema = openApi.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase())
                    .path("requestBody").path("content").path("application/json").path("schema");
            JsonNode sample = JSON.readTree(entry.getValue().body());
            for (String field : requiredPaths(schema, "")) {
                if (!present(sample, field)) continue; // inside an optional part the sample leaves out
                Reply reply = send(route, entry.getValue().url(), without(sample, field).toString());

                assertThat(reply.status()).as(route + " without " + field + ": " + reply.body()).isEqualTo(400);
                assertThat(reply.body().path("field").asText()).as(route + " without " + field).isEqualTo(field);
                checked++;
            }
        }
        assertThat(checked).as("required fields checked").isGreaterThanOrEqualTo(10);
    }

    private static Reply send(String route, String url, String body) {
        if (route.startsWith("PUT ")) return client.put(url, body);
        return (url.equals("/api/v1/import") ? importing : client).post(url, body);
    }

    /** The paths of the required fields, nested objects and the first item of lists included ({@code candidates[0].partner.name}). */
    private static List<String> requiredPaths(JsonNode schema, String prefix) {
        JsonNode resolved = resolve(schema);
        List<String> paths = new ArrayList<>();
        if (resolved.path("type").asText().equals("array")) return requiredPaths(resolved.path("items"), prefix + "[0]");
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            if (required.contains(property.getKey())) paths.add(path);
            paths.addAll(requiredPaths(property.getValue(), path));
        }
        return paths;
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (ref.isEmpty()) {
            JsonNode anyOf = schema.path("anyOf");
            if (anyOf.isArray()) for (JsonNode option : anyOf) if (!option.path("$ref").isMissingNode()) return resolve(option);
            return schema;
        }
        return openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean present(JsonNode body, String path) {
        JsonNode node = body;
        for (String step : steps(path)) node = step.matches("\\d+") ? node.path(Integer.parseInt(step)) : node.path(step);
        return !node.isMissingNode() && !node.isNull();
    }

    private static JsonNode without(JsonNode body, String path) {
        JsonNode copy = body.deepCopy();
        List<String> steps = steps(path);
        JsonNode parent = copy;
        for (String step : steps.subList(0, steps.size() - 1)) parent = step.matches("\\d+") ? parent.path(Integer.parseInt(step)) : parent.path(step);
        String last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object) object.remove(last);
        else if (parent instanceof ArrayNode array) array.remove(Integer.parseInt(last));
        return copy;
    }

    private static List<String> steps(String path) {
        return List.of(path.replace("[", ".").replace("]", "").split("\\."));
    }

    private static String read(String body) throws Exception {
        return Files.readString(Path.of("bench", "bodies", body));
    }
}
