package com.alliancetrust.advisor.culture;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.GapDirection;
import com.alliancetrust.advisor.domain.GapSize;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.explain.Recommendation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario in {@code knowledge-base/culture-cases/} through the cultural comparison and
 * checks the gaps and the advice a domain expert expects, the advice that must not appear, and the
 * invariants every comparison respects: each adaptation explained, none twice, gaps relative to the
 * two sides, and no adaptation that labels either country by name.
 *
 * <p>In {@code mustInclude} and {@code mustNotInclude}, {@code id} matches a recommendation with that
 * id whatever its subject; {@code id/subject} (such as {@code culture-work-with-practice/nemawashi})
 * only the one with that subject.
 */
class CultureScenarioTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("culture-cases", 10);
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "situation", "request", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("gaps", "mustInclude", "mustNotInclude", "priorities");

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @Test
    void there_are_enough_scenarios() throws IOException {
        CASES.checkFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario = CASES.read(file);
        checkShape(file, scenario);
        CultureAdviceRequest request = ScenarioHarness.YAML.convertValue(scenario.get("request"), CultureAdviceRequest.class);
        CultureAdviceService.Result result = new CultureAdviceService(TestAdvisor::get).advise(request);

        SoftAssertions softly = new SoftAssertions();
        checkExpectations(softly, file, scenario.get("expect"), result);
        checkInvariants(softly, file, result);
        softly.assertAll();
    }

    private static void checkShape(String file, JsonNode scenario) {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        ScenarioHarness.checkShape(file, scenario, TOP_LEVEL_KEYS, EXPECT_KEYS);
        JsonNode expect = scenario.path("expect");
        assertThat(strings(expect.get("mustInclude"))).as("[%s] mustInclude", file).isNotEmpty();
        assertThat(strings(expect.get("mustNotInclude"))).as("[%s] mustNotInclude", file).isNotEmpty();
        List<String> entries = new ArrayList<>(strings(expect.get("mustInclude")));
        entries.addAll(strings(expect.get("mustNotInclude")));
        for (String entry : entries) {
            assertThat(kb.advice()).as("[%s] advice id '%s' is worded in the knowledge base", file, entry).containsKey(entry.split("/")[0]);
        }
        names(expect.path("gaps")).forEach(d -> assertThat(kb.culture().dimensions()).as("[%s] dimension %s", file, d).containsKey(d));
    }

    private static void checkExpectations(SoftAssertions softly, String file, JsonNode expect, CultureAdviceService.Result r) {
        expect.path("gaps").fields().forEachRemaining(e -> {
            var gap = r.gaps().stream().filter(g -> g.dimension().equals(e.getKey())).findFirst();
            softly.assertThat(gap).as("[%s] a gap on %s", file, e.getKey()).isPresent();
            gap.ifPresent(g -> {
                softly.assertThat(g.direction()).as("[%s] direction on %s", file, e.getKey())
                        .isEqualTo(GapDirection.valueOf(e.getValue().path("direction").asText()));
                softly.assertThat(g.size()).as("[%s] size on %s", file, e.getKey())
                        .isEqualTo(GapSize.valueOf(e.getValue().path("size").asText()));
            });
        });
        List<String> given = r.adaptations().stream().map(a -> a.subject() == null ? a.id() : a.id() + "/" + a.subject()).toList();
        for (String entry : strings(expect.get("mustInclude"))) {
            softly.assertThat(r.adaptations().stream().anyMatch(a -> matches(entry, a)))
                    .as("[%s] advice '%s' must be given; given: %s", file, entry, given).isTrue();
        }
        for (String entry : strings(expect.get("mustNotInclude"))) {
            softly.assertThat(r.adaptations().stream().noneMatch(a -> matches(entry, a)))
                    .as("[%s] advice '%s' must not be given; given: %s", file, entry, given).isTrue();
        }
        // priorities: {advice id: PRIORITY}, the priority that advice must be given at.
        expect.path("priorities").fields().forEachRemaining(e -> softly.assertThat(r.adaptations().stream()
                        .filter(a -> matches(e.getKey(), a)).map(a -> a.priority().name()).toList())
                .as("[%s] priority of %s", file, e.getKey()).containsExactly(e.getValue().asText()));
    }

    private static void checkInvariants(SoftAssertions softly, String file, CultureAdviceService.Result r) {
        // The summary names as large only the gaps the rules found large, and as not compared only the dimensions not compared.
        var summary = com.alliancetrust.advisor.wiring.Json.mapper().<JsonNode>valueToTree(r.summary());
        com.alliancetrust.advisor.SummaryChecks.print(file, summary);
        com.alliancetrust.advisor.SummaryChecks.check(softly, file, summary);
        long large = r.gaps().stream().filter(g -> g.size() == com.alliancetrust.advisor.domain.GapSize.LARGE).count();
        softly.assertThat(com.alliancetrust.advisor.SummaryChecks.decision(summary).contains("large cultural gap") && !com.alliancetrust.advisor.SummaryChecks.decision(summary).startsWith("No large"))
                .as("[%s] the summary speaks of large gaps exactly when there are some", file).isEqualTo(large > 0);
        for (String unknown : com.alliancetrust.advisor.SummaryChecks.lines(summary, com.alliancetrust.advisor.domain.SummaryKind.UNKNOWN)) {
            for (var g : r.gaps()) {
                softly.assertThat(unknown).as("[%s] a compared dimension is not named as not compared", file).doesNotContain(g.name() + ",", g.name() + ".", g.name() + " and");
            }
        }
        Set<String> seen = new HashSet<>();
        List<Pattern> labels = new ArrayList<>();
        for (var side : List.of(r.ours(), r.partner())) {
            if (side.country() != null) {
                labels.add(Pattern.compile("\\b" + side.country() + "\\b"));
                labels.add(Pattern.compile("\\b" + Pattern.quote(side.name()) + "\\b"));
            }
        }
        for (Recommendation a : r.adaptations()) {
            String what = a.id() + (a.subject() == null ? "" : "/" + a.subject());
            softly.assertThat(seen.add(what)).as("[%s] %s is given once", file, what).isTrue();
            ScenarioHarness.explained(softly, file, what, a.explanation());
            if (a.confidence() == com.alliancetrust.advisor.knowledge.Confidence.LOW) {
                softly.assertThat(a.priority()).as("[%s] %s rests on Low-confidence research: never HIGH priority", file, what)
                        .isNotIn(com.alliancetrust.advisor.domain.Priority.CRITICAL, com.alliancetrust.advisor.domain.Priority.HIGH);
            }
            for (Pattern label : labels) {
                softly.assertThat(label.matcher(a.title() + " " + a.text()).find())
                        .as("[%s] %s speaks of the partner relative to us, never names the country (%s)", file, what, label).isFalse();
            }
        }
        for (var g : r.gaps()) {
            softly.assertThat(g.direction() == GapDirection.NONE).as("[%s] %s: no direction exactly when similar", file, g.dimension())
                    .isEqualTo(g.size() == GapSize.SIMILAR);
            ScenarioHarness.explained(softly, file, "gap " + g.dimension(), g.explanation());
            softly.assertThat(g.explanation().facts()).extracting(Explanation.InputFact::field)
                    .as("[%s] the gap on %s rests on both sides' values", file, g.dimension())
                    .containsExactlyInAnyOrder("ours." + g.dimension(), "partner." + g.dimension());
        }
        softly.assertThat(r.caveat()).as("[%s] caveat", file).isNotBlank();
    }

    private static boolean matches(String entry, Recommendation r) {
        return ScenarioHarness.matches(entry, r.id(), r.subject());
    }

    private static List<String> strings(JsonNode node) {
        return ScenarioHarness.texts(node);
    }

    private static List<String> names(JsonNode node) {
        return ScenarioHarness.names(node);
    }
}
