package com.alliancetrust.advisor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Runs every deal in {@code knowledge-base/checklist-cases/} through {@code POST /api/v1/checklists}:
 * from the described context alone, or, when the case has an {@code assessment}, from that assessment
 * stored in a case file first. Checks the items an expert expects and those that must stay out, the
 * priorities that matter, and what holds for every checklist (each item explained, most urgent first),
 * and that different deals give different checklists. Prints each checklist's size and top five.
 */
class ChecklistScenarioTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("checklist-cases", 8);
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "situation", "assessment", "context", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("minItems", "maxItems", "mustInclude", "mustNotInclude", "priorities", "inTopFive");
    private static final String BASELINE = "every-deal-checks-the-fit-the-integrity-basics-the-partner-s-ability-and-the-way-out";

    private static ScenarioHarness.Server server;
    private static ApiClient client;

    @BeforeAll
    static void startServer() {
        server = ScenarioHarness.Server.start();
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @Test
    void there_are_enough_scenarios_some_from_an_assessment_and_some_from_context_alone() throws IOException {
        CASES.checkFiles();
        int fromAssessment = 0;
        for (JsonNode scenario : CASES.readAll()) if (scenario.has("assessment")) fromAssessment++;
        assertThat(fromAssessment).as("scenarios built from a stored assessment").isGreaterThanOrEqualTo(3);
        assertThat(CASES.files().size() - fromAssessment).as("scenarios built from context alone").isGreaterThanOrEqualTo(3);
    }

    /** Runs every scenario (again, independently of the parameterised runs) and compares the lists. */
    @Test
    void different_deals_give_different_checklists() throws IOException {
        Map<Set<String>, String> seen = new HashMap<>();
        for (String file : CASES.files()) {
            Set<String> items = new LinkedHashSet<>(ids(build(CASES.read(file)).path("items")));
            String other = seen.put(items, file);
            assertThat(other).as("%s gives the same checklist as %s", file, other).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario = CASES.read(file);
        checkShape(file, scenario);
        JsonNode checklist = build(scenario);
        JsonNode expect = scenario.get("expect");
        List<String> items = ids(checklist.path("items"));
        Map<String, String> priorities = new LinkedHashMap<>();
        checklist.path("items").forEach(i -> priorities.put(i.path("id").asText(), i.path("priority").asText()));

        SoftAssertions softly = new SoftAssertions();
        if (expect.has("minItems")) softly.assertThat(items.size()).as("[%s] items", file).isGreaterThanOrEqualTo(expect.path("minItems").asInt());
        if (expect.has("maxItems")) softly.assertThat(items.size()).as("[%s] items", file).isLessThanOrEqualTo(expect.path("maxItems").asInt());
        for (String id : strings(expect.get("mustInclude"))) softly.assertThat(items).as("[%s] must include %s", file, id).contains(id);
        for (String id : strings(expect.get("mustNotInclude"))) softly.assertThat(items).as("[%s] must leave out %s", file, id).doesNotContain(id);
        expect.path("priorities").fields().forEachRemaining(e -> softly.assertThat(priorities.get(e.getKey()))
                .as("[%s] priority of %s", file, e.getKey()).isEqualTo(e.getValue().asText()));
        List<String> topFive = items.subList(0, Math.min(5, items.size()));
        for (String id : strings(expect.get("inTopFive"))) softly.assertThat(topFive).as("[%s] %s among the first five", file, id).contains(id);
        checkInvariants(softly, file, checklist);
        softly.assertAll();
        print(scenario, checklist);
    }

    /** Stores the assessment in a new case file when the scenario has one, then asks for the checklist. */
    private static JsonNode build(JsonNode scenario) {
        ObjectNode request = scenario.has("context") ? scenario.get("context").deepCopy() : ScenarioHarness.JSON.createObjectNode();
        if (scenario.has("assessment")) {
            JsonNode assessment = scenario.get("assessment");
            ObjectNode alliance = ScenarioHarness.JSON.createObjectNode();
            alliance.set("partner", assessment.get("partner"));
            alliance.put("purpose", assessment.path("alliance").path("purpose").asText());
            Reply opened = client.post("/api/v1/alliances", alliance.toString());
            assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
            ObjectNode body = assessment.deepCopy();
            body.put("allianceId", opened.body().path("id").asText());
            Reply assessed = client.post("/api/v1/partner-assessments", body.toString());
            assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(201);
            request.put("assessmentId", assessed.body().path("assessmentId").asText());
        }
        Reply reply = client.post("/api/v1/checklists", request.toString());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    private static void checkInvariants(SoftAssertions softly, String file, JsonNode checklist) {
        // The summary opens with where the work stands, as the progress counts it.
        JsonNode summary = checklist.path("summary");
        com.alliancetrust.advisor.SummaryChecks.print(file, summary);
        com.alliancetrust.advisor.SummaryChecks.check(softly, file, summary);
        JsonNode progress = checklist.path("progress");
        if (progress.path("redFlags").asInt() == 0 && progress.path("open").asInt() > 0) {
            softly.assertThat(com.alliancetrust.advisor.SummaryChecks.decision(summary)).as("[%s] the summary's decision", file)
                    .isEqualTo(com.alliancetrust.advisor.explain.Summariser.worded(TestAdvisor.get().knowledge(), "checklist.decision.open",
                            "open", progress.path("open").asText(), "total", progress.path("total").asText()));
        }
        var catalogue = TestAdvisor.get().knowledge().checklist();
        List<String> items = ids(checklist.path("items"));
        softly.assertThat(new HashSet<>(items)).as("[%s] each item once", file).hasSize(items.size());
        softly.assertThat(checklist.path("progress").path("total").asInt()).as("[%s] progress total", file).isEqualTo(items.size());
        softly.assertThat(checklist.path("progress").path("open").asInt()).as("[%s] all open at first", file).isEqualTo(items.size());
        int previous = -1;
        for (JsonNode item : checklist.path("items")) {
            String id = item.path("id").asText();
            softly.assertThat(catalogue).as("[%s] %s is in the catalogue", file, id).containsKey(id);
            int rank = Priority.valueOf(item.path("priority").asText()).ordinal();
            softly.assertThat(rank).as("[%s] %s: most urgent first", file, id).isGreaterThanOrEqualTo(previous);
            previous = rank;
            softly.assertThat(item.path("status").asText()).as("[%s] %s status", file, id).isEqualTo("OPEN");
            for (String field : List.of("title", "check", "verify", "why")) {
                softly.assertThat(item.path(field).asText()).as("[%s] %s: %s", file, id, field).isNotBlank();
            }
            softly.assertThat(item.path("reasons").size()).as("[%s] %s says why it was selected", file, id).isPositive();
            for (JsonNode reason : item.path("reasons")) {
                softly.assertThat(reason.path("why").asText()).as("[%s] %s: why", file, id).isNotBlank();
                softly.assertThat(reason.path("rule").path("file").asText()).as("[%s] %s: rule", file, id).startsWith("rules/checklist/");
                softly.assertThat(reason.path("sources").size()).as("[%s] %s: sources", file, id).isPositive();
                if (!reason.path("rule").path("id").asText().equals(BASELINE)) {
                    softly.assertThat(reason.path("facts").size()).as("[%s] %s: a selected item names the facts of the deal behind it", file, id)
                            .isPositive();
                }
            }
        }
    }

    private static void print(JsonNode scenario, JsonNode checklist) {
        StringBuilder out = new StringBuilder("\nChecklist: " + scenario.path("title").asText() + "\n  " + checklist.path("items").size()
                + " items; partner country's corruption risk " + checklist.path("corruptionRisk").asText() + "; top five:\n");
        for (int i = 0; i < Math.min(5, checklist.path("items").size()); i++) {
            JsonNode item = checklist.path("items").get(i);
            out.append("  ").append(i + 1).append(". ").append(item.path("id").asText()).append(" (").append(item.path("priority").asText())
                    .append("): ").append(item.path("title").asText()).append('\n');
            for (JsonNode reason : item.path("reasons")) {
                List<String> facts = new ArrayList<>();
                reason.path("facts").forEach(f -> facts.add(f.path("field").asText() + " = " + f.path("value").asText()));
                out.append("       because: ").append(reason.path("why").asText()).append(facts.isEmpty() ? "" : " [" + String.join("; ", facts) + "]")
                        .append('\n');
            }
        }
        System.out.println(out);
    }

    private static void checkShape(String file, JsonNode scenario) {
        ScenarioHarness.checkShape(file, scenario, TOP_LEVEL_KEYS, EXPECT_KEYS);
        JsonNode expect = scenario.get("expect");
        assertThat(strings(expect.get("mustInclude"))).as("[%s] mustInclude", file).isNotEmpty();
        assertThat(strings(expect.get("mustNotInclude"))).as("[%s] mustNotInclude", file).isNotEmpty()
                .doesNotContainAnyElementsOf(strings(expect.get("mustInclude")));
        var catalogue = TestAdvisor.get().knowledge().checklist();
        List<String> named = new ArrayList<>(strings(expect.get("mustInclude")));
        named.addAll(strings(expect.get("mustNotInclude")));
        named.addAll(strings(expect.get("inTopFive")));
        expect.path("priorities").fieldNames().forEachRemaining(named::add);
        for (String id : named) assertThat(catalogue).as("[%s] item %s is in the catalogue", file, id).containsKey(id);
        expect.path("priorities").forEach(p -> assertThat(p.asText()).as("[%s] priority", file).isIn("CRITICAL", "HIGH", "MEDIUM", "LOW"));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private static List<String> strings(JsonNode node) {
        return ScenarioHarness.texts(node);
    }
}
