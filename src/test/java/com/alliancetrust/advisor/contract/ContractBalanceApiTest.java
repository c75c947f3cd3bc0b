package com.alliancetrust.advisor.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.explain.Reasoned;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract balance through a real port: on its own, as part of a partner assessment, and every class of bad input. */
class ContractBalanceApiTest {
    private static final String BALANCE = "/api/v1/contract-balance";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A control-heavy draft sent to a relationship-based partner who objected. */
    private static final String HEAVY = """
            {"contract": {"controlProvisions": ["MONITORING_AUDIT", "PENALTIES", "UNILATERAL_TERMINATION"],
                          "coordinationProvisions": ["ROLES"], "reviewClause": false, "reciprocalRemedies": false, "pages": 60},
             "relationship": {"stage": "CALCULUS", "priorAlliances": 0, "trust": "MODERATE"},
             "alliance": {"purpose": "JOINT_RND", "ageMonths": 0, "ipSensitivity": "HIGH"},
             "innovation": {"outputTrend": "STABLE", "taskChallenge": 3},
             "partner": {"relationshipBased": true, "reactionToDraft": "OBJECTED"}}
            """;
    /** The contract section a partner assessment can carry: the same draft, without what the assessment knows itself. */
    private static final String TERMS = """
            {"controlProvisions": ["MONITORING_AUDIT", "PENALTIES", "UNILATERAL_TERMINATION"], "coordinationProvisions": ["ROLES"],
             "reviewClause": false, "ipProtocol": false, "pages": 60, "reactionToDraft": "OBJECTED", "partnerRelationshipBased": true}
            """;

    static Database database;
    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        database = TestDatabases.sqlite();
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    @Test
    void a_described_contract_is_placed_and_advised_each_conclusion_with_its_explanation() {
        Reply reply = client.post(BALANCE, HEAVY);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.path("position").asText()).isEqualTo("CONTROL_HEAVY");
        assertThat(body.path("controlProvisions").asInt()).isEqualTo(3);
        assertThat(body.path("coordinationProvisions").asInt()).isEqualTo(1);
        assertThat(body.path("version").asText()).isEqualTo(TestAdvisor.get().version());
        assertThat(body.path("explanation").path("facts").findValuesAsText("field")).contains("contract.controlCount", "contract.coordinationCount");
        assertThat(body.path("explanation").path("sources").findValuesAsText("id")).contains("malhotra-lumineau-2011");
        assertThat(ids(body.path("recommendations"))).contains("contract-position-control-heavy", "rebalance-toward-coordination",
                "explain-safeguards", "frame-contract-as-shared-reference", "answer-partner-concerns", "make-remedies-reciprocal",
                "add-review-clause", "keep-contract-with-trust").doesNotContain("add-matching-safeguards", "reintroduce-task-conflict");
        for (JsonNode r : body.path("recommendations")) {
            assertThat(r.path("text").asText()).as(r.path("id").asText()).isNotBlank();
            assertThat(r.path("explanation").path("rule").path("file").asText()).isEqualTo("rules/contract/balance.drl");
            assertThat(r.path("explanation").path("sources").size()).as(r.path("id").asText()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"contract\": | (body)",
            "an array body | [] | (body)",
            "a JSON null body | null | (body)",
            "a string for a list | {\"contract\":{\"controlProvisions\":\"PENALTIES\"}} | contract.controlProvisions",
            "a string for a number | {\"contract\":{\"pages\":\"forty\"}} | contract.pages",
            "a fraction for a whole number | {\"contract\":{\"pages\":12.5}} | contract.pages",
            "a string for a boolean | {\"contract\":{\"reviewClause\":\"yes\"}} | contract.reviewClause",
            "an array for an object | {\"relationship\":[]} | relationship",
            "a number for an enum | {\"relationship\":{\"stage\":2}} | relationship.stage",
            "zero pages | {\"contract\":{\"pages\":0}} | contract.pages",
            "a challenge score above 5 | {\"innovation\":{\"taskChallenge\":9}} | innovation.taskChallenge",
            "negative prior alliances | {\"relationship\":{\"priorAlliances\":-1}} | relationship.priorAlliances",
            "an alliance older than a century | {\"alliance\":{\"ageMonths\":5000}} | alliance.ageMonths",
            "a duration of 500 years | {\"alliance\":{\"expectedDurationYears\":500}} | alliance.expectedDurationYears",
            "an unknown control provision | {\"contract\":{\"controlProvisions\":[\"HANDSHAKE\"]}} | contract.controlProvisions[0]",
            "a null coordination provision | {\"contract\":{\"coordinationProvisions\":[\"ROLES\",null]}} | contract.coordinationProvisions[1]",
            "an unknown stage | {\"relationship\":{\"stage\":\"FRIENDS\"}} | relationship.stage",
            "an unknown trust level | {\"relationship\":{\"trust\":\"SKY_HIGH\"}} | relationship.trust",
            "an unknown reaction | {\"partner\":{\"reactionToDraft\":\"THRILLED\"}} | partner.reactionToDraft",
            "an unknown purpose | {\"alliance\":{\"purpose\":\"MERGER\"}} | alliance.purpose",
            "an unknown trend | {\"innovation\":{\"outputTrend\":\"SIDEWAYS\"}} | innovation.outputTrend",
            "an unknown field | {\"contract\":{\"handshake\":true}} | contract.handshake",
    })
    void bad_input_gets_400_naming_the_field(String what, String body, String field) {
        Reply reply = client.post(BALANCE, body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
        String message = reply.body().path("message").asText();
        assertThat(message).as(what).isNotBlank().doesNotContain("Exception", "at com.");
        if (!field.startsWith("(")) assertThat(message).as(what).startsWith(field);
    }

    @Test
    void an_unknown_enum_value_is_refused_with_the_values_allowed() {
        Reply reply = client.post(BALANCE, "{\"contract\":{\"coordinationProvisions\":[\"ROLES\",\"GOOD_VIBES\"]}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("contract.coordinationProvisions[1]");
        assertThat(reply.body().path("message").asText()).contains("GOOD_VIBES", "JOINT_COMMITTEE", "ESCALATION_LADDER");
    }

    @Test
    void an_empty_body_and_a_wrong_content_type_are_refused() {
        assertThat(client.post(BALANCE, "").status()).isEqualTo(400);
        assertThat(client.post(BALANCE, HEAVY, "text/plain").status()).isEqualTo(415);
    }

    @Test
    void a_partner_assessment_with_a_contract_section_judges_the_contract_against_its_own_stage_and_trust() {
        ObjectNode request = assessment();
        request.set("contract", read(TERMS));
        Reply reply = client.post(HttpApiTest.ASSESS, request.toString());

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        JsonNode body = reply.body();
        JsonNode balance = Reasoned.resolve(body).path("contractBalance");
        assertThat(balance.path("position").asText()).isEqualTo("CONTROL_HEAVY");
        assertThat(balance.has("version")).as("the assessment carries the version once").isFalse();
        assertThat(ids(balance.path("recommendations"))).contains("rebalance-toward-coordination", "frame-contract-as-shared-reference",
                "answer-partner-concerns", "ip-sharing-protocol", "keep-contract-with-trust");

        // The stage, trust, purpose and IP sensitivity are the assessment's own.
        List<String> facts = new ArrayList<>();
        for (JsonNode r : balance.path("recommendations")) {
            r.path("explanation").path("facts").forEach(f -> facts.add(f.path("field").asText() + "=" + f.path("value").asText()));
        }
        balance.path("explanation").path("facts").forEach(f -> facts.add(f.path("field").asText() + "=" + f.path("value").asText()));
        assertThat(facts).contains("alliance.ipSensitivity=HIGH", "partner.relationshipBased=YES", "partner.reactionToDraft=OBJECTED");
        assertThat(body.path("stage").path("stage").asText()).isEqualTo("CALCULUS");
        assertThat(body.path("overall").path("level").asText()).isEqualTo("LOW");

        // The assessment says integrity is LOW (hidden ownership), so its trust is LOW: the same terms with no controls are under-protected.
        ObjectNode bare = assessment();
        bare.set("contract", read("{\"controlProvisions\": [], \"coordinationProvisions\": [\"ROLES\", \"DECISION_RIGHTS\", \"JOINT_COMMITTEE\"]}"));
        JsonNode bareBalance = Reasoned.resolve(client.post(HttpApiTest.ASSESS, bare.toString()).body()).path("contractBalance");
        assertThat(bareBalance.path("position").asText()).isEqualTo("UNDER_PROTECTED");
        List<String> placedOn = new ArrayList<>();
        bareBalance.path("explanation").path("facts").forEach(f -> placedOn.add(f.path("field").asText() + "=" + f.path("value").asText()));
        assertThat(placedOn).contains("contract.controlCount=0").containsAnyOf("relationship.stage=CALCULUS", "relationship.trust=LOW");
        assertThat(ids(bareBalance.path("recommendations"))).contains("add-matching-safeguards");
    }

    @Test
    void without_a_contract_section_the_assessment_is_exactly_what_it_was() {
        ObjectNode without = assessment();
        ObjectNode with = assessment();
        with.set("contract", read(TERMS));

        JsonNode plain = client.post(HttpApiTest.ASSESS, without.toString()).body();
        JsonNode withContract = client.post(HttpApiTest.ASSESS, with.toString()).body();

        assertThat(plain.has("contractBalance")).isFalse();
        // Read back from each answer's reasoning graph: the ids differ as the graphs do, what they stand for does not.
        ObjectNode stripped = (ObjectNode) Reasoned.resolve(withContract);
        stripped.remove("contractBalance");
        assertThat(stripped).as("everything but the contract section is unchanged").isEqualTo(Reasoned.resolve(plain));
    }

    @Test
    void a_stored_assessment_keeps_its_contract_section_and_a_rerun_reports_no_change() {
        String allianceId = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto Precision\"}, \"purpose\": \"JOINT_RND\"}")
                .body().path("id").asText();
        ObjectNode request = assessment();
        request.put("allianceId", allianceId);
        request.set("contract", read(TERMS));
        Reply stored = client.post(HttpApiTest.ASSESS, request.toString());
        assertThat(stored.status()).isEqualTo(201);
        String id = stored.body().path("assessmentId").asText();

        JsonNode read = client.get("/api/v1/assessments/" + id).body();
        assertThat(read.path("output").path("contractBalance").path("position").asText()).isEqualTo("CONTROL_HEAVY");
        assertThat(read.path("input").path("contract").path("pages").asInt()).isEqualTo(60);
        JsonNode rerun = client.post("/api/v1/assessments/" + id + "/rerun", "").body();
        assertThat(rerun.path("changes").size()).as(rerun.toString()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero pages | {\"pages\": 0} | contract.pages",
            "an unknown control provision | {\"controlProvisions\": [\"HANDSHAKE\"]} | contract.controlProvisions[0]",
            "an unknown reaction | {\"reactionToDraft\": \"THRILLED\"} | contract.reactionToDraft",
            "a string for a boolean | {\"partnerRelationshipBased\": \"very\"} | contract.partnerRelationshipBased",
            "a field of the stand-alone request | {\"relationship\": {\"stage\": \"KNOWLEDGE\"}} | contract.relationship",
    })
    void a_bad_contract_section_in_an_assessment_gets_400_naming_the_field(String what, String section, String field) {
        ObjectNode request = assessment();
        request.set("contract", read(section));
        Reply reply = client.post(HttpApiTest.ASSESS, request.toString());

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
    }

    private static ObjectNode assessment() {
        return (ObjectNode) read(HttpApiTest.VALID);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode recommendations) {
        List<String> ids = new ArrayList<>();
        recommendations.forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
