package com.alliancetrust.advisor.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.explain.Recommendation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case in {@code knowledge-base/contract-cases/} through the contract-balance advice and
 * checks where an expert would place the contract, the advice that must and must not be given, and
 * what holds for every case: the contract is never dropped, over-trust advice is for innovation
 * alliances only, and every conclusion is explained with its rule and sources.
 */
class ContractScenarioTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("contract-cases", 10);
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "situation", "request", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("position", "provisional", "mustInclude", "mustNotInclude");
    private static final Set<String> POSITIONS = Set.of("UNDER_PROTECTED", "BALANCED", "CONTROL_HEAVY", "UNDER_COORDINATED",
            "OVER_TRUSTING", "UNKNOWN");
    private static final Set<String> INNOVATION = Set.of("JOINT_RND", "INNOVATION");

    private final ContractBalanceService service = new ContractBalanceService(TestAdvisor::get);

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @Test
    void there_are_enough_scenarios_and_together_they_reach_every_position() throws IOException {
        CASES.checkFiles();
        Set<String> expected = new HashSet<>();
        boolean supplyRulesOutOverTrust = false;
        for (JsonNode scenario : CASES.readAll()) {
            expected.add(scenario.path("expect").path("position").asText());
            supplyRulesOutOverTrust |= scenario.path("request").path("alliance").path("purpose").asText().equals("SUPPLY")
                    && strings(scenario.path("expect").get("mustNotInclude")).contains("reintroduce-task-conflict")
                    && scenario.path("request").path("relationship").path("trust").asText().equals("VERY_HIGH");
        }
        assertThat(expected).as("positions expected by at least one scenario").containsAll(POSITIONS);
        assertThat(supplyRulesOutOverTrust).as("a very-high-trust SUPPLY scenario rules out the over-trust interventions").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario = CASES.read(file);
        checkShape(file, scenario);
        ContractBalanceRequest request = ScenarioHarness.YAML.convertValue(scenario.get("request"), ContractBalanceRequest.class);
        ContractBalanceService.Result result = service.advise(request);
        JsonNode expect = scenario.get("expect");

        List<String> given = result.recommendations().stream().map(Recommendation::id).toList();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(result.position()).as("[%s] position (advice given: %s)", file, given).isEqualTo(expect.path("position").asText());
        // provisional: true when the position rests on one provision list, which the answer must then name as missing.
        softly.assertThat(result.provisional()).as("[%s] provisional", file).isEqualTo(expect.path("provisional").asBoolean(false));
        if (result.provisional()) softly.assertThat(result.missing()).as("[%s] what is missing is said", file).isNotEmpty();
        for (String id : strings(expect.get("mustInclude"))) {
            softly.assertThat(given).as("[%s] advice '%s' must be given", file, id).contains(id);
        }
        for (String id : strings(expect.get("mustNotInclude"))) {
            softly.assertThat(given).as("[%s] advice '%s' must not be given", file, id).doesNotContain(id);
        }
        checkInvariants(softly, file, request, result);
        softly.assertAll();
    }

    private static void checkInvariants(SoftAssertions softly, String file, ContractBalanceRequest request, ContractBalanceService.Result result) {
        // The summary opens with where the contract stands, as the position says.
        var summary = com.alliancetrust.advisor.wiring.Json.mapper().<JsonNode>valueToTree(result.summary());
        com.alliancetrust.advisor.SummaryChecks.print(file, summary);
        com.alliancetrust.advisor.SummaryChecks.check(softly, file, summary);
        softly.assertThat(com.alliancetrust.advisor.SummaryChecks.decision(summary)).as("[%s] the summary's decision", file)
                .isEqualTo(com.alliancetrust.advisor.explain.Summariser.worded(TestAdvisor.get().knowledge(), "contract.decision." + result.position()));
        if (!result.missing().isEmpty()) {
            softly.assertThat(com.alliancetrust.advisor.SummaryChecks.lines(summary, com.alliancetrust.advisor.domain.SummaryKind.UNKNOWN))
                    .as("[%s] what was not described is named", file).hasSize(1);
        }
        List<String> given = result.recommendations().stream().map(Recommendation::id).toList();
        softly.assertThat(given).as("[%s] never advise dropping the contract: keep-contract-with-trust is always given", file)
                .contains("keep-contract-with-trust");
        softly.assertThat(new HashSet<>(given)).as("[%s] each advice once", file).hasSize(given.size());
        softly.assertThat(given).as("[%s] the position is named", file).contains("contract-position-" + result.position().toLowerCase().replace('_', '-'));
        boolean innovation = request.alliance() != null && request.alliance().purpose() != null
                && INNOVATION.contains(request.alliance().purpose().name());
        if (!innovation) {
            softly.assertThat(given).as("[%s] over-trust interventions only for innovation alliances", file)
                    .doesNotContain("reintroduce-task-conflict", "watch-for-over-trust");
        }
        softly.assertThat(result.recommendations()).as("[%s] most urgent first", file)
                .isSortedAccordingTo(Comparator.comparing(Recommendation::priority));
        ScenarioHarness.explained(softly, file, "position " + result.position(), result.explanation());
        for (Recommendation r : result.recommendations()) {
            softly.assertThat(r.category()).as("[%s] %s is contract advice", file, r.id()).isEqualTo("CONTRACT");
            softly.assertThat(r.title()).as("[%s] %s title", file, r.id()).isNotBlank();
            ScenarioHarness.explained(softly, file, r.id(), r.explanation());
        }
        softly.assertThat(result.version()).as("[%s] version", file).isEqualTo(TestAdvisor.get().version());
    }

    private static void checkShape(String file, JsonNode scenario) {
        ScenarioHarness.checkShape(file, scenario, TOP_LEVEL_KEYS, EXPECT_KEYS);
        assertThat(scenario.has("request")).as("[%s] request", file).isTrue();
        JsonNode expect = scenario.get("expect");
        assertThat(expect.path("position").asText()).as("[%s] expect.position", file).isIn(POSITIONS);
        assertThat(strings(expect.get("mustInclude"))).as("[%s] expect.mustInclude", file).isNotEmpty();
        assertThat(strings(expect.get("mustNotInclude"))).as("[%s] expect.mustNotInclude", file).isNotEmpty()
                .doesNotContainAnyElementsOf(strings(expect.get("mustInclude")));
        var advice = TestAdvisor.get().knowledge().advice();
        List<String> ids = new ArrayList<>(strings(expect.get("mustInclude")));
        ids.addAll(strings(expect.get("mustNotInclude")));
        for (String id : ids) {
            AdviceText text = advice.get(id);
            assertThat(text).as("[%s] advice id '%s' is in the knowledge base", file, id).isNotNull();
            assertThat(text.category()).as("[%s] '%s' is contract advice", file, id).isEqualTo("CONTRACT");
        }
    }

    private static List<String> strings(JsonNode node) {
        return ScenarioHarness.texts(node);
    }
}
