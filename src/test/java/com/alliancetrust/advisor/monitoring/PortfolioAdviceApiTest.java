package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.ServerOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's advice about the portfolio as a whole, through a real port: the company's
 * dedicated alliance function as a setting (yes, no, not known; not known is to find out, neither
 * praised nor faulted), kept in the database, and the base rate of failure stated once as a range.
 */
class PortfolioAdviceApiTest {
    private static final String ORGANISATION = "/api/v1/organisation";
    private static final String PORTFOLIO = "/api/v1/portfolio";
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    Database database;
    Javalin app;
    ApiClient client;

    @BeforeEach
    void start() {
        database = TestDatabases.sqlite();
        app = serve(database);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    private static Javalin serve(Database database) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return new HttpApi(TestAdvisor::get, database, ServerOptions.OPEN, clock).create().start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    @Test
    void not_known_until_recorded_and_then_the_advice_follows_the_setting() {
        assertThat(client.get(ORGANISATION).body().path("allianceFunction").asText()).isEqualTo("NOT_KNOWN");
        assertThat(ids(advice())).as("an empty portfolio, the function not known").containsExactly("alliance-function-find-out");

        client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Harbour Logistics\"}, \"purpose\": \"SUPPLY\", \"status\": \"ACTIVE\"}");
        assertThat(ids(advice())).as("with an alliance, the base rate once").containsExactlyInAnyOrder("alliance-function-find-out",
                "alliance-failure-base-rate");

        Reply set = put("{\"allianceFunction\": \"NO\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().path("allianceFunction").asText()).isEqualTo("NO");
        assertThat(set.body().path("updatedAt").asText()).isNotBlank();
        JsonNode advice = advice();
        assertThat(ids(advice)).containsExactlyInAnyOrder("alliance-function-consider", "alliance-failure-base-rate");
        JsonNode consider = item(advice, "alliance-function-consider");
        assertThat(consider.path("text").asText()).doesNotContain("NO").contains("dedicated alliance function");
        assertThat(consider.path("explanation").path("why").asText()).contains("63%").contains("50%").contains("Low confidence");
        assertThat(consider.path("confidence").asText()).isEqualTo("LOW");
        assertThat(consider.path("priority").asText()).isNotEqualTo("CRITICAL");
        assertThat(sources(consider)).containsExactly("kale-dyer-singh-2002");
        JsonNode baseRate = item(advice, "alliance-failure-base-rate");
        assertThat(baseRate.path("text").asText()).contains("30 to 70%");
        assertThat(sources(baseRate)).containsExactly("kale-singh-2009");
        assertThat(client.get(PORTFOLIO).body().path("advice").path("organisation").path("allianceFunction").asText()).isEqualTo("NO");

        put("{\"allianceFunction\": \"YES\"}");
        assertThat(ids(advice())).containsExactlyInAnyOrder("alliance-function-in-place", "alliance-failure-base-rate");

        put("{\"allianceFunction\": \"NOT_KNOWN\"}");
        assertThat(client.get(ORGANISATION).body().path("allianceFunction").asText()).isEqualTo("NOT_KNOWN");
        assertThat(ids(advice())).containsExactlyInAnyOrder("alliance-function-find-out", "alliance-failure-base-rate");
    }

    @Test
    void the_setting_survives_a_restart() {
        put("{\"allianceFunction\": \"YES\"}");
        app.stop();
        app = serve(database);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        assertThat(client.get(ORGANISATION).body().path("allianceFunction").asText()).isEqualTo("YES");
        assertThat(ids(advice())).contains("alliance-function-in-place");
    }

    @Test
    void a_bad_setting_is_refused_naming_the_field_and_nothing_changes() {
        put("{\"allianceFunction\": \"YES\"}");
        for (String body : List.of("{\"allianceFunction\": \"MAYBE\"}", "{}", "{\"allianceFunction\": null}", "{\"allianceFunction\": 3}")) {
            Reply reply = put(body);
            assertThat(reply.status()).as("%s: %s", body, reply.body()).isEqualTo(400);
            assertThat(reply.body().path("field").asText()).as("%s", body).isEqualTo("allianceFunction");
        }
        assertThat(client.get(ORGANISATION).body().path("allianceFunction").asText()).isEqualTo("YES");
    }

    private JsonNode advice() {
        Reply reply = client.get(PORTFOLIO);
        assertThat(reply.status()).as("portfolio %s", reply.body()).isEqualTo(200);
        return reply.body().path("advice").path("items");
    }

    private Reply put(String body) {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + ORGANISATION))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private static JsonNode item(JsonNode items, String id) {
        for (JsonNode i : items) if (i.path("id").asText().equals(id)) return i;
        throw new AssertionError("no advice " + id + " in " + items);
    }

    private static List<String> sources(JsonNode item) {
        List<String> ids = new ArrayList<>();
        item.path("explanation").path("sources").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }
}
