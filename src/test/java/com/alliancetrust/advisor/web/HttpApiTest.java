package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.explain.Reasoned;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API through a real port: good requests answered, every class of bad input a 4xx naming the field. */
public class HttpApiTest {
    public static final String ASSESS = "/api/v1/partner-assessments";
    public static final String VALID = """
            {"partner": {"name": "Kanto Precision", "country": "JP", "industry": "machine tools"},
             "alliance": {"purpose": "JOINT_RND", "scopeDomains": ["R&D", "manufacturing"], "ipSensitivity": "HIGH",
                          "expectedDurationYears": 5, "virtual": false, "priorAlliances": 0},
             "context": {"ceoCommitment": "DETERMINED", "timePressure": "HIGH", "alternativesConsidered": 0},
             "evidence": {"integrity": {"litigationRecord": "NONE", "beneficialOwnership": "UNDISCLOSED", "questionnaire": "PARTIAL"},
                          "competence": {"yearsInDomain": 12, "pilotDelivery": "MET"}}}
            """;

    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void an_assessment_returns_verdict_profile_recommendations_and_their_explanations() {
        Reply reply = client.post(ASSESS, VALID);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        var body = reply.body();
        assertThat(body.path("version").asText()).isEqualTo(TestAdvisor.get().version());
        assertThat(body.path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
        assertThat(body.path("redFlags").findValuesAsText("id")).contains("hidden-ownership");
        assertThat(body.path("recommendations").findValuesAsText("id"))
                .contains("ceo-present-facts", "ceo-pursue-alternatives", "ceo-if-proceeding", "protect-ip");
        var integrity = body.path("profile").get(1);
        assertThat(integrity.path("element").asText()).isEqualTo("INTEGRITY");
        assertThat(integrity.path("level").asText()).isEqualTo("LOW");
        // Explanations refer by id to the answer's reasoning graph, where each fact, conclusion, rule and source is once.
        var why = body.path("verdict").path("explanation");
        var graph = body.path("reasoning");
        assertThat(why.path("why").asText()).isNotBlank();
        assertThat(byId(graph.path("facts"), why.path("facts")).findValuesAsText("field")).contains("integrity.beneficialOwnership");
        assertThat(byId(graph.path("conclusions"), why.path("conclusions")).findValuesAsText("statement")).contains("Integrity: low");
        // Rules and sources are named by id: their texts are those of the catalogues of the answer's version. Each rule is
        // listed once with the answer's own short id and its id in the catalogue.
        assertThat(graph.path("rules").findValuesAsText("rule")).doesNotHaveDuplicates().hasSize(graph.path("rules").size());
        assertThat(client.get("/api/v1/rules").body().findValuesAsText("id")).containsAll(graph.path("rules").findValuesAsText("rule"));
        assertThat(graph.path("sources").size()).isZero();
        assertThat(body.path("trace").size()).isGreaterThan(10);
        var trace = java.util.stream.StreamSupport.stream(body.path("trace").spliterator(), false).map(JsonNode::asText).toList();
        assertThat(trace).doesNotHaveDuplicates();
        assertThat(graph.path("rules").findValuesAsText("id")).containsAll(trace).contains(why.path("rule").asText());
        // Read back, each explanation is the full chain, as the web application shows it.
        var resolved = Reasoned.resolve(body).path("verdict").path("explanation");
        assertThat(resolved.path("conclusions").findValuesAsText("statement")).contains("Integrity: low");
        assertThat(resolved.path("rule").path("file").asText()).isEqualTo("rules/selection/verdict.drl");
        assertThat(resolved.path("sources").findValuesAsText("citation")).anyMatch(c -> c.startsWith("Mayer"));
        assertThat(body.path("whatWouldChange").isArray()).isTrue();
    }

    @Test
    void comparing_candidates_ranks_them_with_a_reason_for_each_place() {
        Reply reply = client.post(ASSESS + "/compare", """
                {"alliance": {"purpose": "SUPPLY"},
                 "candidates": [
                   {"partner": {"name": "Shady Co"}, "evidence": {"integrity": {"sanctionsScreening": "CONFIRMED_HIT"}}},
                   {"partner": {"name": "Solid Co"}, "evidence": {"integrity": {"litigationRecord": "NONE", "sanctionsScreening": "CLEAR",
                       "beneficialOwnership": "DISCLOSED", "questionnaire": "COMPLETE"}, "competence": {"yearsInDomain": 15, "pilotDelivery": "MET"}}}]}
                """);

        assertThat(reply.status()).isEqualTo(200);
        var ranking = reply.body().path("ranking");
        assertThat(ranking.get(0).path("partner").asText()).isEqualTo("Solid Co");
        assertThat(ranking.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(0).path("reason").asText()).contains("above Shady Co", "verdict");
        assertThat(ranking.get(1).path("verdict").asText()).isEqualTo("DO_NOT_PROCEED");
        assertThat(ranking.get(1).path("reason").asText()).startsWith("Ranked last");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"partner\": | (body)",
            "wrong type for a number | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\",\"priorAlliances\":\"three\"}} | alliance.priorAlliances",
            "a fraction for a whole number | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\",\"priorAlliances\":2.5}} | alliance.priorAlliances",
            "wrong type for an object | {\"partner\":\"X\",\"alliance\":{\"purpose\":\"SUPPLY\"}} | partner",
            "wrong type for a boolean | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\",\"virtual\":\"yes\"}} | alliance.virtual",
            "out-of-range number | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\",\"expectedDurationYears\":500}} | alliance.expectedDurationYears",
            "out-of-range evidence | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"evidence\":{\"competence\":{\"yearsInDomain\":-4}}} | evidence.competence.yearsInDomain",
            "unknown enum value | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"MERGER\"}} | alliance.purpose",
            "unknown evidence value | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"evidence\":{\"integrity\":{\"questionnaire\":\"LOST\"}}} | evidence.integrity.questionnaire",
            "unknown evidence item | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"evidence\":{\"integrity\":{\"horoscope\":\"GOOD\"}}} | evidence.integrity.horoscope",
            "unknown trust element | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"evidence\":{\"charm\":{}}} | evidence.charm",
            "unknown field | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\",\"budget\":5}} | alliance.budget",
            "missing required field | {\"partner\":{\"name\":\"X\"},\"alliance\":{}} | alliance.purpose",
            "missing required object | {\"alliance\":{\"purpose\":\"SUPPLY\"}} | partner",
            "blank partner name | {\"partner\":{\"name\":\"  \"},\"alliance\":{\"purpose\":\"SUPPLY\"}} | partner.name",
            "unknown country code | {\"partner\":{\"name\":\"X\",\"country\":\"Japan\"},\"alliance\":{\"purpose\":\"SUPPLY\"}} | partner.country",
            "unknown fit value | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"fit\":{\"gapFilled\":\"SOME\"}} | fit.gapFilled",
            "unknown fit fact | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"fit\":{\"charisma\":\"HIGH\"}} | fit.charisma",
            "a number for a power fact | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"power\":{\"ourDependence\":3}} | power.ourDependence",
            "wrong type for the fit section | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"},\"fit\":\"good\"} | fit",
            "an array instead of an object | [] | (body)",
            "a JSON null body | null | (body)",
            "trailing content | {\"partner\":{\"name\":\"X\"},\"alliance\":{\"purpose\":\"SUPPLY\"}} {} | (body)",
    })
    void bad_input_gets_400_with_a_message_naming_the_field(String what, String body, String field) {
        Reply reply = client.post(ASSESS, body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("status").asInt()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
        assertThat(reply.body().path("message").asText()).as(what).isNotBlank().doesNotContain("Exception", "at com.");
        if (!field.startsWith("(")) assertThat(reply.body().path("message").asText()).startsWith(field);
    }

    @Test
    void an_empty_body_is_a_400() {
        assertThat(client.post(ASSESS, "").status()).isEqualTo(400);
    }

    @Test
    void a_trusted_candidate_that_brings_nothing_needed_ranks_below_one_that_fits() {
        String trusted = "\"evidence\": {\"integrity\": {\"litigationRecord\": \"NONE\", \"sanctionsScreening\": \"CLEAR\", \"beneficialOwnership\": \"DISCLOSED\","
                + " \"questionnaire\": \"COMPLETE\"}, \"competence\": {\"yearsInDomain\": 15, \"pilotDelivery\": \"MET\"}}";
        Reply reply = client.post(ASSESS + "/compare", """
                {"alliance": {"purpose": "DISTRIBUTION"},
                 "candidates": [
                   {"partner": {"name": "Old Friend"}, %s, "fit": {"gapFilled": "NONE"}},
                   {"partner": {"name": "New Fit"}, %s, "fit": {"gapFilled": "FILLS_KEY_GAP"}, "power": {"ourDependence": "MODERATE", "partnerDependence": "MODERATE"}}]}
                """.formatted(trusted, trusted));

        assertThat(reply.status()).isEqualTo(200);
        var ranking = reply.body().path("ranking");
        assertThat(ranking.get(0).path("partner").asText()).isEqualTo("New Fit");
        assertThat(ranking.get(0).path("strategicFit").asText()).isEqualTo("HIGH");
        assertThat(ranking.get(0).path("reason").asText()).contains("above Old Friend", "its verdict is", "strategic fit: high");
        assertThat(ranking.get(1).path("verdict").asText()).isEqualTo("RECONSIDER");
        assertThat(ranking.get(1).path("assessment").path("fit").path("kinds").get(0).path("level").asText()).isEqualTo("LOW");
        assertThat(ranking.get(0).path("assessment").path("power").path("balance").asText()).isEqualTo("MUTUAL");

        Reply bad = client.post(ASSESS + "/compare", "{\"alliance\":{\"purpose\":\"SUPPLY\"},\"candidates\":[{\"partner\":{\"name\":\"A\"}},"
                + "{\"partner\":{\"name\":\"B\"},\"power\":{\"controlsAccess\":\"MAYBE\"}}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("candidates[1].power.controlsAccess");
    }

    @Test
    void the_fit_and_power_catalogue_has_help_and_how_to_find_out_for_every_fact() {
        Reply reply = client.get("/api/v1/knowledge/fit-and-power");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().size()).isGreaterThanOrEqualTo(10);
        reply.body().forEach(f -> {
            assertThat(f.path("section").asText()).isIn("FIT", "POWER");
            assertThat(f.path("help").asText()).isNotBlank();
            assertThat(f.path("collect").asText()).isNotBlank();
            assertThat(f.path("values").size()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void compare_needs_at_least_two_candidates_and_names_a_bad_one_by_index() {
        Reply one = client.post(ASSESS + "/compare", "{\"alliance\":{\"purpose\":\"SUPPLY\"},\"candidates\":[{\"partner\":{\"name\":\"A\"}}]}");
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.body().path("field").asText()).isEqualTo("candidates");

        Reply bad = client.post(ASSESS + "/compare", "{\"alliance\":{\"purpose\":\"SUPPLY\"},\"candidates\":[{\"partner\":{\"name\":\"A\"}},"
                + "{\"partner\":{\"name\":\"B\"},\"evidence\":{\"integrity\":{\"questionnaire\":\"LOST\"}}}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("candidates[1].evidence.integrity.questionnaire");
    }

    @Test
    void a_wrong_content_type_gets_415() {
        Reply reply = client.post(ASSESS, VALID, "text/plain");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body().path("field").asText()).isEqualTo("Content-Type");

        assertThat(client.post(ASSESS, VALID, null).status()).isEqualTo(415);
    }

    @Test
    void a_body_over_the_size_limit_gets_413_in_the_error_shape() {
        String huge = "{\"partner\":{\"name\":\"" + "x".repeat((int) HttpApi.MAX_BODY_BYTES) + "\"}}";
        Reply reply = client.post(ASSESS, huge);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().path("status").asInt()).isEqualTo(413);
    }

    @Test
    void unknown_paths_and_methods_get_json_errors() {
        Reply missing = client.get("/api/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("status").asInt()).isEqualTo(404);

        Reply method = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + ASSESS)).DELETE().build());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.body().path("status").asInt()).isEqualTo(405);
    }

    @Test
    void health_reports_the_version_and_rule_count() {
        Reply reply = client.get("/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("UP");
        assertThat(reply.body().path("rules").asInt()).isEqualTo(TestAdvisor.get().rules().size());
    }

    @Test
    void the_rule_catalogue_lists_every_rule_with_its_file_and_sources() {
        Reply reply = client.get("/api/v1/rules");
        assertThat(reply.body().size()).isEqualTo(TestAdvisor.get().rules().size());
        reply.body().forEach(rule -> {
            assertThat(rule.path("file").asText()).startsWith("rules/").endsWith(".drl");
            assertThat(rule.path("sources").size()).as(rule.path("name").asText()).isPositive();
            assertThat(rule.path("description").asText()).isNotBlank();
        });
    }

    @Test
    void the_knowledge_endpoints_serve_elements_glossary_bibliography_stages_and_evidence() {
        assertThat(client.get("/api/v1/knowledge/elements").body().findValuesAsText("id"))
                .containsExactly("COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY");
        assertThat(client.get("/api/v1/knowledge/glossary").body().size()).isGreaterThanOrEqualTo(20);
        assertThat(client.get("/api/v1/knowledge/bibliography").body().findValuesAsText("id")).contains("mayer-1995");
        assertThat(client.get("/api/v1/knowledge/stages").body().size()).isEqualTo(3);
        assertThat(client.get("/api/v1/knowledge/evidence").body().size()).isEqualTo(TestAdvisor.get().knowledge().evidence().size());
    }

    /** The words the pages show for codes come from the knowledge base, and cover every value of the codes shown most. */
    @Test
    void the_labels_endpoint_gives_words_for_every_verdict_level_priority_and_severity() {
        JsonNode groups = client.get("/api/v1/knowledge/labels").body();
        Map<String, JsonNode> byGroup = new java.util.HashMap<>();
        groups.forEach(g -> byGroup.put(g.path("group").asText(), g.path("labels")));
        Map<String, Class<? extends Enum<?>>> shown = Map.of("verdict", com.alliancetrust.advisor.domain.Verdict.class,
                "level", com.alliancetrust.advisor.domain.Level.class, "priority", com.alliancetrust.advisor.domain.Priority.class,
                "severity", com.alliancetrust.advisor.domain.Severity.class, "verdictMeaning", com.alliancetrust.advisor.domain.Verdict.class);
        shown.forEach((group, type) -> {
            assertThat(byGroup).as("words for %s", group).containsKey(group);
            for (Enum<?> code : type.getEnumConstants()) {
                assertThat(byGroup.get(group).path(code.name()).asText()).as("%s %s", group, code).isNotBlank().doesNotContain("_");
            }
        });
        assertThat(byGroup.get("verdict").path("PROCEED_WITH_SAFEGUARDS").asText()).isEqualTo("Proceed with safeguards");
    }

    /** The entries of a reasoning graph's list with these ids (one id or an array of them), in that order. */
    static JsonNode byId(JsonNode list, JsonNode ids) {
        var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        java.util.List<String> wanted = new java.util.ArrayList<>();
        if (ids.isArray()) ids.forEach(id -> wanted.add(id.asText())); else wanted.add(ids.asText());
        for (String id : wanted) list.forEach(n -> { if (n.path("id").asText().equals(id)) out.add(n); });
        return out;
    }

}
