package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.ServerOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every alliance history in {@code knowledge-base/monitoring-cases/} through trust monitoring
 * over HTTP: opens the alliance, records each health check, reads the alliance's health as of the
 * scenario's date and checks what a domain expert expects (level, trend, stage, warnings raised and
 * not raised). A second test loads every history into one database and reads the portfolio.
 *
 * <p>Each check describes its respondents compactly: {@code {side: OURS, count: 3, score: {COMPETENCE: 4, ...}}}
 * stands for three people who answered every item of each element so that its score is that value.
 * The test turns this into real answers to the survey items; a reverse-scored item is answered
 * {@code 6 - score}, so the server has to turn it round again to reach the intended means.
 *
 * <p>In {@code warnings} and {@code notWarnings}, a plain id matches that warning on any subject and
 * {@code element-low/integrity} only the warning on that subject. {@code pace} and {@code nextCheckDue}
 * are optional.
 */
class MonitoringScenarioTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("monitoring-cases", 8);
    private static final List<String> ELEMENTS = List.of("COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY");
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "situation", "alliance", "checks", "asOf", "expect");
    private static final Set<String> CHECK_KEYS = Set.of("date", "respondents", "indicators", "events");
    private static final Set<String> EXPECT_KEYS = Set.of("overallLevel", "trend", "stage", "pace", "nextCheckDue", "warnings", "notWarnings",
            "priorities");
    private static final Set<String> TRENDS = Set.of("UP", "DOWN", "STEADY", "FIRST_CHECK", "NOT_MEASURED");
    private static final Set<String> LEVELS = Set.of("HIGH", "MODERATE", "LOW", "UNKNOWN");
    private static final Set<String> STAGES = Set.of("CALCULUS", "KNOWLEDGE", "IDENTIFICATION");
    private static final String ALLIANCES = "/api/v1/alliances";
    /** The histories the monitoring rules must be shown on; each needs a scenario that expects it. */
    private static final List<String> REQUIRED_WARNINGS = List.of("erosion-steady-decline", "erosion-sharp-drop", "start-breach-diagnosis",
            "leadership-change", "over-trust-innovation", "perception-gap", "perception-gap-widening", "health-check-overdue",
            "stage-progressed", "stage-regressed", "element-low", "low-trust-innovation");

    private static ScenarioHarness.Server scenarioServer;
    private static ApiClient client;
    /** Survey items by element: item id to whether it is reverse-scored. */
    private static Map<String, Map<String, Boolean>> items;

    @BeforeAll
    static void startServer() {
        scenarioServer = ScenarioHarness.Server.start();
        client = scenarioServer.client();
        items = surveyItems(client);
    }

    @AfterAll
    static void stopServer() {
        if (scenarioServer != null) scenarioServer.close();
    }

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @Test
    void there_are_enough_scenarios_with_kebab_case_names() throws IOException {
        CASES.checkFiles();
    }

    /** The key histories are covered: each warning is expected somewhere, and over-trust is ruled out for a supply alliance. */
    @Test
    void scenariosCoverTheKeyHistories() throws IOException {
        Set<String> expected = new HashSet<>();
        boolean supplyWithoutOverTrust = false;
        for (JsonNode scenario : CASES.readAll()) {
            texts(scenario.path("expect").get("warnings")).forEach(w -> expected.add(idOf(w)));
            supplyWithoutOverTrust |= scenario.path("alliance").path("purpose").asText().equals("SUPPLY")
                    && texts(scenario.path("expect").get("notWarnings")).contains("over-trust-innovation");
        }
        assertThat(expected).as("warnings expected by at least one scenario").containsAll(REQUIRED_WARNINGS);
        assertThat(supplyWithoutOverTrust).as("a SUPPLY scenario expects no over-trust-innovation warning").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario = CASES.read(file);
        checkShape(file, scenario);
        String id = load(client, file, scenario);
        String asOf = scenario.path("asOf").asText();

        Reply reply = client.get(ALLIANCES + "/" + id + "/health?asOf=" + asOf);
        assertThat(reply.status()).as("%s: health reply %s", file, reply.body()).isEqualTo(200);
        JsonNode health = reply.body();

        SoftAssertions softly = new SoftAssertions();
        checkExpectations(softly, file, scenario.get("expect"), health);
        checkInvariants(softly, file, scenario, health);
        softly.assertAll();
    }

    /** Every scenario in one database, on the day of the latest: each alliance listed once, those with critical warnings first. */
    @Test
    void portfolioOfAllScenarios() throws IOException {
        String asOf = "";
        for (JsonNode scenario : CASES.readAll()) {
            String day = scenario.path("asOf").asText();
            if (day.compareTo(asOf) > 0) asOf = day;
        }
        Database shared = TestDatabases.sqlite();
        Clock today = Clock.fixed(LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Javalin server = new HttpApi(TestAdvisor::get, shared, ServerOptions.OPEN, today).create().start("127.0.0.1", 0);
        try {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port());
            Map<String, String> fileById = new LinkedHashMap<>();
            for (String file : CASES.files()) fileById.put(load(api, file, CASES.read(file)), file);

            Reply reply = api.get("/api/v1/portfolio?size=" + Page.MAX_SIZE);
            assertThat(reply.status()).as("portfolio reply %s", reply.body()).isEqualTo(200);
            JsonNode portfolio = reply.body();
            assertThat(portfolio.path("asOf").asText()).isEqualTo(asOf);
            assertThat(portfolio.path("pending").asLong()).as("alliances whose kept health is not current").isZero();
            assertThat(portfolio.path("alliances").path("total").asLong()).isEqualTo(fileById.size());
            List<JsonNode> rows = new ArrayList<>();
            portfolio.path("alliances").path("items").forEach(rows::add);
            printTable(asOf, rows);

            List<String> listed = rows.stream().map(r -> r.path("allianceId").asText()).toList();
            assertThat(listed).as("alliances in the portfolio").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(fileById.keySet());

            SoftAssertions softly = new SoftAssertions();
            int lastCritical = -1;
            int firstWithout = Integer.MAX_VALUE;
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String id = row.path("allianceId").asText();
                String file = fileById.get(id);
                JsonNode health = api.get(ALLIANCES + "/" + id + "/health?asOf=" + asOf).body();
                boolean critical = false;
                for (JsonNode w : health.path("warnings")) critical |= w.path("priority").asText().equals("CRITICAL");
                if (critical) lastCritical = i;
                else firstWithout = Math.min(firstWithout, i);

                softly.assertThat(row.path("partner").asText()).as("%s: partner", file).isEqualTo(health.path("partner").asText());
                softly.assertThat(row.path("health").asText()).as("%s: health in the portfolio", file).isEqualTo(health.path("overallLevel").asText());
                softly.assertThat(row.path("trend").asText()).as("%s: trend in the portfolio", file).isEqualTo(health.path("trend").asText());
                softly.assertThat(row.path("stage").asText()).as("%s: stage in the portfolio", file).isEqualTo(health.path("stage").asText());
                softly.assertThat(row.path("lastCheck").asText()).as("%s: last check", file).isEqualTo(health.path("lastCheck").asText());
                softly.assertThat(row.path("nextCheckDue").asText()).as("%s: next check due", file).isEqualTo(health.path("nextCheckDue").asText());
                softly.assertThat(row.path("overallScore").asDouble()).as("%s: score", file).isEqualTo(health.path("overallScore").asDouble());
                softly.assertThat(row.path("topRisks").size()).as("%s: at most three top risks", file).isLessThanOrEqualTo(3);
                if (i > 0) {
                    softly.assertThat(row.path("attention").asInt()).as("%s: attention not above the row before", file)
                            .isLessThanOrEqualTo(rows.get(i - 1).path("attention").asInt());
                }
            }
            assertThat(lastCritical).as("some scenario has a critical warning").isGreaterThanOrEqualTo(0);
            assertThat(firstWithout).as("some scenario has no critical warning").isLessThan(rows.size());
            softly.assertThat(lastCritical).as("every alliance with a critical warning comes before every one without").isLessThan(firstWithout);
            softly.assertAll();
        } finally {
            server.stop();
            shared.close();
        }
    }

    // --- loading a scenario ---

    /** Opens the scenario's alliance and records its checks in date order; returns the alliance id. */
    private static String load(ApiClient api, String file, JsonNode scenario) {
        Reply created = api.post(ALLIANCES, scenario.get("alliance").toString());
        assertThat(created.status()).as("%s: creating the alliance: %s", file, created.body()).isEqualTo(201);
        String id = created.body().path("id").asText();
        assertThat(id).as("%s: alliance id", file).isNotBlank();
        int n = 0;
        for (JsonNode check : scenario.get("checks")) {
            n++;
            Reply recorded = api.post(ALLIANCES + "/" + id + "/health-checks", checkBody(check).toString());
            assertThat(recorded.status()).as("%s: recording check of %s: %s", file, check.path("date").asText(), recorded.body()).isEqualTo(201);
            assertThat(recorded.body().path("checks").size()).as("%s: checks after recording %d", file, n).isEqualTo(n);
        }
        return id;
    }

    /** The request body for one check: every respondent answers all sixteen items. */
    static ObjectNode checkBody(JsonNode check) {
        ObjectNode body = ScenarioHarness.JSON.createObjectNode();
        body.put("date", check.path("date").asText());
        ArrayNode responses = body.putArray("responses");
        for (JsonNode group : check.path("respondents")) {
            for (int i = 0; i < group.path("count").asInt(); i++) {
                ObjectNode respondent = responses.addObject();
                respondent.put("side", group.path("side").asText());
                ObjectNode answers = respondent.putObject("answers");
                for (String element : ELEMENTS) {
                    int score = group.path("score").path(element).asInt();
                    items.get(element).forEach((item, reverse) -> answers.put(item, reverse ? 6 - score : score));
                }
                // Shared identity is asked only where the scenario gives it.
                if (group.path("score").has("IDENTIFICATION")) {
                    int score = group.path("score").path("IDENTIFICATION").asInt();
                    items.get("IDENTIFICATION").forEach((item, reverse) -> answers.put(item, reverse ? 6 - score : score));
                }
            }
        }
        if (check.has("indicators")) body.set("indicators", check.get("indicators"));
        if (check.has("events")) body.set("events", check.get("events"));
        return body;
    }

    private static Map<String, Map<String, Boolean>> surveyItems(ApiClient api) {
        Reply reply = api.get("/api/v1/knowledge/trust-survey");
        assertThat(reply.status()).as("trust survey: %s", reply.body()).isEqualTo(200);
        Map<String, Map<String, Boolean>> byElement = new LinkedHashMap<>();
        for (JsonNode item : reply.body()) {
            String scoredAs = item.path("element").isTextual() ? item.path("element").asText() : item.path("measures").asText();
            byElement.computeIfAbsent(scoredAs, k -> new LinkedHashMap<>())
                    .put(item.path("id").asText(), item.path("reverse").asBoolean());
        }
        assertThat(byElement.keySet()).as("elements of the survey, and shared identity").containsExactlyInAnyOrder(
                "COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY", "IDENTIFICATION");
        assertThat(byElement.get("IDENTIFICATION")).as("items of shared identity").hasSize(3);
        byElement.forEach((element, its) -> {
            if (element.equals("IDENTIFICATION")) return;
            assertThat(its).as("items of %s", element).hasSize(4);
            assertThat(its.values().stream().filter(r -> r).count()).as("reverse-scored items of %s", element).isEqualTo(1);
        });
        return byElement;
    }

    // --- checking ---

    private static void checkExpectations(SoftAssertions softly, String file, JsonNode expect, JsonNode health) {
        Set<String> present = warnings(health);
        if (expect.has("overallLevel")) {
            softly.assertThat(health.path("overallLevel").asText()).as("%s: overall level (levels %s)", file, health.path("levels"))
                    .isEqualTo(expect.path("overallLevel").asText());
        }
        if (expect.has("trend")) {
            softly.assertThat(health.path("trend").asText()).as("%s: trend (overall series %s)", file, health.path("series").path("OVERALL"))
                    .isEqualTo(expect.path("trend").asText());
        }
        if (expect.has("stage")) softly.assertThat(health.path("stage").asText()).as("%s: stage", file).isEqualTo(expect.path("stage").asText());
        if (expect.has("pace")) softly.assertThat(health.path("pace").asText()).as("%s: pace of checks", file).isEqualTo(expect.path("pace").asText());
        if (expect.has("nextCheckDue") && expect.get("nextCheckDue").isNull()) {
            softly.assertThat(health.path("nextCheckDue").isMissingNode() || health.path("nextCheckDue").isNull())
                    .as("%s: no next check due (got %s)", file, health.path("nextCheckDue")).isTrue();
        } else if (expect.has("nextCheckDue")) {
            softly.assertThat(health.path("nextCheckDue").asText()).as("%s: next check due", file).isEqualTo(expect.path("nextCheckDue").asText());
        }
        for (String w : texts(expect.get("warnings"))) {
            softly.assertThat(present).as("%s: warning %s expected among %s", file, w, present).contains(w);
        }
        for (String w : texts(expect.get("notWarnings"))) {
            softly.assertThat(present).as("%s: warning %s must not be among %s", file, w, present).doesNotContain(w);
        }
        // A warning's priority as given, by id (on any subject): a critical warning on thin research is lowered to HIGH.
        expect.path("priorities").fields().forEachRemaining(e -> {
            List<String> given = new ArrayList<>();
            for (JsonNode w : health.path("warnings")) if (w.path("id").asText().equals(e.getKey())) given.add(w.path("priority").asText());
            softly.assertThat(given).as("%s: priority of %s", file, e.getKey()).isNotEmpty().containsOnly(e.getValue().asText());
        });
    }

    /** What holds for every scenario: explained warnings, one point per check per element, and means that match the answers. */
    private static void checkInvariants(SoftAssertions softly, String file, JsonNode scenario, JsonNode health) {
        // The summary opens with the overall level the rules found, and calls unmeasured only the elements without a level.
        JsonNode summary = health.path("summary");
        com.alliancetrust.advisor.SummaryChecks.print(file, summary);
        com.alliancetrust.advisor.SummaryChecks.check(softly, file, summary);
        softly.assertThat(com.alliancetrust.advisor.SummaryChecks.decision(summary)).as("[%s] the summary's decision", file)
                .isEqualTo(com.alliancetrust.advisor.explain.Summariser.worded(com.alliancetrust.advisor.TestAdvisor.get().knowledge(),
                        "health.decision." + health.path("overallLevel").asText(), "partner", health.path("partner").asText()));
        for (String unknown : com.alliancetrust.advisor.SummaryChecks.lines(summary, com.alliancetrust.advisor.domain.SummaryKind.UNKNOWN)) {
            for (var e : com.alliancetrust.advisor.domain.TrustElement.values()) {
                if (unknown.startsWith("Not measured") && unknown.contains(e.key())) {
                    softly.assertThat(health.path("levels").has(e.name())).as("[%s] %s is named not measured", file, e.key()).isFalse();
                }
            }
        }
        List<JsonNode> checks = new ArrayList<>();
        scenario.get("checks").forEach(checks::add);
        List<String> dates = checks.stream().map(c -> c.path("date").asText()).toList();
        // A check of indicators and events alone has no survey: it adds no point to the series and measures no trust.
        List<JsonNode> surveyed = checks.stream().filter(c -> c.path("respondents").size() > 0).toList();
        List<String> surveyDates = surveyed.stream().map(c -> c.path("date").asText()).toList();

        softly.assertThat(health.path("asOf").asText()).as("%s: asOf", file).isEqualTo(scenario.path("asOf").asText());
        softly.assertThat(health.path("checks").size()).as("%s: checks", file).isEqualTo(checks.size());
        softly.assertThat(health.path("lastCheck").asText()).as("%s: last check", file).isEqualTo(dates.get(dates.size() - 1));
        softly.assertThat(LEVELS).as("%s: overall level", file).contains(health.path("overallLevel").asText());
        softly.assertThat(health.path("levels").size()).as("%s: a level for every element once trust was measured", file)
                .isEqualTo(surveyed.isEmpty() ? 0 : ELEMENTS.size());

        Set<String> seen = new HashSet<>();
        for (JsonNode w : health.path("warnings")) {
            String key = w.path("id").asText() + (w.path("subject").isTextual() ? "/" + w.path("subject").asText() : "");
            softly.assertThat(seen.add(key)).as("%s: warning %s listed more than once", file, key).isTrue();
            softly.assertThat(w.path("title").asText()).as("%s: title of %s", file, key).isNotBlank();
            softly.assertThat(w.path("text").asText()).as("%s: text of %s", file, key).isNotBlank().doesNotContain("{subject}");
            ScenarioHarness.explained(softly, file, "warning " + key, w.path("explanation"));
            if (w.path("id").asText().startsWith("erosion-")) {
                softly.assertThat(w.path("explanation").path("why").asText()).as("%s: why erosion is not top priority", file)
                        .contains("so it is given high priority rather than top priority");
            }
        }

        for (String series : List.of("COMPETENCE", "INTEGRITY", "BENEVOLENCE", "PREDICTABILITY", "OVERALL")) {
            JsonNode points = health.path("series").path(series);
            softly.assertThat(points.size()).as("%s: points in the %s series", file, series).isEqualTo(surveyed.size());
            List<String> pointDates = new ArrayList<>();
            points.forEach(p -> pointDates.add(p.path("date").asText()));
            softly.assertThat(pointDates).as("%s: dates of the %s series", file, series).isEqualTo(surveyDates);
        }

        // The all-respondent means the answers were built to give: proves reverse items were turned round.
        for (int i = 0; i < surveyed.size() && i < health.path("series").path("OVERALL").size(); i++) {
            Map<String, Double> expected = allMeans(surveyed.get(i));
            for (String element : ELEMENTS) {
                softly.assertThat(health.path("series").path(element).get(i).path("value").asDouble())
                        .as("%s: %s at check %d", file, element, i + 1).isCloseTo(expected.get(element), within(0.006));
            }
            softly.assertThat(health.path("series").path("OVERALL").get(i).path("value").asDouble())
                    .as("%s: overall at check %d", file, i + 1).isCloseTo(expected.get("OVERALL"), within(0.006));
            int respondents = 0;
            for (JsonNode g : surveyed.get(i).get("respondents")) respondents += g.path("count").asInt();
            softly.assertThat(health.path("checks").get(checks.indexOf(surveyed.get(i))).path("respondents").path("ALL").asInt())
                    .as("%s: respondents at check %d", file, i + 1).isEqualTo(respondents);
        }
    }

    /** The mean of every respondent's score per element, and the mean of those four. */
    private static Map<String, Double> allMeans(JsonNode check) {
        Map<String, Double> means = new LinkedHashMap<>();
        double overall = 0;
        for (String element : ELEMENTS) {
            double sum = 0;
            int n = 0;
            for (JsonNode g : check.get("respondents")) {
                sum += g.path("count").asInt() * g.path("score").path(element).asDouble();
                n += g.path("count").asInt();
            }
            means.put(element, sum / n);
            overall += sum / n;
        }
        means.put("OVERALL", overall / ELEMENTS.size());
        return means;
    }

    /** Warning ids present, each also as "id/subject" when it has a subject. */
    private static Set<String> warnings(JsonNode health) {
        Set<String> present = new LinkedHashSet<>();
        for (JsonNode w : health.path("warnings")) {
            present.add(w.path("id").asText());
            if (w.path("subject").isTextual()) present.add(w.path("id").asText() + "/" + w.path("subject").asText());
        }
        return present;
    }

    private static void checkShape(String file, JsonNode scenario) {
        ScenarioHarness.checkShape(file, scenario, TOP_LEVEL_KEYS, EXPECT_KEYS);
        assertThat(ScenarioHarness.names(scenario)).as("%s: top-level keys", file).containsExactlyInAnyOrderElementsOf(TOP_LEVEL_KEYS);
        assertThat(scenario.path("alliance").path("partner").path("name").asText()).as("%s: alliance.partner.name", file).isNotBlank();
        assertThat(scenario.path("asOf").asText()).as("%s: asOf", file).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(scenario.get("checks").isArray() && !scenario.get("checks").isEmpty()).as("%s: checks is a non-empty list", file).isTrue();

        String previous = "";
        for (JsonNode check : scenario.get("checks")) {
            Set<String> checkKeys = new LinkedHashSet<>();
            check.fieldNames().forEachRemaining(checkKeys::add);
            assertThat(CHECK_KEYS).as("%s: keys of a check", file).containsAll(checkKeys);
            String date = check.path("date").asText();
            assertThat(date).as("%s: check date", file).matches("\\d{4}-\\d{2}-\\d{2}").isGreaterThan(previous);
            assertThat(date).as("%s: check of %s after asOf", file, date).isLessThanOrEqualTo(scenario.path("asOf").asText());
            previous = date;
            // A check without respondents records indicators and events alone (no survey): it must give one of them.
            if (!check.has("respondents")) {
                assertThat(check.has("indicators") || check.has("events")).as("%s: a check of %s without a survey records indicators or events", file, date).isTrue();
                continue;
            }
            assertThat(check.get("respondents").isArray()).as("%s: respondents of %s", file, date).isTrue();
            for (JsonNode group : check.get("respondents")) {
                assertThat(group.path("side").asText()).as("%s: side at %s", file, date).isIn("OURS", "PARTNER");
                assertThat(group.path("count").asInt()).as("%s: count at %s", file, date).isPositive();
                for (String element : ELEMENTS) {
                    assertThat(group.path("score").path(element).isInt()).as("%s: %s score at %s", file, element, date).isTrue();
                    assertThat(group.path("score").path(element).asInt()).as("%s: %s score at %s", file, element, date).isBetween(1, 5);
                }
                assertThat(group.path("score").size()).as("%s: elements (and shared identity, if asked) scored at %s", file, date)
                        .isEqualTo(ELEMENTS.size() + (group.path("score").has("IDENTIFICATION") ? 1 : 0));
            }
        }

        JsonNode expect = scenario.get("expect");
        if (expect.has("trend")) assertThat(TRENDS).as("%s: expect.trend", file).contains(expect.path("trend").asText());
        if (expect.has("overallLevel")) assertThat(LEVELS).as("%s: expect.overallLevel", file).contains(expect.path("overallLevel").asText());
        if (expect.has("stage")) assertThat(STAGES).as("%s: expect.stage", file).contains(expect.path("stage").asText());
        Set<String> known = TestAdvisor.get().knowledge().advice().keySet();
        for (String list : List.of("warnings", "notWarnings")) {
            for (String w : texts(expect.get(list))) {
                assertThat(known).as("%s: expect.%s names an unknown warning", file, list).contains(idOf(w));
            }
        }
        assertThat(texts(expect.get("warnings"))).as("%s: a warning both expected and ruled out", file)
                .doesNotContainAnyElementsOf(texts(expect.get("notWarnings")));
    }

    private static String idOf(String warning) {
        return ScenarioHarness.idOf(warning);
    }

    private static List<String> texts(JsonNode node) {
        return ScenarioHarness.texts(node);
    }

    // --- the portfolio as a table ---

    private static void printTable(String asOf, List<JsonNode> rows) {
        String[] head = {"Partner", "Health", "Score", "Trend", "Stage", "Last check", "Next due", "Top risks"};
        List<String[]> lines = new ArrayList<>();
        for (JsonNode r : rows) {
            List<String> risks = new ArrayList<>();
            r.path("topRisks").forEach(t -> risks.add(t.asText()));
            lines.add(new String[] {r.path("partner").asText(), r.path("health").asText(),
                    r.path("overallScore").isNumber() ? String.format(java.util.Locale.ROOT, "%.2f", r.path("overallScore").asDouble()) : "-",
                    r.path("trend").asText(), r.path("stage").asText(""), r.path("lastCheck").asText(""),
                    r.path("nextCheckDue").asText("") + (r.path("overdue").asBoolean() ? " (overdue)" : ""),
                    risks.isEmpty() ? "-" : "1. " + risks.get(0)});
            for (int i = 1; i < risks.size(); i++) lines.add(new String[] {"", "", "", "", "", "", "", (i + 1) + ". " + risks.get(i)});
        }
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] l : lines) width[c] = Math.max(width[c], l[c].length());
        }
        StringBuilder out = new StringBuilder("\nAlliance portfolio as of " + asOf + " (" + rows.size() + " alliances, most attention first)\n");
        out.append(row(head, width)).append(rule(width));
        for (String[] l : lines) out.append(row(l, width));
        System.out.println(out);
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int c = 0; c < cells.length; c++) b.append(' ').append(String.format("%-" + width[c] + "s", cells[c])).append(" |");
        return b.append('\n').toString();
    }

    private static String rule(int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int w : width) b.append("-".repeat(w + 2)).append('|');
        return b.append('\n').toString();
    }
}
