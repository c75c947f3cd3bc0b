package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health checks are anonymous: what a respondent answered never leaves the server, only means of
 * groups large enough not to point at anyone. One check is recorded with distinctive answers: on our
 * side one person answers 1 to every item and two answer 5 to every item; on the partner's side a
 * single person answers. Every GET that could show the check is then searched for the answers and
 * for any one person's scores.
 *
 * <p>With the survey's one reverse item per element (scored 6 - answer), the person answering all 1s
 * scores (1 + 1 + 1 + 5) / 4 = 2.0 on every element, the two answering all 5s score 4.0, and the lone
 * partner respondent, answering 1 to the plain items and 3 to the reverse ones, scores 1.5. Our
 * side's mean is 3.33 and the mean of all four respondents 2.88; those are the only figures that
 * may appear.
 */
class MonitoringAnonymityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLIANCES = "/api/v1/alliances";
    private static final String DATE = "2026-05-04";
    private static final String AS_OF = "2026-06-01";
    /** Scores of single respondents, which must appear nowhere. */
    private static final List<Double> INDIVIDUAL_SCORES = List.of(2.0, 4.0, 1.5);
    private static final double OURS_MEAN = 3.33;
    private static final double ALL_MEAN = 2.88;

    private static Database database;
    private static Javalin app;
    private static ApiClient client;
    private static Map<String, Boolean> items;
    private static String allianceId;
    private static JsonNode recorded;

    @BeforeAll
    static void recordDistinctiveCheck() {
        database = TestDatabases.sqlite();
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        items = new LinkedHashMap<>();
        client.get("/api/v1/knowledge/trust-survey").body().forEach(i -> items.put(i.path("id").asText(), i.path("reverse").asBoolean()));
        assertThat(items).as("survey items: four per trust element and three on shared identity").hasSize(19);

        Reply created = client.post(ALLIANCES, """
                {"partner": {"name": "Halvorsen Marine Systems AS", "country": "NO"}, "purpose": "JOINT_RND", "countries": ["NO"], "status": "ACTIVE"}
                """);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        allianceId = created.body().path("id").asText();

        ObjectNode body = JSON.createObjectNode();
        body.put("date", DATE);
        ArrayNode responses = body.putArray("responses");
        responses.add(respondent("OURS", plain -> 1, reverse -> 1));
        responses.add(respondent("OURS", plain -> 5, reverse -> 5));
        responses.add(respondent("OURS", plain -> 5, reverse -> 5));
        responses.add(respondent("PARTNER", plain -> 1, reverse -> 3));
        body.putObject("indicators").put("communicationQuality", 3).put("taskChallenge", 3).put("innovationOutput", 4);

        Reply reply = client.post(ALLIANCES + "/" + allianceId + "/health-checks", body.toString());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        recorded = reply.body();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (database != null) database.close();
    }

    /** A respondent giving one answer to every plain item and another to every reverse item. */
    private static ObjectNode respondent(String side, IntUnaryOperator plain, IntUnaryOperator reverse) {
        ObjectNode r = JSON.createObjectNode();
        r.put("side", side);
        ObjectNode answers = r.putObject("answers");
        items.forEach((id, rev) -> answers.put(id, rev ? reverse.applyAsInt(0) : plain.applyAsInt(0)));
        return r;
    }

    // --- what is shown ---

    @Test
    void healthShowsOnlyTheCombinedMeanWhenOneSideIsTooSmall() {
        JsonNode health = get(ALLIANCES + "/" + allianceId + "/health?asOf=" + AS_OF);
        for (JsonNode view : List.of(recorded, health)) {
            assertThat(view.path("checks")).hasSize(1);
            JsonNode check = view.path("checks").get(0);
            // Both sides go: our side's mean beside the combined one would give away the lone partner respondent's.
            assertThat(check.path("withheld")).as("sides withheld")
                    .containsExactly(JSON.getNodeFactory().textNode("OURS"), JSON.getNodeFactory().textNode("PARTNER"));
            assertThat(names(check.path("scores"))).as("sides whose scores are shown").containsExactly("ALL");
            assertThat(names(check.path("scores").path("ALL"))).as("ALL is still reported in full")
                    .containsExactlyInAnyOrder("COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY", "IDENTIFICATION", "OVERALL");
            // Shared identity is scored apart from the four elements; only they make up the mean.
            check.path("scores").path("ALL").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("IDENTIFICATION")) assertThat(e.getValue().asDouble()).as(e.getKey()).isEqualTo(ALL_MEAN);
            });
            assertThat(check.path("respondents").path("ALL").asInt()).isEqualTo(4);
            for (JsonNode counts : check.path("respondents")) assertThat(counts.isIntegralNumber()).as("respondents are counts").isTrue();
        }
        assertThat(health.path("overallScore").asDouble()).isEqualTo(ALL_MEAN);
        health.path("series").forEach(points -> points.forEach(p -> assertThat(p.path("value").asDouble()).isEqualTo(ALL_MEAN)));
    }

    @Test
    void theWithheldSideIsNotReasonedOn() {
        // Our side's 3.33 against the lone partner respondent's 1.5 would be a perception gap on every element.
        JsonNode health = get(ALLIANCES + "/" + allianceId + "/health?asOf=" + AS_OF);
        List<String> ids = new ArrayList<>();
        health.path("warnings").forEach(w -> ids.add(w.path("id").asText()));
        assertThat(ids).doesNotContain("perception-gap", "perception-gap-widening");
        String text = health.path("warnings").toString();
        assertThat(text).as("explanations cite no partner-side score").doesNotContain("partner respondents");
    }

    @Test
    void noGetShowsAnAnswerOrOnePersonsScore() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("health", ALLIANCES + "/" + allianceId + "/health?asOf=" + AS_OF);
        endpoints.put("health (today)", ALLIANCES + "/" + allianceId + "/health");
        endpoints.put("portfolio", "/api/v1/portfolio");
        endpoints.put("case file", ALLIANCES + "/" + allianceId);
        endpoints.put("alliance list", ALLIANCES);
        endpoints.put("export of all", "/api/v1/export");
        endpoints.put("export of the alliance", ALLIANCES + "/" + allianceId + "/export");

        SoftAssertions softly = new SoftAssertions();
        checkNoIndividualData(softly, "recording reply", recorded);
        endpoints.forEach((name, path) -> checkNoIndividualData(softly, name, get(path)));
        softly.assertAll();
    }

    /**
     * Withholding a side is only worth something if it cannot be worked out from what is shown. With
     * the mean of all respondents, our side's mean and both head counts on the page, the partner's
     * mean is (4 x 2.88 - 3 x 3.33) / 1 = 1.53: the lone partner respondent's own 1.5 to within rounding.
     */
    @Test
    void aWithheldSideCannotBeWorkedOutFromTheRest() {
        JsonNode check = get(ALLIANCES + "/" + allianceId + "/health?asOf=" + AS_OF).path("checks").get(0);
        JsonNode scores = check.path("scores");
        JsonNode respondents = check.path("respondents");
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode withheld : check.path("withheld")) {
            String hidden = withheld.asText();
            String shown = hidden.equals("OURS") ? "PARTNER" : "OURS";
            if (!scores.has(shown) || !scores.has("ALL")) continue;
            int all = respondents.path("ALL").asInt();
            int others = respondents.path(shown).asInt();
            double derived = (all * scores.path("ALL").path("OVERALL").asDouble() - others * scores.path(shown).path("OVERALL").asDouble())
                    / (all - others);
            softly.fail("the withheld %s side's mean can be worked out as %.2f from ALL, the %s side's mean and the head counts",
                    hidden, derived, shown);
        }
        softly.assertAll();
    }

    /** No answers map, no item ids, no per-respondent list, and none of the individual scores anywhere. */
    private static void checkNoIndividualData(SoftAssertions softly, String name, JsonNode body) {
        Set<String> itemIds = items.keySet();
        Pattern individual = Pattern.compile("(?<![\\d.])(2\\.0|4\\.0|1\\.5|1\\.50|2\\.00|4\\.00)(?![\\d])");
        walk(body, "", (path, node) -> {
            String field = path.substring(path.lastIndexOf('.') + 1);
            softly.assertThat(field).as("%s: field %s", name, path).isNotIn("answers", "responses", "respondentAnswers");
            softly.assertThat(itemIds).as("%s: a survey item id as field name at %s", name, path).doesNotContain(field);
            if (node.isNumber() && !node.isIntegralNumber()) {
                softly.assertThat(INDIVIDUAL_SCORES).as("%s: one person's score at %s", name, path).doesNotContain(node.asDouble());
            }
            if (node.isTextual() && !field.equals("version") && !field.equals("recordedAt") && !field.equals("exportedAt")
                    && !field.endsWith("At")) {
                for (String id : itemIds) softly.assertThat(node.asText()).as("%s: survey item named at %s", name, path).doesNotContain(id);
                softly.assertThat(individual.matcher(node.asText()).find()).as("%s: one person's score in the text at %s: %s", name, path, node.asText())
                        .isFalse();
            }
        });
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path + "." + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", visitor);
        }
    }

    // --- bad input ---

    @Test
    void anUnknownSurveyItemIsRefusedNamingIt() {
        ObjectNode body = validCheck();
        ((ObjectNode) body.path("responses").get(0).path("answers")).put("competence-9", 3);
        refused(body, "responses[0].answers.competence-9");
    }

    @Test
    void aScoreOfSixIsRefusedNamingTheItem() {
        ObjectNode body = validCheck();
        ((ObjectNode) body.path("responses").get(1).path("answers")).put("integrity-2", 6);
        refused(body, "responses[1].answers.integrity-2");
    }

    @Test
    void aScoreOfZeroIsRefused() {
        ObjectNode body = validCheck();
        ((ObjectNode) body.path("responses").get(0).path("answers")).put("benevolence-4", 0);
        refused(body, "responses[0].answers.benevolence-4");
    }

    @Test
    void aBadDateIsRefused() {
        for (String date : List.of("2026-02-30", "15/01/2026", "")) {
            ObjectNode body = validCheck();
            body.put("date", date);
            refused(body, "date");
        }
        ObjectNode missing = validCheck();
        missing.remove("date");
        refused(missing, "date");
    }

    @Test
    void anIndicatorOutOfRangeIsRefusedNamingIt() {
        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put("taskChallenge", 6);
        bad.put("communicationQuality", 0);
        bad.put("conflictResolutionDays", -1);
        bad.put("innovationOutput", -5);
        bad.forEach((indicator, value) -> {
            ObjectNode body = validCheck();
            body.putObject("indicators").put(indicator, value);
            refused(body, "indicators." + indicator);
        });
    }

    @Test
    void aBadAsOfIsRefused() {
        for (String path : List.of(ALLIANCES + "/" + allianceId + "/health?asOf=2026-13-01", "/api/v1/portfolio?asOf=yesterday")) {
            Reply reply = client.get(path);
            assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(400);
            assertThat(reply.body().path("field").asText()).as(path).isEqualTo("asOf");
        }
    }

    @Test
    void anUnknownAllianceIsNotFound() {
        Reply post = client.post(ALLIANCES + "/no-such-alliance/health-checks", validCheck().toString());
        assertThat(post.status()).as(post.body().toString()).isEqualTo(404);
        Reply health = client.get(ALLIANCES + "/no-such-alliance/health?asOf=" + AS_OF);
        assertThat(health.status()).as(health.body().toString()).isEqualTo(404);
    }

    /** The check is refused with 400 naming the field, and nothing is stored. */
    private static void refused(ObjectNode body, String field) {
        Reply reply = client.post(ALLIANCES + "/" + allianceId + "/health-checks", body.toString());
        assertThat(reply.status()).as("%s: %s", field, reply.body()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as("field named for %s", body).isEqualTo(field);
        assertThat(reply.body().path("message").asText()).as("message for %s", field).contains(field);
        assertThat(get(ALLIANCES + "/" + allianceId + "/health?asOf=" + AS_OF).path("checks")).as("checks after a refused one").hasSize(1);
    }

    /** A valid check from three respondents on each side, answering 4 throughout. */
    private static ObjectNode validCheck() {
        ObjectNode body = JSON.createObjectNode();
        body.put("date", "2026-05-25");
        ArrayNode responses = body.putArray("responses");
        for (String side : List.of("OURS", "OURS", "OURS", "PARTNER", "PARTNER", "PARTNER")) responses.add(respondent(side, p -> 4, r -> 2));
        return body;
    }

    private static JsonNode get(String path) {
        Reply reply = client.get(path);
        assertThat(reply.status()).as("GET %s: %s", path, reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
