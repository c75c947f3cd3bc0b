package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.SummaryChecks;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.explain.Reasoned;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every result opens with its {@code summary} through the API: the decision first, then the reasons,
 * conditions and unknowns, at most five lines in words, each agreeing with the detail beside it.
 */
class SummaryApiTest {
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

    private static JsonNode ok(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        JsonNode summary = reply.body().path("summary");
        SoftAssertions softly = new SoftAssertions();
        SummaryChecks.check(softly, reply.body().toString().substring(0, 60), summary);
        softly.assertAll();
        return reply.body();
    }

    private static List<String> lines(JsonNode body, SummaryKind kind) {
        return SummaryChecks.lines(body.path("summary"), kind);
    }

    @Test
    void an_assessment_held_back_by_hidden_ownership_says_reconsider_because_integrity_is_low() {
        JsonNode body = ok(client.post(HttpApiTest.ASSESS, HttpApiTest.VALID), 200);

        assertThat(body.path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
        assertThat(SummaryChecks.decision(body.path("summary"))).isEqualTo("Reconsider Kanto Precision: as things stand, do not go ahead.");
        assertThat(lines(body, SummaryKind.REASON)).contains("Integrity is low.");
        assertThat(lines(body, SummaryKind.UNKNOWN)).allSatisfy(l -> assertThat(l).doesNotContain("integrity", "competence"));
    }

    @Test
    void an_assessment_with_almost_nothing_known_names_the_checks_that_would_allow_a_decision() {
        JsonNode body = ok(client.post(HttpApiTest.ASSESS, """
                {"partner": {"name": "Saigon Delta Logistics", "country": "VN"}, "alliance": {"purpose": "DISTRIBUTION"}}"""), 200);

        assertThat(SummaryChecks.decision(body.path("summary"))).isEqualTo("Do not decide on Saigon Delta Logistics yet: not enough is known.");
        assertThat(lines(body, SummaryKind.CONDITION)).singleElement().asString()
                .startsWith(body.path("verdict").path("checksToDecide").size() + " checks would allow a decision: ");
        assertThat(lines(body, SummaryKind.UNKNOWN)).first().asString()
                .startsWith("Not yet established: competence, integrity, benevolence and predictability");
    }

    @Test
    void a_comparison_opens_with_the_first_candidate_and_why_it_is_first() {
        JsonNode body = ok(client.post(HttpApiTest.ASSESS + "/compare", """
                {"alliance": {"purpose": "SUPPLY"},
                 "candidates": [
                   {"partner": {"name": "Shady Co"}, "evidence": {"integrity": {"sanctionsScreening": "CONFIRMED_HIT"}}},
                   {"partner": {"name": "Solid Co"}, "evidence": {"integrity": {"litigationRecord": "NONE", "sanctionsScreening": "CLEAR",
                       "beneficialOwnership": "DISCLOSED", "questionnaire": "COMPLETE"}, "competence": {"yearsInDomain": 15, "pilotDelivery": "MET"}}}]}
                """), 200);

        assertThat(SummaryChecks.decision(body.path("summary"))).startsWith("Solid Co ranks first of 2: ");
        assertThat(lines(body, SummaryKind.REASON)).first().asString().startsWith("Solid Co ranks above Shady Co because its verdict is");
    }

    @Test
    void a_contract_summary_says_where_it_stands_why_and_what_to_change_first() {
        JsonNode body = ok(client.post("/api/v1/contract-balance", """
                {"contract": {"controlProvisions": ["MONITORING_AUDIT", "PENALTIES", "UNILATERAL_TERMINATION"],
                              "coordinationProvisions": ["ROLES"], "reviewClause": false, "reciprocalRemedies": false, "pages": 60},
                 "relationship": {"stage": "CALCULUS", "priorAlliances": 0, "trust": "MODERATE"},
                 "alliance": {"purpose": "JOINT_RND", "ageMonths": 0, "ipSensitivity": "HIGH"},
                 "partner": {"relationshipBased": true, "reactionToDraft": "OBJECTED"}}"""), 200);

        assertThat(body.path("position").asText()).isEqualTo("CONTROL_HEAVY");
        assertThat(SummaryChecks.decision(body.path("summary"))).isEqualTo("The contract is control-heavy: it polices more than the relationship warrants.");
        assertThat(lines(body, SummaryKind.REASON)).containsExactly(body.path("explanation").path("rule").path("name").asText() + ".");
        assertThat(lines(body, SummaryKind.CONDITION)).first().asString().startsWith("First change: ");
    }

    @Test
    void a_culture_summary_counts_the_large_gaps_and_names_the_first_adaptation() {
        JsonNode body = Reasoned.resolve(ok(client.post("/api/v1/culture-advice", CultureApiTest.US_JAPAN), 200));

        long large = 0;
        for (JsonNode g : body.path("gaps")) if (g.path("size").asText().equals("LARGE")) large++;
        assertThat(SummaryChecks.decision(body.path("summary"))).startsWith(large + " large cultural gaps of " + body.path("gaps").size());
        assertThat(lines(body, SummaryKind.CONDITION)).containsExactly("First adaptation: " + body.path("adaptations").get(0).path("title").asText()
                + (body.path("adaptations").get(0).path("title").asText().endsWith(".") ? "" : "."));
    }

    @Test
    void a_trust_building_plan_names_its_first_phase_and_the_blind_spots() {
        JsonNode body = ok(client.post("/api/v1/trust-building-plans",
                "{\"startDate\": \"2027-01-04\", \"profile\": {\"competence\": \"HIGH\", \"benevolence\": \"HIGH\"}}"), 200);

        assertThat(SummaryChecks.decision(body.path("summary"))).startsWith("A plan in " + body.path("phases").size() + " phases, starting with");
        assertThat(lines(body, SummaryKind.UNKNOWN)).containsExactly("Not established, so treated as blind spots to close: integrity and predictability.");
    }

    @Test
    void a_checklist_opens_with_how_many_checks_are_open_and_the_critical_ones() {
        JsonNode body = ok(client.post("/api/v1/checklists", """
                {"partnerCountry": "NG", "ourCountry": "GB", "purpose": "SUPPLY"}"""), 201);

        int total = body.path("progress").path("total").asInt();
        assertThat(SummaryChecks.decision(body.path("summary"))).isEqualTo(total + " of " + total + " checks are still open.");
        assertThat(lines(body, SummaryKind.UNKNOWN)).containsExactly(
                "Until the " + total + " open checks are done, what they would find is unknown: neither good nor bad news.");
    }

    @Test
    void a_diagnosis_not_yet_determined_says_so_and_names_the_question_still_to_answer() {
        JsonNode body = ok(client.post("/api/v1/diagnoses/one-shot", "{\"accused\": \"PARTNER\"}"), 200);

        assertThat(body.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(SummaryChecks.decision(body.path("summary"))).startsWith("Not diagnosed yet: ");
        assertThat(lines(body, SummaryKind.UNKNOWN)).singleElement().asString().startsWith("Still to answer: ");
    }

    @Test
    void a_health_without_a_survey_says_trust_is_not_established_and_names_every_element_unmeasured() {
        Reply created = client.post("/api/v1/alliances", """
                {"partner": {"name": "Halvorsen Marine Systems AS", "country": "NO"}, "purpose": "JOINT_RND", "countries": ["NO"], "status": "ACTIVE"}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        JsonNode body = ok(client.post("/api/v1/alliances/" + id + "/health-checks",
                "{\"date\": \"2026-06-01\", \"indicators\": {\"communicationQuality\": 3, \"taskChallenge\": 3}}"), 201);

        assertThat(SummaryChecks.decision(body.path("summary"))).isEqualTo("Trust in the alliance with Halvorsen Marine Systems AS is not established yet.");
        assertThat(lines(body, SummaryKind.UNKNOWN)).containsExactly("Not measured yet: competence, integrity, benevolence and predictability.");
    }
}
