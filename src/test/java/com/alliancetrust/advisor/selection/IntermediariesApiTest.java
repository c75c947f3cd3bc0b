package com.alliancetrust.advisor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Intermediaries in the partner assessment: agents, consultants or introducers acting in a country of
 * high or medium corruption risk are the firm's own legal exposure (advice and business case), the
 * contract on the table must control them, and a checklist from the assessment checks each of them.
 */
class IntermediariesApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
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

    /** The API's valid assessment, for a partner at home in Nigeria (medium or high corruption risk), with intermediaries as given. */
    static ObjectNode domesticDeal(Boolean intermediaries) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(HttpApiTest.VALID);
        ((ObjectNode) request.with("partner")).put("country", "NG");
        ObjectNode alliance = request.with("alliance");
        alliance.put("ourCountry", "NG");
        if (intermediaries != null) alliance.put("intermediaries", intermediaries);
        request.set("contract", JSON.readTree("{\"controlProvisions\": [\"ANTI_CORRUPTION\", \"AUDIT_RIGHTS\"], \"coordinationProvisions\": []}"));
        return request;
    }

    static JsonNode assess(ObjectNode request) {
        Reply reply = client.post(HttpApiTest.ASSESS, request.toString());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void intermediaries_where_corruption_risk_is_high_or_medium_are_our_legal_exposure_and_the_contract_must_control_them() throws Exception {
        JsonNode through = assess(domesticDeal(true));
        JsonNode without = assess(domesticDeal(false));
        JsonNode unknown = assess(domesticDeal(null));

        assertThat(through.path("recommendations").findValuesAsText("id")).contains("legal-exposure-foreign-bribery");
        assertThat(through.path("contractBalance").path("recommendations").findValuesAsText("id")).contains("control-intermediaries");
        assertThat(through.toString()).contains("Agents, consultants or introducers act for either side");
        for (JsonNode other : new JsonNode[] {without, unknown}) {
            assertThat(other.path("recommendations").findValuesAsText("id")).doesNotContain("legal-exposure-foreign-bribery");
            assertThat(other.path("contractBalance").path("recommendations").findValuesAsText("id")).doesNotContain("control-intermediaries");
        }
    }

    @Test
    void a_checklist_from_an_assessment_through_intermediaries_checks_each_of_them_first() throws Exception {
        String alliance = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Lagos Castings\"}, \"purpose\": \"SUPPLY\"}").body()
                .path("id").asText();
        ObjectNode request = domesticDeal(true);
        request.put("allianceId", alliance);
        Reply stored = client.post(HttpApiTest.ASSESS, request.toString());
        assertThat(stored.status()).isEqualTo(201);
        Reply checklist = client.post("/api/v1/checklists", "{\"assessmentId\": \"" + stored.body().path("assessmentId").asText() + "\"}");

        assertThat(checklist.status()).as(checklist.body().toString()).isEqualTo(201);
        assertThat(checklist.body().path("context").path("intermediaries").asBoolean()).isTrue();
        JsonNode agents = null;
        for (JsonNode item : checklist.body().path("items")) if (item.path("id").asText().equals("ic-third-party-agents")) agents = item;
        assertThat(agents).isNotNull();
        assertThat(agents.path("priority").asText()).isEqualTo("CRITICAL");
        assertThat(agents.path("reasons").toString()).contains("intermediaries");
    }

    @Test
    void a_value_that_is_not_yes_or_no_is_refused_naming_the_field() throws Exception {
        ObjectNode request = domesticDeal(null);
        request.with("alliance").put("intermediaries", "sometimes");
        Reply reply = client.post(HttpApiTest.ASSESS, request.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("alliance.intermediaries");
    }
}
