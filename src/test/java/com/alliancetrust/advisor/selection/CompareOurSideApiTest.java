package com.alliancetrust.advisor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison says once, above the ranking, what our own conduct asks of us; it is the same whatever the candidate. */
class CompareOurSideApiTest {
    private static final String COMPARE = "/api/v1/partner-assessments/compare";
    private static final String CANDIDATES = """
            "candidates": [
              {"partner": {"name": "Kanto Precision"}, "evidence": {"integrity": {"litigationRecord": "NONE", "sanctionsScreening": "CLEAR"},
                                                                    "competence": {"pilotDelivery": "MET"}}},
              {"partner": {"name": "Lagos Castings"}, "evidence": {"integrity": {"adverseMedia": "SERIOUS"}}}]""";
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
    void our_own_conduct_is_said_once_above_the_ranking_with_the_advice_addressed_to_us() {
        Reply reply = client.post(COMPARE, "{\"alliance\": {\"purpose\": \"SUPPLY\"}, \"context\": {\"ourSide\": {\"deadline\": \"ARTIFICIAL\","
                + " \"pressureTactics\": \"HEAVY\"}}, " + CANDIDATES + "}");

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        JsonNode ours = reply.body().path("ourSide");
        assertThat(ours.path("conduct").path("level").asText()).isIn("HIGH", "MODERATE");
        assertThat(ours.path("conduct").path("statement").asText()).contains("Our own conduct");
        assertThat(ours.path("advice").findValuesAsText("category")).isNotEmpty().allMatch("OUR_CONDUCT"::equals);
        assertThat(ours.path("advice").findValuesAsText("id")).doesNotHaveDuplicates();
        for (JsonNode place : reply.body().path("ranking")) {
            assertThat(place.path("assessment").path("ourSide")).as("each candidate reads our side the same")
                    .isEqualTo(ours.path("conduct"));
            assertThat(place.path("reason").asText()).doesNotContain("our own", "Our own");
        }
    }

    @Test
    void without_anything_about_our_own_conduct_nothing_is_said_about_it() {
        Reply reply = client.post(COMPARE, "{\"alliance\": {\"purpose\": \"SUPPLY\"}, " + CANDIDATES + "}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().has("ourSide")).isFalse();
    }

    @Test
    void a_bad_value_of_our_own_conduct_is_refused_naming_the_field() {
        Reply reply = client.post(COMPARE, "{\"alliance\": {\"purpose\": \"SUPPLY\"}, \"context\": {\"ourSide\": {\"deadline\": \"SOON\"}}, "
                + CANDIDATES + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("context.ourSide.deadline");
    }
}
