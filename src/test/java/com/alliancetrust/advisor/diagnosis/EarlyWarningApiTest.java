package com.alliancetrust.advisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
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
 * The early-warning check through a real port: a signal nobody looked at is unknown, never "no";
 * the all-clear needs every signal looked for, and a seen signal still raises erosion.
 */
class EarlyWarningApiTest {
    private static final String WARNING = "/api/v1/early-warning";
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
    }

    @Test
    void one_signal_answered_no_and_four_never_looked_at_is_not_enough_observed() {
        JsonNode r = ok(client.post(WARNING, "{\"withheldInformation\": false}"));
        assertThat(r.path("erosion").asText()).isEqualTo("NOT_ENOUGH_OBSERVED");
        assertThat(r.path("confidence").asText()).isEqualTo("LOW");
        assertThat(r.path("signalsLookedFor").asInt()).isEqualTo(1);
        assertThat(r.path("signalsSeen").asInt()).isZero();
        assertThat(r.path("signalsInAll").asInt()).isEqualTo(5);
        assertThat(r.path("basis").asText()).contains("1 of the 5 warning signs looked for").contains("4 not yet looked at");
        assertThat(texts(r.path("notYetLookedFor"))).containsExactly("Less communication than before", "More conflict than before",
                "Commitments being missed", "Turnover of the partner's contacts");
        assertThat(ids(r)).containsExactly("look-for-signals");
        assertThat(r.path("explanation").path("rule").path("name").asText()).contains("not enough observed");
        assertThat(r.path("explanation").path("facts")).hasSize(1);
        assertThat(r.path("explanation").path("sources")).isNotEmpty();
    }

    @Test
    void all_five_looked_for_and_none_seen_is_no_erosion() {
        JsonNode r = ok(client.post(WARNING, "{\"reducedCommunication\": false, \"moreConflict\": false, \"withheldInformation\": false,"
                + " \"missedCommitments\": false, \"contactTurnover\": false}"));
        assertThat(r.path("erosion").asText()).isEqualTo("NONE");
        assertThat(r.path("confidence").asText()).isEqualTo("LOW_MEDIUM");
        assertThat(r.path("signalsLookedFor").asInt()).isEqualTo(5);
        assertThat(r.path("notYetLookedFor")).isEmpty();
        assertThat(r.path("basis").asText()).isEqualTo("Rests on 5 of the 5 warning signs looked for, none seen.");
        assertThat(ids(r)).isEmpty();
    }

    @Test
    void a_seen_signal_raises_erosion_whatever_is_unknown() {
        JsonNode r = ok(client.post(WARNING, "{\"withheldInformation\": true}"));
        assertThat(r.path("erosion").asText()).isEqualTo("LIKELY");
        assertThat(r.path("signalsSeen").asInt()).isEqualTo(1);
        assertThat(ids(r)).contains("start-diagnosis").doesNotContain("look-for-signals");
    }

    @Test
    void nothing_looked_at_is_not_enough_observed_and_says_what_to_look_for() {
        JsonNode r = ok(client.post(WARNING, "{}"));
        assertThat(r.path("erosion").asText()).isEqualTo("NOT_ENOUGH_OBSERVED");
        assertThat(r.path("signalsLookedFor").asInt()).isZero();
        assertThat(r.path("notYetLookedFor")).hasSize(5);
        assertThat(r.path("basis").asText()).contains("none of the 5 warning signs has been looked at");
        assertThat(ids(r)).containsExactly("look-for-signals");
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> ids(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.path("recommendations").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
