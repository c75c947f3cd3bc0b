package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import com.alliancetrust.advisor.reload.TestHome;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.wiring.Capabilities;
import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored record never makes a later read fail. A health check the monitoring rules cannot
 * evaluate is refused and nothing of it is saved. When a stored series cannot be evaluated all the
 * same (a record that came in some other way, rules changed since), that alliance's health answers
 * with its checks and why the rest is missing, and the portfolio and every other alliance answer as
 * usual. Through a real port; the rules are the project's and one more that never settles on an
 * innovation output of exactly 999.
 */
class UnevaluableHealthTest {
    static final String RUNAWAY = """
            package rules.monitoring

            import com.alliancetrust.advisor.domain.*

            declare Tick
                count : int
            end

            rule "An innovation output of exactly 999 starts a count that never ends"
                @sources("bamford-ernst-2002") @confidence("LOW")
                ruleflow-group "assessment"
            when
                Fact(name == "indicator.innovationOutput", number == 999)
            then
                insert(new Tick(0));
            end

            rule "Every count is counted one further"
                @sources("bamford-ernst-2002") @confidence("LOW")
                ruleflow-group "assessment"
            when
                $t : Tick(count >= 0)
            then
                modify($t) { setCount($t.getCount() + 1) }
            end
            """;
    private static final String ALLIANCES = "/api/v1/alliances";

    @TempDir
    static Path home;
    static Advisor advisor;
    static Database database;
    static Javalin app;
    static ApiClient client;
    static String respondent;

    @BeforeAll
    static void start() {
        TestHome.copyOfProject(home).write("rules/monitoring/runaway.drl", RUNAWAY);
        advisor = Capabilities.load(new ContentLocator(home).load());
        database = TestDatabases.sqlite();
        app = new HttpApi(() -> advisor, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        StringBuilder answers = new StringBuilder();
        client.get("/api/v1/knowledge/trust-survey").body().forEach(item ->
                answers.append(answers.isEmpty() ? "" : ", ").append('"').append(item.path("id").asText()).append("\": 4"));
        respondent = "{\"side\": \"OURS\", \"answers\": {" + answers + "}}";
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    @Test
    void a_check_with_ten_thousand_events_is_refused_and_nothing_of_it_is_saved() {
        String alliance = alliance("Poisson Partners");
        String events = String.join(", ", Collections.nCopies(10_000, "\"MISSED_MILESTONE\""));

        Reply refused = client.post(checks(alliance), check("2026-06-30", "{}", "[" + events + "]"));

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("events");
        nothingRecorded(alliance);
    }

    @Test
    void a_check_the_rules_cannot_evaluate_is_refused_with_the_reason_and_nothing_of_it_is_saved() {
        String alliance = alliance("Runaway Robotics");

        Reply refused = client.post(checks(alliance), check("2026-06-30", "{\"innovationOutput\": 999}", "[]"));

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().path("message").asText()).contains("could not evaluate", "not recorded", "rules/monitoring",
                "reached the bound of " + Advisor.MAX_FIRINGS + " firings", "\"Every count is counted one further\"");
        nothingRecorded(alliance);
        assertThat(client.post(checks(alliance), check("2026-06-30", "{\"innovationOutput\": 40}", "[]")).status())
                .as("another check of the same alliance").isEqualTo(201);
    }

    @Test
    void a_poisoned_record_in_the_database_leaves_its_alliance_readable_and_every_other_read_as_usual() {
        String poisoned = alliance("Poisoned Parts");
        String healthy = alliance("Healthy Holdings");
        for (String alliance : List.of(poisoned, healthy)) {
            assertThat(client.post(checks(alliance), check("2026-03-31", "{}", "[]")).status()).isEqualTo(201);
        }
        List<SideScore> scores = new ArrayList<>();
        for (String element : List.of("COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY", "OVERALL")) {
            scores.add(new SideScore("ALL", element, 4.0, 3));
        }
        HealthCheck poison = new HealthCheck(Ids.newId(), poisoned, "2026-06-30", Ids.now(), scores, HealthCheckRequest.Indicators.NONE,
                Collections.nCopies(10_000, NotableEvent.MISSED_MILESTONE));
        database.inTransaction(c -> {
            new HealthCheckStore(Json.mapper()).insert(c, poison);
            return null;
        });

        Reply health = client.get(ALLIANCES + "/" + poisoned + "/health");
        assertThat(health.status()).as(health.body().toString().substring(0, 300)).isEqualTo(200);
        assertThat(health.body().path("overallLevel").asText()).isEqualTo("NOT_EVALUATED");
        assertThat(health.body().path("notEvaluated").asText()).contains("could not be evaluated",
                "reached the bound of " + Advisor.MAX_FIRINGS + " firings", "checks are shown as recorded");
        assertThat(health.body().path("checks").findValuesAsText("date")).containsExactly("2026-03-31", "2026-06-30");
        assertThat(health.body().path("lastCheck").asText()).isEqualTo("2026-06-30");
        assertThat(health.body().path("warnings")).isEmpty();

        Reply other = client.get(ALLIANCES + "/" + healthy + "/health");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().path("overallLevel").asText()).isEqualTo("MODERATE");
        assertThat(other.body().has("notEvaluated")).isFalse();

        Reply kept = client.get("/api/v1/portfolio");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(row(kept.body(), poisoned).path("pending").asBoolean()).as("the poisoned alliance's kept health is behind").isTrue();
        // What the server does in the background, done here and now.
        new HealthSummaries(() -> advisor, database, Json.mapper(), Clock.systemDefaultZone()).refreshPending();
        Reply portfolio = client.get("/api/v1/portfolio");
        assertThat(portfolio.status()).isEqualTo(200);
        assertThat(portfolio.body().path("pending").asLong()).isZero();
        assertThat(row(portfolio.body(), healthy).path("health").asText()).isEqualTo("MODERATE");
        assertThat(row(portfolio.body(), poisoned).path("health").asText()).isEqualTo("NOT_EVALUATED");
        assertThat(row(portfolio.body(), poisoned).path("notEvaluated").asText()).contains("reached the bound of " + Advisor.MAX_FIRINGS + " firings");
    }

    private static void nothingRecorded(String alliance) {
        assertThat(client.get(ALLIANCES + "/" + alliance + "/health").body().path("checks")).as("checks recorded").isEmpty();
        assertThat(client.get(ALLIANCES + "/" + alliance).body().path("timeline").findValuesAsText("kind"))
                .as("timeline").doesNotContain("HEALTH_CHECK");
        assertThat(client.get("/api/v1/portfolio").status()).isEqualTo(200);
    }

    private static JsonNode row(JsonNode portfolio, String alliance) {
        for (JsonNode row : portfolio.path("alliances").path("items")) if (row.path("allianceId").asText().equals(alliance)) return row;
        throw new AssertionError("alliance " + alliance + " is not in the portfolio " + portfolio);
    }

    private static String alliance(String partner) {
        Reply created = client.post(ALLIANCES, "{\"partner\": {\"name\": \"" + partner + "\"}, \"purpose\": \"JOINT_RND\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private static String checks(String alliance) {
        return ALLIANCES + "/" + alliance + "/health-checks";
    }

    private static String check(String date, String indicators, String events) {
        return "{\"date\": \"" + date + "\", \"responses\": [" + respondent + ", " + respondent + ", " + respondent + "],"
                + " \"indicators\": " + indicators + ", \"events\": " + events + "}";
    }
}
