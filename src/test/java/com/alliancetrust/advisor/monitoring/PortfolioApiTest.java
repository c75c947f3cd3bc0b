package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.ServerOptions;
import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portfolio through a real port: a page at a time with the case-file listing's conventions,
 * those not evaluated first and then those needing the most attention, archived alliances aside,
 * and each alliance's health current as soon as a health check or a change to the alliance is
 * answered.
 */
class PortfolioApiTest {
    private static final String ALLIANCES = "/api/v1/alliances";
    private static final String PORTFOLIO = "/api/v1/portfolio";
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    static Database database;
    static Javalin app;
    static ApiClient client;
    static Map<String, Boolean> items = new LinkedHashMap<>();
    /** Partner name to alliance id. */
    static Map<String, String> alliances = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        database = TestDatabases.sqlite();
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        app = new HttpApi(TestAdvisor::get, database, ServerOptions.OPEN, clock).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
        client.get("/api/v1/knowledge/trust-survey").body().forEach(i -> items.put(i.path("id").asText(), i.path("reverse").asBoolean()));

        for (String partner : List.of("Never Checked A", "Never Checked B", "Steady Co", "Sound Ltd", "Fine AG", "Low Trust Inc", "Poisoned SA", "Archived Oy")) {
            alliances.put(partner, created(client.post(ALLIANCES, "{\"partner\": {\"name\": \"" + partner + "\"}, \"purpose\": \"SUPPLY\"}")).path("id").asText());
        }
        for (String partner : List.of("Steady Co", "Sound Ltd", "Fine AG", "Poisoned SA", "Archived Oy")) record(partner, 4);
        record("Low Trust Inc", 1);
        created(client.post(ALLIANCES + "/" + alliances.get("Archived Oy") + "/archive", ""));
        poison(alliances.get("Poisoned SA"));
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    @Test
    void the_portfolio_comes_a_page_at_a_time_in_one_order_without_the_archived() {
        JsonNode whole = get(PORTFOLIO + "?size=100");
        List<String> order = ids(whole);

        assertThat(whole.path("asOf").asText()).isEqualTo(TODAY.toString());
        assertThat(whole.path("pending").asLong()).isZero();
        assertThat(whole.path("alliances").path("total").asLong()).isEqualTo(7);
        assertThat(order).hasSize(7).doesNotContain(alliances.get("Archived Oy"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode reply = get(PORTFOLIO + "?page=" + page + "&size=3");
            assertThat(reply.path("alliances").path("page").asInt()).isEqualTo(page);
            assertThat(reply.path("alliances").path("size").asInt()).isEqualTo(3);
            assertThat(reply.path("alliances").path("total").asLong()).isEqualTo(7);
            paged.addAll(ids(reply));
        }
        assertThat(paged).as("the pages one after the other").isEqualTo(order);
        assertThat(ids(get(PORTFOLIO + "?page=4&size=3"))).as("past the last page").isEmpty();
        JsonNode defaults = get(PORTFOLIO).path("alliances");
        assertThat(defaults.path("page").asInt()).isEqualTo(1);
        assertThat(defaults.path("size").asInt()).isEqualTo(20);
    }

    @Test
    void those_not_evaluated_come_first_then_those_needing_the_most_attention() {
        List<JsonNode> rows = rows(get(PORTFOLIO + "?size=100"));

        assertThat(rows.get(0).path("allianceId").asText()).isEqualTo(alliances.get("Poisoned SA"));
        assertThat(rows.get(0).path("health").asText()).isEqualTo("NOT_EVALUATED");
        assertThat(rows.get(0).path("notEvaluated").asText()).contains("could not be evaluated", "firings");
        assertThat(rows.get(1).path("allianceId").asText()).isEqualTo(alliances.get("Low Trust Inc"));
        assertThat(rows.get(1).path("health").asText()).isEqualTo("LOW");
        for (int i = 2; i < rows.size(); i++) {
            assertThat(rows.get(i).path("attention").asInt()).as("attention of row %d", i).isLessThanOrEqualTo(rows.get(i - 1).path("attention").asInt());
            assertThat(rows.get(i).has("notEvaluated")).isFalse();
        }
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.path("asOf").asText()).isEqualTo(TODAY.toString());
            assertThat(row.path("pending").asBoolean()).isFalse();
        });
    }

    @Test
    void a_health_check_and_a_change_to_the_alliance_show_at_once() {
        String id = created(client.post(ALLIANCES, "{\"partner\": {\"name\": \"Fresh Start\"}, \"purpose\": \"LICENSING\"}")).path("id").asText();
        JsonNode fresh = row(get(PORTFOLIO + "?size=100"), id);
        assertThat(fresh.path("trend").asText()).isEqualTo("NO_CHECKS");
        assertThat(fresh.path("overdue").asBoolean()).as("a prospect never checked has no check due").isFalse();

        created(client.post(ALLIANCES + "/" + id + "/health-checks", check(TODAY.minusDays(1), 1)));
        JsonNode checked = get(PORTFOLIO + "?size=100");
        assertThat(checked.path("pending").asLong()).isZero();
        assertThat(row(checked, id).path("health").asText()).isEqualTo("LOW");
        assertThat(row(checked, id).path("lastCheck").asText()).isEqualTo(TODAY.minusDays(1).toString());

        Reply updated = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + ALLIANCES + "/" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"partner\": {\"name\": \"Fresh Start Renamed\"}, \"purpose\": \"LICENSING\","
                        + " \"status\": \"ACTIVE\", \"version\": 1}")).build());
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        JsonNode renamed = get(PORTFOLIO + "?size=100");
        assertThat(row(renamed, id).path("partner").asText()).isEqualTo("Fresh Start Renamed");
        assertThat(row(renamed, id).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(renamed.path("pending").asLong()).isZero();

        created(client.post(ALLIANCES + "/" + id + "/archive", ""));
        assertThat(ids(get(PORTFOLIO + "?size=100"))).doesNotContain(id);
    }

    @Test
    void only_an_alliance_in_force_is_shown_overdue() {
        Map<String, String> byStatus = new LinkedHashMap<>();
        for (String status : List.of("PROSPECT", "ACTIVE", "ENDED")) {
            String id = created(client.post(ALLIANCES, "{\"partner\": {\"name\": \"Lapsed " + status + "\"}, \"purpose\": \"SUPPLY\","
                    + " \"status\": \"" + status + "\"}")).path("id").asText();
            created(client.post(ALLIANCES + "/" + id + "/health-checks", check(TODAY.minusDays(200), 4)));
            byStatus.put(status, id);
        }
        JsonNode portfolio = get(PORTFOLIO + "?size=100");
        assertThat(row(portfolio, byStatus.get("ACTIVE")).path("overdue").asBoolean()).as("active, last checked 200 days ago").isTrue();
        assertThat(row(portfolio, byStatus.get("PROSPECT")).path("overdue").asBoolean()).as("a prospect").isFalse();
        assertThat(row(portfolio, byStatus.get("ENDED")).path("overdue").asBoolean()).as("an ended alliance").isFalse();

        JsonNode prospect = get(ALLIANCES + "/" + byStatus.get("PROSPECT") + "/health");
        assertThat(warningIds(prospect)).contains("first-health-check-once-active").doesNotContain("health-check-overdue");
        assertThat(warningIds(get(ALLIANCES + "/" + byStatus.get("ENDED") + "/health")))
                .doesNotContain("health-check-overdue", "first-health-check-once-active");
        assertThat(warningIds(get(ALLIANCES + "/" + byStatus.get("ACTIVE") + "/health"))).contains("health-check-overdue");

        byStatus.values().forEach(id -> created(client.post(ALLIANCES + "/" + id + "/archive", "")));
        assertThat(warningIds(get(ALLIANCES + "/" + byStatus.get("ACTIVE") + "/health"))).as("once archived")
                .doesNotContain("health-check-overdue");
    }

    @Test
    void at_equal_attention_an_alliance_with_a_check_due_comes_before_one_with_none() {
        String active = created(client.post(ALLIANCES, "{\"partner\": {\"name\": \"Tie Active\"}, \"purpose\": \"SUPPLY\", \"status\": \"ACTIVE\"}")).path("id").asText();
        String ended = created(client.post(ALLIANCES, "{\"partner\": {\"name\": \"Tie Ended\"}, \"purpose\": \"SUPPLY\", \"status\": \"ENDED\"}")).path("id").asText();
        for (String id : List.of(ended, active)) created(client.post(ALLIANCES + "/" + id + "/health-checks", check(TODAY.minusDays(1), 4)));
        List<String> order = ids(get(PORTFOLIO + "?size=100"));
        JsonNode portfolio = get(PORTFOLIO + "?size=100");
        assertThat(row(portfolio, active).path("attention").asInt()).isEqualTo(row(portfolio, ended).path("attention").asInt());
        assertThat(row(portfolio, active).path("nextCheckDue").asText()).isNotEmpty();
        assertThat(row(portfolio, ended).has("nextCheckDue")).isFalse();
        assertThat(order.indexOf(active)).as("the active alliance, with a check due").isLessThan(order.indexOf(ended));
        List.of(active, ended).forEach(id -> created(client.post(ALLIANCES + "/" + id + "/archive", "")));
    }

    private static List<String> warningIds(JsonNode health) {
        List<String> ids = new ArrayList<>();
        health.path("warnings").forEach(w -> ids.add(w.path("id").asText()));
        return ids;
    }

    @Test
    void paging_parameters_out_of_bounds_and_another_day_are_refused_naming_the_parameter() {
        for (String query : List.of("page=0", "size=0", "size=101", "page=x", "asOf=2026-06-30", "asOf=yesterday")) {
            Reply reply = client.get(PORTFOLIO + "?" + query);
            assertThat(reply.status()).as("%s: %s", query, reply.body()).isEqualTo(400);
            assertThat(reply.body().path("field").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(client.get(PORTFOLIO + "?asOf=" + TODAY).status()).as("today").isEqualTo(200);
        assertThat(client.get(PORTFOLIO + "?size=100").status()).isEqualTo(200);
    }

    /** A check of three respondents of ours whose answers make every element's score {@code score}. */
    private static String check(LocalDate date, int score) {
        StringBuilder answers = new StringBuilder();
        items.forEach((item, reverse) -> answers.append(answers.isEmpty() ? "" : ", ").append('"').append(item).append("\": ")
                .append(reverse ? 6 - score : score));
        String respondent = "{\"side\": \"OURS\", \"answers\": {" + answers + "}}";
        return "{\"date\": \"" + date + "\", \"responses\": [" + respondent + ", " + respondent + ", " + respondent + "]}";
    }

    private static void record(String partner, int score) {
        created(client.post(ALLIANCES + "/" + alliances.get(partner) + "/health-checks", check(TODAY.minusDays(20), score)));
    }

    /** A check the rules cannot evaluate, put in the database past the API, then a change to the alliance: its health is evaluated again. */
    private static void poison(String alliance) {
        List<SideScore> scores = new ArrayList<>();
        for (String element : List.of("COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY", "OVERALL")) scores.add(new SideScore("ALL", element, 4.0, 3));
        HealthCheck poison = new HealthCheck(Ids.newId(), alliance, TODAY.minusDays(10).toString(), Ids.now(), scores,
                HealthCheckRequest.Indicators.NONE, Collections.nCopies(10_000, HealthCheckRequest.NotableEvent.MISSED_MILESTONE));
        database.inTransaction(c -> {
            new HealthCheckStore(Json.mapper()).insert(c, poison);
            return null;
        });
        Reply updated = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + ALLIANCES + "/" + alliance))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"partner\": {\"name\": \"Poisoned SA\"}, \"purpose\": \"SUPPLY\", \"owner\": \"ops\","
                        + " \"version\": 1}")).build());
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
    }

    private static JsonNode get(String path) {
        Reply reply = client.get(path);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static List<JsonNode> rows(JsonNode portfolio) {
        List<JsonNode> rows = new ArrayList<>();
        portfolio.path("alliances").path("items").forEach(rows::add);
        return rows;
    }

    private static List<String> ids(JsonNode portfolio) {
        return rows(portfolio).stream().map(r -> r.path("allianceId").asText()).toList();
    }

    private static JsonNode row(JsonNode portfolio, String alliance) {
        return rows(portfolio).stream().filter(r -> r.path("allianceId").asText().equals(alliance)).findFirst()
                .orElseThrow(() -> new AssertionError("alliance " + alliance + " is not in " + portfolio));
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isBetween(200, 201);
        return reply.body();
    }
}
