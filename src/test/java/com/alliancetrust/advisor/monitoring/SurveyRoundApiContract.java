package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.ServerOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Survey rounds through the HTTP API, on a server that needs the access token: the HR executive opens
 * a round and closes it with the token; respondents answer through their link without it. Every state
 * of a link, bad input, the anonymity rule at closing, what is stored (inspected in the tables) and a
 * restart. Subclasses run the same suite on each supported database.
 */
abstract class SurveyRoundApiContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "survey-test-access-token";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String NOT_OPEN = SurveyRounds.LINK_NOT_OPEN;

    Database database;
    Javalin app;
    String base;
    final SettableClock clock = new SettableClock(TODAY);
    private final HttpClient http = HttpClient.newHttpClient();
    List<String> items;

    abstract Database newDatabase();

    abstract Database reopen();

    @BeforeEach
    void start() {
        database = newDatabase();
        startServer();
        items = new ArrayList<>();
        get("/api/v1/knowledge/trust-survey", true).body.forEach(i -> items.add(i.path("id").asText()));
    }

    void startServer() {
        app = new HttpApi(TestAdvisor::get, database, ServerOptions.OPEN.withAccessToken(TOKEN), clock).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    record Reply(int status, JsonNode body, String text) {
    }

    Reply send(String method, String path, String body, boolean withToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null || method.equals("POST")) b.header("Content-Type", "application/json");
        if (withToken) b.header("Authorization", "Bearer " + TOKEN);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = r.body().isEmpty() ? null : JSON.readTree(r.body());
            } catch (IOException notJson) {
                // a CSV document
            }
            return new Reply(r.statusCode(), json, r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path, boolean withToken) {
        return send("GET", path, null, withToken);
    }

    Reply post(String path, String body) {
        return send("POST", path, body, true);
    }

    /** A respondent's call: no access token. */
    Reply respond(String path, String body) {
        return send("POST", path, body, false);
    }

    String alliance(String partner) {
        Reply r = post("/api/v1/alliances", """
                {"partner": {"name": "%s", "country": "DE"}, "purpose": "DISTRIBUTION", "status": "ACTIVE", "owner": "hr@example.com",
                 "description": "Survey rounds"}""".formatted(partner));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().path("id").asText();
    }

    String rounds(String alliance) {
        return "/api/v1/alliances/" + alliance + "/survey-rounds";
    }

    JsonNode open(String alliance) {
        Reply r = send("POST", rounds(alliance), null, true);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    static String link(JsonNode round, String side) {
        for (JsonNode l : round.path("links")) if (l.path("side").asText().equals(side)) return l.path("token").asText();
        throw new AssertionError("no link for " + side + " in " + round);
    }

    /** Answers every item with {@code plain} (positively worded) or {@code reverse} (reverse-worded), leaving out {@code skip}. */
    String answers(String token, int plain, int reverse, Set<String> skip) throws IOException {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (JsonNode item : get("/api/v1/knowledge/trust-survey", true).body()) {
            String id = item.path("id").asText();
            if (!skip.contains(id)) answers.put(id, item.path("reverse").asBoolean() ? reverse : plain);
        }
        return JSON.writeValueAsString(Map.of("token", token, "answers", answers));
    }

    Reply answer(String token, int plain, int reverse) throws IOException {
        return respond("/api/v1/respond/answers", answers(token, plain, reverse, Set.of()));
    }

    @Test
    void opening_a_round_gives_one_unguessable_link_per_side_shown_once_and_counts_only() {
        String alliance = alliance("Rhein Logistik");
        JsonNode round = open(alliance);
        assertThat(round.path("status").asText()).isEqualTo("OPEN");
        assertThat(round.path("closesOn").asText()).isEqualTo(TODAY.plusDays(14).toString());
        assertThat(round.path("needed").asInt()).isEqualTo(3);
        String ours = link(round, "OURS");
        String partner = link(round, "PARTNER");
        assertThat(ours).hasSize(43).isNotEqualTo(partner); // 256 bits, URL-safe Base64
        assertThat(round.path("links").get(0).path("path").asText()).startsWith("/respond.html#");

        Reply listed = get(rounds(alliance), true);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0).path("links")).isEmpty();
        assertThat(listed.text()).doesNotContain(ours).doesNotContain(partner);
        Reply one = get(rounds(alliance) + "/" + round.path("id").asText(), true);
        assertThat(one.body().path("respondents").path("OURS").asInt()).isZero();
        assertThat(one.text()).doesNotContain(ours);
        // The tokens are stored only as hashes.
        List<String> stored = database.read(c -> {
            List<String> hashes = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT token_hash FROM survey_round_sides")) {
                while (r.next()) hashes.add(r.getString(1));
            }
            return hashes;
        });
        assertThat(stored).containsExactlyInAnyOrder(SurveyRounds.hash(ours), SurveyRounds.hash(partner)).doesNotContain(ours, partner);

        // The rounds need the access token; a second open round is refused.
        assertThat(get(rounds(alliance), false).status()).isEqualTo(401);
        assertThat(send("POST", rounds(alliance), null, false).status()).isEqualTo(401);
        Reply second = send("POST", rounds(alliance), null, true);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("message").asText()).contains("already open");
    }

    @Test
    void respondents_answer_without_the_access_token_and_closing_records_the_same_check_as_the_health_check_endpoint() throws IOException {
        String alliance = alliance("Rhein Logistik");
        JsonNode round = open(alliance);
        String roundPath = rounds(alliance) + "/" + round.path("id").asText();
        Reply form = respond("/api/v1/respond/form", "{\"token\": \"" + link(round, "PARTNER") + "\"}");
        assertThat(form.status()).as(form.text()).isEqualTo(200);
        assertThat(form.body().path("statements")).hasSize(items.size());
        assertThat(form.body().path("scale")).hasSize(5);
        assertThat(form.text()).doesNotContain("reverse").doesNotContain("COMPETENCE");

        int[][] ours = {{4, 2}, {5, 1}, {3, 3}};
        int[][] partner = {{2, 4}, {4, 2}, {1, 5}};
        for (int[] a : ours) assertThat(answer(link(round, "OURS"), a[0], a[1]).status()).isEqualTo(200);
        for (int[] a : partner) {
            Reply r = answer(link(round, "PARTNER"), a[0], a[1]);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.body().path("message").asText()).contains("anonymous");
        }
        JsonNode status = get(roundPath, true).body();
        assertThat(status.path("respondents").path("OURS").asInt()).isEqualTo(3);
        assertThat(status.path("respondents").path("PARTNER").asInt()).isEqualTo(3);
        assertThat(status.path("total").asInt()).isEqualTo(6);
        assertThat(status.path("needed").asInt()).isZero();
        assertThat(status.path("sidesApart").asBoolean()).isTrue();

        String closing = "{\"date\": \"" + TODAY + "\", \"indicators\": {\"communicationQuality\": 3}, \"events\": [\"SCOPE_CHANGE\"]}";
        assertThat(send("POST", roundPath + "/close", closing, false).status()).isEqualTo(401);
        Reply closed = post(roundPath + "/close", closing);
        assertThat(closed.status()).as(closed.text()).isEqualTo(201);
        JsonNode check = closed.body().path("checks").get(0);
        assertThat(check.path("respondents").path("ALL").asInt()).isEqualTo(6);
        assertThat(check.path("withheld")).isEmpty();
        assertThat(check.path("events").get(0).asText()).isEqualTo("SCOPE_CHANGE");
        assertThat(check.path("indicators").path("communicationQuality").asInt()).isEqualTo(3);
        JsonNode after = get(roundPath, true).body();
        assertThat(after.path("status").asText()).isEqualTo("CLOSED");
        assertThat(after.path("healthCheckId").asText()).isEqualTo(check.path("id").asText());

        // The same answers sent to the health-check endpoint give the same scores.
        String other = alliance("Rhein Logistik twin");
        StringBuilder responses = new StringBuilder();
        for (int[][] side : List.of(ours, partner)) {
            for (int[] a : side) {
                JsonNode one = JSON.readTree(answers("x", a[0], a[1], Set.of())).path("answers");
                if (!responses.isEmpty()) responses.append(',');
                responses.append("{\"side\": \"").append(side == ours ? "OURS" : "PARTNER").append("\", \"answers\": ").append(one).append('}');
            }
        }
        Reply direct = post("/api/v1/alliances/" + other + "/health-checks", "{\"date\": \"" + TODAY + "\", \"indicators\": {\"communicationQuality\": 3},"
                + " \"events\": [\"SCOPE_CHANGE\"], \"responses\": [" + responses + "]}");
        assertThat(direct.status()).as(direct.text()).isEqualTo(201);
        assertThat(check.path("scores")).isEqualTo(direct.body().path("checks").get(0).path("scores"));
        assertThat(closed.body().path("levels")).isEqualTo(direct.body().path("levels"));
        assertThat(storedScores(check.path("id").asText())).isEqualTo(storedScores(direct.body().path("checks").get(0).path("id").asText()));
    }

    private String storedScores(String checkId) {
        return database.read(c -> {
            try (var s = c.prepareStatement("SELECT aggregates_json FROM health_checks WHERE id = ?")) {
                s.setString(1, checkId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    @Test
    void closing_with_too_few_answers_is_refused_saying_how_many_more_and_records_nothing() throws IOException {
        String alliance = alliance("Rhein Logistik");
        JsonNode round = open(alliance);
        String roundPath = rounds(alliance) + "/" + round.path("id").asText();
        Reply none = post(roundPath + "/close", "{}");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.body().path("message").asText()).contains("3 more answers are needed");
        answer(link(round, "OURS"), 4, 2);
        answer(link(round, "PARTNER"), 4, 2);
        Reply two = post(roundPath + "/close", "{}");
        assertThat(two.status()).isEqualTo(409);
        assertThat(two.body().path("field").asText()).isEqualTo("responses");
        assertThat(two.body().path("message").asText()).contains("1 more answer is needed").contains("Nothing was recorded");
        assertThat(get("/api/v1/alliances/" + alliance + "/health", true).body().path("checks")).isEmpty();
        assertThat(get(roundPath, true).body().path("status").asText()).isEqualTo("OPEN");

        // A third answer makes it closable; with two on one side and one on the other, only both sides together are kept.
        assertThat(answer(link(round, "OURS"), 4, 2).status()).isEqualTo(200);
        JsonNode status = get(roundPath, true).body();
        assertThat(status.path("needed").asInt()).isZero();
        assertThat(status.path("sidesApart").asBoolean()).isFalse();
        Reply closed = post(roundPath + "/close", "{}");
        assertThat(closed.status()).as(closed.text()).isEqualTo(201);
        JsonNode check = closed.body().path("checks").get(0);
        assertThat(check.path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(check.path("scores").has("OURS")).isFalse();
        assertThat(check.path("withheld").toString()).contains("OURS", "PARTNER");
    }

    @Test
    void a_link_that_is_unknown_malformed_replaced_cancelled_closed_or_expired_gets_the_one_same_answer() throws IOException {
        String alliance = alliance("Rhein Logistik");
        List<Reply> refusals = new ArrayList<>();
        // unknown, well-formed; malformed; missing
        refusals.add(answer("A".repeat(43), 4, 2));
        refusals.add(answer("not-a-token", 4, 2));
        refusals.add(respond("/api/v1/respond/answers", "{\"answers\": {\"competence-1\": 4}}"));
        refusals.add(respond("/api/v1/respond/form", "{\"token\": \"" + "B".repeat(43) + "\"}"));
        refusals.add(respond("/api/v1/respond/form", "{}"));

        // replaced by new links
        JsonNode round = open(alliance);
        String roundPath = rounds(alliance) + "/" + round.path("id").asText();
        String oldOurs = link(round, "OURS");
        Reply renewed = post(roundPath + "/links", "{}");
        assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
        refusals.add(answer(oldOurs, 4, 2));
        assertThat(answer(link(renewed.body(), "OURS"), 4, 2).status()).isEqualTo(200);

        // cancelled: links dead, answers discarded
        Reply cancelled = post(roundPath + "/cancel", "{}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
        refusals.add(answer(link(renewed.body(), "OURS"), 4, 2));
        refusals.add(respond("/api/v1/respond/form", "{\"token\": \"" + link(renewed.body(), "PARTNER") + "\"}"));
        assertThat(post(roundPath + "/cancel", "{}").status()).isEqualTo(409);
        assertThat(post(roundPath + "/close", "{}").status()).isEqualTo(409);
        assertThat(totalsRows(round.path("id").asText())).isZero();

        // closed
        JsonNode second = open(alliance);
        String secondPath = rounds(alliance) + "/" + second.path("id").asText();
        for (int i = 0; i < 3; i++) answer(link(second, "PARTNER"), 3, 3);
        assertThat(post(secondPath + "/close", "{}").status()).isEqualTo(201);
        refusals.add(answer(link(second, "PARTNER"), 4, 2));
        refusals.add(answer(link(second, "OURS"), 4, 2));
        assertThat(post(secondPath + "/close", "{}").status()).isEqualTo(409);

        // expired: past the closing date the links are dead; the round can still be closed (or cancelled)
        JsonNode third = open(alliance);
        String thirdPath = rounds(alliance) + "/" + third.path("id").asText();
        for (int i = 0; i < 3; i++) answer(link(third, "OURS"), 5, 1);
        clock.set(TODAY.plusDays(15));
        refusals.add(answer(link(third, "OURS"), 4, 2));
        refusals.add(respond("/api/v1/respond/form", "{\"token\": \"" + link(third, "PARTNER") + "\"}"));
        JsonNode expired = get(thirdPath, true).body();
        assertThat(expired.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(post(thirdPath + "/links", "{}").status()).isEqualTo(409);
        Reply closedLate = post(thirdPath + "/close", "{}");
        assertThat(closedLate.status()).as(closedLate.text()).isEqualTo(201);

        for (Reply r : refusals) {
            assertThat(r.status()).as(r.text()).isEqualTo(404);
            assertThat(r.body().path("message").asText()).isEqualTo(NOT_OPEN);
        }
    }

    @Test
    void bad_input_is_refused_naming_the_field() throws IOException {
        String alliance = alliance("Rhein Logistik");
        Reply past = post(rounds(alliance), "{\"closesOn\": \"" + TODAY.minusDays(1) + "\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().path("field").asText()).isEqualTo("closesOn");
        Reply far = post(rounds(alliance), "{\"closesOn\": \"" + TODAY.plusDays(43) + "\"}");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body().path("message").asText()).contains("42 days");
        Reply notADate = post(rounds(alliance), "{\"closesOn\": \"next Friday\"}");
        assertThat(notADate.body().path("field").asText()).isEqualTo("closesOn");
        assertThat(post(rounds(alliance), "{\"closesOn\": \"" + TODAY.plusDays(42) + "\", \"extra\": 1}").status()).isEqualTo(400);
        assertThat(post("/api/v1/alliances/0190f3a2-7c41-7d2e-9b1a-3f6c2d8e4a10/survey-rounds", "{}").status()).isEqualTo(404);

        Reply opened = post(rounds(alliance), "{\"closesOn\": \"" + TODAY.plusDays(42) + "\"}");
        assertThat(opened.status()).isEqualTo(201);
        String token = link(opened.body(), "OURS");
        Reply unknownItem = respond("/api/v1/respond/answers", "{\"token\": \"" + token + "\", \"answers\": {\"honesty-9\": 4}}");
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.body().path("field").asText()).isEqualTo("answers.honesty-9");
        Reply offScale = respond("/api/v1/respond/answers", "{\"token\": \"" + token + "\", \"answers\": {\"competence-1\": 6}}");
        assertThat(offScale.body().path("field").asText()).isEqualTo("answers.competence-1");
        Reply nothing = respond("/api/v1/respond/answers", "{\"token\": \"" + token + "\", \"answers\": {}}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body().path("field").asText()).isEqualTo("answers");
        Reply text = respond("/api/v1/respond/answers", "{\"token\": \"" + token + "\", \"answers\": {\"competence-1\": \"agree\"}}");
        assertThat(text.status()).isEqualTo(400);
        Reply notJson = send("POST", "/api/v1/respond/answers", null, false);
        assertThat(notJson.status()).isEqualTo(400);
        // None of these counted.
        assertThat(get(rounds(alliance) + "/" + opened.body().path("id").asText(), true).body().path("total").asInt()).isZero();

        String other = alliance("Someone else");
        assertThat(get(rounds(other) + "/" + opened.body().path("id").asText(), true).status()).isEqualTo(404);
        assertThat(post(rounds(other) + "/" + opened.body().path("id").asText() + "/close", "{}").status()).isEqualTo(404);
        Reply badEvent = post(rounds(alliance) + "/" + opened.body().path("id").asText() + "/close", "{\"events\": [\"EARTHQUAKE\"]}");
        assertThat(badEvent.status()).isEqualTo(400);
        Reply badIndicator = post(rounds(alliance) + "/" + opened.body().path("id").asText() + "/close", "{\"indicators\": {\"communicationQuality\": 9}}");
        assertThat(badIndicator.status()).isEqualTo(400);
    }

    @Test
    void nothing_per_respondent_is_stored_only_running_totals_which_go_when_the_round_closes() throws IOException {
        String alliance = alliance("Rhein Logistik");
        JsonNode round = open(alliance);
        String id = round.path("id").asText();
        int rowsBefore = totalsRows(id);
        Map<String, List<String>> before = columns();
        answer(link(round, "OURS"), 1, 5);
        answer(link(round, "OURS"), 5, 1);
        respond("/api/v1/respond/answers", answers(link(round, "PARTNER"), 2, 4, Set.of("competence-1", "integrity-2")));
        answer(link(round, "PARTNER"), 3, 3);
        // As many rows as before any answer: one per side and scored element, whatever the number of respondents.
        assertThat(totalsRows(id)).isEqualTo(rowsBefore).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM survey_round_sides")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM survey_rounds")).isEqualTo(1);
        assertThat(columns()).isEqualTo(before);
        assertThat(before.get("survey_rounds")).containsExactly("id", "alliance_id", "status", "opened_at", "closes_on", "ended_at",
                "health_check_id", "version");
        assertThat(before.get("survey_round_sides")).containsExactly("round_id", "side", "token_hash", "respondents");
        assertThat(before.get("survey_round_totals")).containsExactly("round_id", "side", "element", "answered", "score_sum", "score_squares");
        // Our side: scores 1.0 and 5.0 on every element (in 2520ths): the totals hold only their sum and sum of squares.
        long[] competence = database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT answered, score_sum, score_squares FROM survey_round_totals"
                    + " WHERE side = 'OURS' AND element = 'COMPETENCE'")) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        });
        assertThat(competence).containsExactly(2, 6 * 2520, (1 + 25) * 2520L * 2520L);

        for (int i = 0; i < 2; i++) answer(link(round, "PARTNER"), 4, 2);
        assertThat(post(rounds(alliance) + "/" + id + "/close", "{}").status()).isEqualTo(201);
        assertThat(totalsRows(id)).isZero();
        // The side counts stay (the round's status shows them); nothing else about the answers does.
        assertThat(count("SELECT SUM(respondents) FROM survey_round_sides")).isEqualTo(6);
    }

    @Test
    void a_round_its_counts_and_its_links_survive_a_restart() throws IOException {
        String alliance = alliance("Rhein Logistik");
        JsonNode round = open(alliance);
        answer(link(round, "OURS"), 4, 2);
        answer(link(round, "OURS"), 4, 2);
        app.stop();
        database.close();
        database = reopen();
        startServer();
        JsonNode status = get(rounds(alliance) + "/" + round.path("id").asText(), true).body();
        assertThat(status.path("respondents").path("OURS").asInt()).isEqualTo(2);
        assertThat(answer(link(round, "PARTNER"), 4, 2).status()).isEqualTo(200);
        Reply closed = post(rounds(alliance) + "/" + round.path("id").asText() + "/close", "{}");
        assertThat(closed.status()).as(closed.text()).isEqualTo(201);
        assertThat(closed.body().path("checks").get(0).path("respondents").path("ALL").asInt()).isEqualTo(3);
    }

    @Test
    void answers_from_a_survey_tool_file_are_imported_and_a_problem_is_named_by_line_and_column() throws IOException {
        String alliance = alliance("Rhein Logistik");
        Reply template = get("/api/v1/knowledge/trust-survey/template.csv", true);
        assertThat(template.status()).isEqualTo(200);
        String header = template.text().lines().findFirst().orElseThrow();
        assertThat(header).isEqualTo("side," + String.join(",", items));
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (String side : List.of("ours", "ours", "ours", "partner", "Partner", "partner")) {
            csv.append(side);
            for (String item : items) csv.append(',').append(item.endsWith("-4") || item.equals("identification-3") ? "2" : "4");
            csv.append("\r\n");
        }
        String path = "/api/v1/alliances/" + alliance + "/health-checks/csv";
        Reply imported = post(path, JSON.writeValueAsString(Map.of("date", TODAY.toString(), "csv", csv.toString())));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode check = imported.body().path("checks").get(0);
        assertThat(check.path("respondents").path("OURS").asInt()).isEqualTo(3);
        assertThat(check.path("scores").path("ALL").path("OVERALL").asDouble()).isEqualTo(4.0);

        String badHeader = header.replace("competence-2", "competance-2") + "\nours" + ",4".repeat(items.size()) + "\n";
        Reply refused = post(path, JSON.writeValueAsString(Map.of("date", TODAY.toString(), "csv", badHeader)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("csv");
        assertThat(refused.body().path("message").asText()).contains("line 1, column 3").contains("competance-2");

        String badValue = header + "\nours" + ",4".repeat(items.size()) + "\npartner,4,4,4,7" + ",4".repeat(items.size() - 4) + "\n";
        Reply value = post(path, JSON.writeValueAsString(Map.of("date", TODAY.toString(), "csv", badValue)));
        assertThat(value.body().path("message").asText()).contains("line 3, column 5 (" + items.get(3) + ")").contains("got '7'");

        String badSide = header + "\nthem" + ",4".repeat(items.size()) + "\n";
        assertThat(post(path, JSON.writeValueAsString(Map.of("date", TODAY.toString(), "csv", badSide))).body().path("message").asText())
                .contains("line 2, column 1 (side)");
        String shortRow = header + "\nours,4,4\n";
        assertThat(post(path, JSON.writeValueAsString(Map.of("date", TODAY.toString(), "csv", shortRow))).body().path("message").asText())
                .contains("line 2: 3 columns");
        String twoRows = header + "\nours" + ",4".repeat(items.size()) + "\nours" + ",4".repeat(items.size()) + "\n";
        Reply tooFew = post(path, JSON.writeValueAsString(Map.of("date", TODAY.toString(), "csv", twoRows)));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.body().path("message").asText()).contains("at least 3 respondents");
        assertThat(get("/api/v1/alliances/" + alliance + "/health", true).body().path("checks")).hasSize(1);
    }

    int totalsRows(String roundId) {
        return count("SELECT COUNT(*) FROM survey_round_totals WHERE round_id = '" + roundId + "'");
    }

    int count(String sql) {
        return database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery(sql)) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : List.of("survey_rounds", "survey_round_sides", "survey_round_totals")) {
            columns.put(table, database.read(c -> {
                try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    ResultSetMetaData m = r.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= m.getColumnCount(); i++) names.add(m.getColumnName(i).toLowerCase());
                    return names;
                }
            }));
        }
        return columns;
    }

    /** A clock the test sets to a day. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Set<String> set(String... values) {
        return new HashSet<>(List.of(values));
    }
}
