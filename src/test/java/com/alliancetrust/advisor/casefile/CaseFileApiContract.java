package com.alliancetrust.advisor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * Case files through the HTTP API. Subclasses run this same suite against each supported
 * database, each test on a fresh, empty one.
 */
abstract class CaseFileApiContract extends ApiOnDatabase {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ALLIANCES = "/api/v1/alliances";

    static String draft(String partner, String status) {
        return """
                {"partner": {"name": "%s", "country": "JP", "industry": "robotics"}, "purpose": "JOINT_RND",
                 "countries": ["JP", "DE"], "status": "%s", "owner": "hr.lead@example.com", "description": "Robot arms"}
                """.formatted(partner, status);
    }

    JsonNode create(String partner, String status) {
        Reply reply = client.post(ALLIANCES, draft(partner, status));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    Reply put(String path, String body) {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String assessmentFor(String allianceId) {
        ObjectNode request = (ObjectNode) readTree(HttpApiTest.VALID);
        request.put("allianceId", allianceId);
        return request.toString();
    }

    static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_alliance_is_created_read_back_with_its_timeline_and_listed() {
        JsonNode created = create("Kanto Robotics", "NEGOTIATING");
        String id = created.path("id").asText();

        assertThat(created.path("version").asInt()).isEqualTo(1);
        JsonNode caseFile = client.get(ALLIANCES + "/" + id).body();
        assertThat(caseFile.path("alliance").path("partner").path("name").asText()).isEqualTo("Kanto Robotics");
        assertThat(caseFile.path("alliance").path("countries").toString()).isEqualTo("[\"JP\",\"DE\"]");
        assertThat(caseFile.path("timeline").findValuesAsText("kind")).containsExactly("CREATED");
        assertThat(client.get(ALLIANCES).body().path("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void listing_filters_and_paginates() {
        for (int i = 0; i < 5; i++) create("Partner " + i, i % 2 == 0 ? "ACTIVE" : "PROSPECT");

        JsonNode active = client.get(ALLIANCES + "?status=ACTIVE").body();
        assertThat(active.path("total").asInt()).isEqualTo(3);
        assertThat(active.path("items").findValuesAsText("status")).containsOnly("ACTIVE");

        JsonNode page2 = client.get(ALLIANCES + "?size=2&page=2").body();
        assertThat(page2.path("total").asInt()).isEqualTo(5);
        assertThat(page2.path("items").findValuesAsText("name")).containsExactly("Partner 2", "Partner 3");

        assertThat(client.get(ALLIANCES + "?partner=partner%204").body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void an_update_with_the_current_version_succeeds_and_a_stale_one_gets_409() {
        String id = create("Kanto Robotics", "NEGOTIATING").path("id").asText();
        String change = draft("Kanto Robotics KK", "ACTIVE").replace("}\n", ", \"version\": 1}\n").trim();

        Reply first = put(ALLIANCES + "/" + id, change);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("version").asInt()).isEqualTo(2);
        assertThat(first.body().path("status").asText()).isEqualTo("ACTIVE");

        Reply stale = put(ALLIANCES + "/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("field").asText()).isEqualTo("version");
        assertThat(stale.body().path("message").asText()).contains("changed by someone else", "version 1", "version 2");
        assertThat(client.get(ALLIANCES + "/" + id).body().path("timeline").findValuesAsText("kind")).containsExactly("CREATED", "UPDATED");
    }

    @Test
    void an_update_without_a_version_is_refused_naming_the_field() {
        String id = create("Kanto Robotics", "NEGOTIATING").path("id").asText();
        Reply reply = put(ALLIANCES + "/" + id, draft("X", "ACTIVE"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("version");
    }

    @Test
    void archiving_keeps_the_case_file_but_hides_it_from_the_default_listing() {
        String id = create("Kanto Robotics", "ENDED").path("id").asText();

        Reply archived = client.post(ALLIANCES + "/" + id + "/archive", "");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.body().path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(client.get(ALLIANCES).body().path("total").asInt()).isZero();
        assertThat(client.get(ALLIANCES + "?includeArchived=true").body().path("total").asInt()).isEqualTo(1);
        assertThat(client.get(ALLIANCES + "/" + id).body().path("timeline").findValuesAsText("kind")).contains("ARCHIVED");
    }

    @Test
    void unknown_ids_get_404_and_bad_data_gets_400_naming_the_field() {
        assertThat(client.get(ALLIANCES + "/no-such-id").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/assessments/no-such-id").status()).isEqualTo(404);
        assertThat(client.post("/api/v1/assessments/no-such-id/rerun", "").status()).isEqualTo(404);
        assertThat(put(ALLIANCES + "/no-such-id", draft("X", "ACTIVE").replace("}\n", ", \"version\": 1}\n").trim()).status()).isEqualTo(404);

        Reply badCountry = client.post(ALLIANCES, draft("X", "ACTIVE").replace("\"DE\"", "\"Germany\""));
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.body().path("field").asText()).isEqualTo("countries[1]");
        Reply badStatus = client.post(ALLIANCES, draft("X", "MAYBE"));
        assertThat(badStatus.body().path("field").asText()).isEqualTo("status");
        Reply badPage = client.get(ALLIANCES + "?page=zero");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body().path("field").asText()).isEqualTo("page");
        assertThat(client.get(ALLIANCES + "?size=1000").body().path("field").asText()).isEqualTo("size");
        assertThat(client.get(ALLIANCES + "?status=GONE").body().path("field").asText()).isEqualTo("status");

        Reply unknownAlliance = client.post(HttpApiTest.ASSESS, assessmentFor("no-such-alliance"));
        assertThat(unknownAlliance.status()).isEqualTo(400);
        assertThat(unknownAlliance.body().path("field").asText()).isEqualTo("allianceId");
    }

    @Test
    void an_assessment_made_for_an_alliance_is_stored_and_read_back_exactly_as_it_was() {
        String id = create("Kanto Precision", "NEGOTIATING").path("id").asText();

        Reply made = client.post(HttpApiTest.ASSESS, assessmentFor(id));
        assertThat(made.status()).isEqualTo(201);
        String assessmentId = made.body().path("assessmentId").asText();
        assertThat(made.body().path("allianceId").asText()).isEqualTo(id);

        JsonNode stored = client.get("/api/v1/assessments/" + assessmentId).body();
        assertThat(stored.path("output")).isEqualTo(made.body());
        assertThat(stored.path("input").path("evidence").path("integrity").path("beneficialOwnership").asText()).isEqualTo("UNDISCLOSED");
        assertThat(stored.path("rulesVersion").asText()).isEqualTo(TestAdvisor.get().version());
        assertThat(client.get(ALLIANCES + "/" + id + "/assessments").body().findValuesAsText("id")).containsExactly(assessmentId);
        JsonNode timeline = client.get(ALLIANCES + "/" + id).body().path("timeline");
        assertThat(timeline.get(1).path("kind").asText()).isEqualTo("ASSESSMENT");
        assertThat(timeline.get(1).path("recordId").asText()).isEqualTo(assessmentId);
    }

    @Test
    void a_rerun_with_the_same_rules_reports_no_change() {
        String id = create("Kanto Precision", "NEGOTIATING").path("id").asText();
        String assessmentId = client.post(HttpApiTest.ASSESS, assessmentFor(id)).body().path("assessmentId").asText();

        JsonNode rerun = client.post("/api/v1/assessments/" + assessmentId + "/rerun", "").body();
        assertThat(rerun.path("rulesChanged").asBoolean()).isFalse();
        assertThat(rerun.path("changes").size()).isZero();
        assertThat(rerun.path("currentVerdict").asText()).isEqualTo("RECONSIDER");
        // The assessment made now is the one the assessment endpoint gives for the same input, in the same form.
        assertThat(rerun.path("current")).isEqualTo(client.post(HttpApiTest.ASSESS, HttpApiTest.VALID).body());
        assertThat(client.post("/api/v1/assessments/" + assessmentId + "/rerun?include=texts", "").body().path("current"))
                .isEqualTo(client.post(HttpApiTest.ASSESS + "?include=texts", HttpApiTest.VALID).body());
    }
}
