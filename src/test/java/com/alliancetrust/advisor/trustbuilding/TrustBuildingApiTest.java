package com.alliancetrust.advisor.trustbuilding;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trust-building plan through a real port: dated phases, steps tailored to what is known about
 * the partner, blind spots named rather than read as strengths, and a plan from a stored
 * assessment that agrees with that assessment's verdict and profile.
 */
class TrustBuildingApiTest {
    private static final String PLANS = "/api/v1/trust-building-plans";
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
    void a_new_partner_with_one_doubt_gets_dated_phases_tailored_to_it() {
        JsonNode plan = ok(client.post(PLANS, """
                {"startDate": "2027-01-04", "stage": "CALCULUS", "largestCultureGap": "LARGE", "ourLeadChangeExpected": true,
                 "profile": {"competence": "HIGH", "integrity": "MODERATE", "benevolence": "HIGH", "predictability": "HIGH"}}
                """));
        assertThat(plan.path("startDate").asText()).isEqualTo("2027-01-04");
        assertThat(each(plan.path("phases"), "id")).containsExactly("FOUNDATION", "DEEPENING", "INTERDEPENDENCE");
        assertThat(each(plan.path("phases"), "due")).containsExactly("2027-04-04", "2028-01-04", "2029-01-03");
        assertThat(stepIds(plan, "FOUNDATION")).contains("tb-launch-workshop", "tb-news-protocol", "tb-small-commitments",
                "tb-verifiable-integrity", "tb-cultural-bridge", "tb-keep-our-lead").doesNotContain("tb-pilot-milestones", "tb-establish-unknown");
        assertThat(stepIds(plan, "INTERDEPENDENCE")).contains("tb-hold-joint-investment", "tb-review-clause").doesNotContain("tb-joint-investment");
        assertThat(plan.path("notEstablished")).isEmpty();
        for (JsonNode phase : plan.path("phases")) {
            assertThat(phase.path("name").asText()).isNotBlank();
            assertThat(phase.path("timing").asText()).isNotBlank();
            for (JsonNode step : phase.path("steps")) {
                assertThat(step.path("category").asText()).isEqualTo(phase.path("id").asText());
                assertThat(step.path("explanation").path("sources")).as(step.path("id").asText()).isNotEmpty();
                assertThat(step.path("explanation").path("rule").path("name").asText()).isNotBlank();
                assertThat(step.path("title").asText()).doesNotContain("{subject}");
            }
        }
        assertThat(plan.findValuesAsText("id").stream().filter(id -> id.startsWith("tb-")).toList()).doesNotHaveDuplicates();
    }

    @Test
    void elements_nobody_established_are_named_as_blind_spots_and_hold_back_joint_investment() {
        JsonNode plan = ok(client.post(PLANS, "{\"startDate\": \"2027-01-04\", \"profile\": {\"competence\": \"HIGH\", \"benevolence\": \"HIGH\"}}"));
        assertThat(texts(plan.path("notEstablished"))).containsExactly("integrity", "predictability");
        List<String> titles = each(plan.path("phases").get(0).path("steps"), "title");
        assertThat(titles).contains("Establish what is still unknown about the partner's integrity before deepening",
                "Establish what is still unknown about the partner's predictability before deepening");
        assertThat(stepIds(plan, "INTERDEPENDENCE")).contains("tb-hold-joint-investment").doesNotContain("tb-joint-investment");
        assertThat(stepIds(plan, "FOUNDATION")).as("an unknown element is no doubt to act against").doesNotContain("tb-verifiable-integrity");
    }

    @Test
    void a_plan_from_a_stored_assessment_agrees_with_its_verdict_and_profile() {
        String allianceId = client.post("/api/v1/alliances", """
                {"partner": {"name": "Kanto Precision", "country": "JP", "industry": "robotics"}, "purpose": "JOINT_RND",
                 "countries": ["JP", "DE"], "status": "NEGOTIATING", "owner": "hr.lead@example.com", "description": "Robot arms"}
                """).body().path("id").asText();
        JsonNode assessment = client.post("/api/v1/partner-assessments", """
                {"allianceId": "%s", "partner": {"name": "Kanto Precision", "country": "JP", "industry": "robotics"},
                 "alliance": {"purpose": "JOINT_RND", "virtual": true, "ourCountry": "DE"},
                 "evidence": {"integrity": {"litigationRecord": "NONE"}, "competence": {"pilotDelivery": "MET"}}}
                """.formatted(allianceId)).body();
        assertThat(assessment.path("assessmentId").asText()).as("stored").isNotBlank();
        JsonNode plan = ok(client.post(PLANS, "{\"assessmentId\": \"" + assessment.path("assessmentId").asText() + "\", \"startDate\": \"2027-01-04\"}"));

        assertThat(plan.path("basis").asText()).contains("Kanto Precision");
        boolean goesAhead = Verdict.valueOf(assessment.path("verdict").path("value").asText()).letsTheDealGoAhead();
        assertThat(stepIds(plan, "FOUNDATION").contains("tb-decide-first")).as("waits for the decision").isEqualTo(!goesAhead);
        List<String> unknown = new ArrayList<>();
        assessment.path("profile").forEach(e -> {
            if (e.path("level").asText().equals("UNKNOWN")) unknown.add(e.path("element").asText().toLowerCase());
        });
        assertThat(texts(plan.path("notEstablished"))).containsExactlyElementsOf(unknown);
        assertThat(stepIds(plan, "FOUNDATION")).as("the assessment's alliance works remotely").contains("tb-meet-in-person");
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        assertRefused(client.post(PLANS, "{\"startDate\": \"4 January\"}"), "startDate");
        assertRefused(client.post(PLANS, "{\"assessmentId\": \"no-such-assessment\"}"), "assessmentId");
        assertRefused(client.post(PLANS, "{\"stage\": \"ENGAGED\"}"), "stage");
    }

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> stepIds(JsonNode plan, String phase) {
        for (JsonNode p : plan.path("phases")) {
            if (p.path("id").asText().equals(phase)) return each(p.path("steps"), "id");
        }
        return List.of();
    }

    /** The field of each element of an array, not of anything nested in it. */
    private static List<String> each(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
