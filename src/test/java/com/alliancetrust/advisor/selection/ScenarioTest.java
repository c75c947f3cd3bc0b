package com.alliancetrust.advisor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.FitKind;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.PowerBalance;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.PartnerAssessment.ElementResult;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.selection.PartnerAssessment.RedFlagResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.VerdictChange;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario in {@code knowledge-base/cases/} through the partner assessment and checks the
 * outcome a domain expert expects, plus the invariants every assessment must respect.
 *
 * <p>{@code fit} names the level of each kind of fit expected ({@code strategic}, {@code goals},
 * {@code organisational}, {@code cultural}); {@code power} the balance of dependence expected.
 *
 * <p>In {@code mustInclude} and {@code mustNotInclude}, an entry {@code id} matches a recommendation
 * with that id whatever its subject; {@code id/subject} (for example {@code close-gaps-critical/integrity})
 * matches only the recommendation with that id and that subject.
 */
class ScenarioTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "situation", "request", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("verdict", "levels", "fit", "power", "riskType", "stage", "redFlags",
            "mustInclude", "mustNotInclude", "ourSide", "businessCase");
    private static final Set<String> RISK_TYPES = Set.of("RELATIONAL", "PERFORMANCE", "BOTH", "NONE_IDENTIFIED");

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @Test
    void thereAreEnoughScenarios() throws IOException {
        CASES.checkFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario = CASES.read(file);
        checkShape(file, scenario);

        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(scenario.get("request"), PartnerAssessmentRequest.class);
        PartnerAssessment assessment = new PartnerAssessmentService(TestAdvisor::get).assess(request);

        SoftAssertions softly = new SoftAssertions();
        checkExpectations(softly, file, scenario.get("expect"), assessment);
        checkInvariants(softly, file, request, assessment);
        softly.assertAll();
    }

    /** The file itself: known keys only, a title and situation, and expectations that name real ids. */
    private static void checkShape(String file, JsonNode scenario) {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        ScenarioHarness.checkShape(file, scenario, TOP_LEVEL_KEYS, EXPECT_KEYS);
        assertThat(scenario.has("request")).as("[%s] has a request", file).isTrue();

        JsonNode expect = scenario.get("expect");
        assertThat(expect.hasNonNull("verdict")).as("[%s] expect.verdict is given", file).isTrue();
        assertThat(strings(expect.get("mustInclude"))).as("[%s] expect.mustInclude", file).isNotEmpty();
        assertThat(strings(expect.get("mustNotInclude"))).as("[%s] expect.mustNotInclude", file).isNotEmpty();

        List<String> adviceIds = new ArrayList<>(strings(expect.get("mustInclude")));
        adviceIds.addAll(strings(expect.get("mustNotInclude")));
        for (String entry : adviceIds) {
            assertThat(kb.advice()).as("[%s] advice id '%s' is in advice.yaml", file, entry)
                    .containsKey(ScenarioHarness.idOf(entry));
        }
        for (String flag : strings(expect.get("redFlags"))) {
            assertThat(kb.redFlags()).as("[%s] red flag id '%s' is in red-flags.yaml", file, flag).containsKey(flag);
        }
        if (expect.hasNonNull("riskType")) {
            assertThat(expect.get("riskType").asText()).as("[%s] expect.riskType", file).isIn(RISK_TYPES);
        }
    }

    private static void checkExpectations(SoftAssertions softly, String file, JsonNode expect, PartnerAssessment a) {
        softly.assertThat(a.verdict().value()).as("[%s] verdict", file)
                .isEqualTo(Verdict.valueOf(expect.get("verdict").asText()));

        if (expect.hasNonNull("levels")) {
            expect.get("levels").fields().forEachRemaining(e -> {
                TrustElement element = element(e.getKey());
                softly.assertThat(levelOf(a, element)).as("[%s] level of %s", file, e.getKey())
                        .isEqualTo(Level.valueOf(e.getValue().asText()));
            });
        }
        if (expect.hasNonNull("fit")) {
            expect.get("fit").fields().forEachRemaining(e -> softly.assertThat(fitLevelOf(a, FitKind.valueOf(e.getKey().toUpperCase())))
                    .as("[%s] level of %s fit", file, e.getKey()).isEqualTo(Level.valueOf(e.getValue().asText())));
        }
        if (expect.hasNonNull("power")) {
            softly.assertThat(a.power().balance().name()).as("[%s] balance of dependence", file).isEqualTo(expect.get("power").asText());
        }
        if (expect.hasNonNull("riskType")) {
            softly.assertThat(a.risk().type()).as("[%s] risk type", file).isEqualTo(expect.get("riskType").asText());
        }
        if (expect.hasNonNull("stage")) {
            softly.assertThat(a.stage().stage().name()).as("[%s] stage", file).isEqualTo(expect.get("stage").asText());
        }

        // The relational risk our own side creates: its level, or NONE when nothing about our side was given.
        if (expect.hasNonNull("ourSide")) {
            softly.assertThat(a.ourSide() == null ? "NONE" : a.ourSide().level().name()).as("[%s] relational risk we create", file)
                    .isEqualTo(expect.get("ourSide").asText());
        }
        if (expect.hasNonNull("businessCase")) {
            JsonNode bc = expect.get("businessCase");
            List<String> points = a.businessCase().points().stream().map(PartnerAssessment.CasePointResult::id).toList();
            softly.assertThat(a.businessCase().status()).as("[%s] business case status", file).isEqualTo(bc.path("status").asText());
            softly.assertThat(points).as("[%s] business case points", file).containsAll(strings(bc.get("points")));
            for (String point : strings(bc.get("notPoints"))) {
                softly.assertThat(points).as("[%s] business case points", file).doesNotContain(point);
            }
        }

        List<String> flags = a.redFlags().stream().map(RedFlagResult::id).toList();
        for (String flag : strings(expect.get("redFlags"))) {
            softly.assertThat(flags).as("[%s] red flags must include '%s'", file, flag).contains(flag);
        }

        List<String> given = a.recommendations().stream()
                .map(r -> r.subject() == null ? r.id() : r.id() + "/" + r.subject()).toList();
        for (String entry : strings(expect.get("mustInclude"))) {
            softly.assertThat(a.recommendations().stream().anyMatch(r -> matches(entry, r)))
                    .as("[%s] advice '%s' must be given; given: %s", file, entry, given).isTrue();
        }
        for (String entry : strings(expect.get("mustNotInclude"))) {
            softly.assertThat(a.recommendations().stream().noneMatch(r -> matches(entry, r)))
                    .as("[%s] advice '%s' must not be given; given: %s", file, entry, given).isTrue();
        }
    }

    private static void checkInvariants(SoftAssertions softly, String file, PartnerAssessmentRequest request,
                                         PartnerAssessment a) {
        // The summary opens the answer and agrees with the verdict.
        var summary = com.alliancetrust.advisor.wiring.Json.mapper().<JsonNode>valueToTree(a.summary());
        com.alliancetrust.advisor.SummaryChecks.print(file, summary);
        com.alliancetrust.advisor.SummaryChecks.check(softly, file, summary);
        softly.assertThat(com.alliancetrust.advisor.SummaryChecks.decision(summary)).as("[%s] the summary's decision", file)
                .isEqualTo(a.redFlags().stream().anyMatch(RedFlagResult::legalBar)
                        ? com.alliancetrust.advisor.explain.Summariser.worded(TestAdvisor.get().knowledge(), "assessment.decision.legal-bar", "partner", a.partner())
                        : com.alliancetrust.advisor.explain.Summariser.worded(TestAdvisor.get().knowledge(),
                                "assessment.decision." + a.verdict().value().name(), "partner", a.partner()));

        // No recommendation is given twice for the same subject.
        Set<String> seen = new HashSet<>();
        for (Recommendation r : a.recommendations()) {
            softly.assertThat(seen.add(r.id() + "/" + r.subject()))
                    .as("[%s] recommendation (%s, %s) appears only once", file, r.id(), r.subject()).isTrue();
        }

        // Every conclusion the executive reads carries its why, its rule and its sources.
        ScenarioHarness.explained(softly, file, "verdict " + a.verdict().value(), a.verdict().explanation());
        for (Recommendation r : a.recommendations()) {
            ScenarioHarness.explained(softly, file, "recommendation " + r.id() + (r.subject() == null ? "" : "/" + r.subject()),
                    r.explanation());
        }
        for (RedFlagResult f : a.redFlags()) {
            ScenarioHarness.explained(softly, file, "red flag " + f.id(), f.explanation());
        }
        for (PartnerAssessment.CasePointResult p : a.businessCase().points()) {
            ScenarioHarness.explained(softly, file, "business case " + p.id(), p.explanation());
        }
        if (a.ourSide() != null) ScenarioHarness.explained(softly, file, "our own side", a.ourSide().explanation());
        for (ElementResult e : a.profile()) {
            ScenarioHarness.explained(softly, file, "element " + e.element().key(), e.explanation());
        }

        // Each suggested change must actually improve on the verdict given.
        Verdict actual = a.verdict().value();
        if (actual == Verdict.PROCEED) {
            softly.assertThat(a.whatWouldChange()).as("[%s] nothing to change when the verdict is PROCEED", file)
                    .isEmpty();
        } else {
            for (VerdictChange change : a.whatWouldChange()) {
                softly.assertThat(actual.isWorseThan(change.verdict()))
                        .as("[%s] what-if '%s' gives %s, which must be better than %s", file, change.statement(),
                                change.verdict(), actual).isTrue();
            }
        }

        // Fit is its own axis, one result per kind; with no fit fact given, strategic fit and goals are not yet
        // assessed (never good or bad news), no fit or dependence limits the verdict, and nothing about fit is advised
        // but the gap.
        softly.assertThat(a.fit().kinds()).as("[%s] one result per kind of fit", file).hasSize(FitKind.values().length);
        boolean noFit = request.fit() == null || request.fit().values().stream().allMatch(v -> v == null || v.isNull()
                || (v.isTextual() && v.asText().equals(SelectionInput.UNKNOWN)));
        if (noFit) {
            softly.assertThat(fitLevelOf(a, FitKind.STRATEGIC)).as("[%s] strategic fit with no fit fact", file).isEqualTo(Level.UNKNOWN);
            softly.assertThat(fitLevelOf(a, FitKind.GOALS)).as("[%s] goals with no fit fact", file).isEqualTo(Level.UNKNOWN);
            softly.assertThat(a.recommendations().stream().map(Recommendation::id))
                    .as("[%s] no fit advice but the gap with no fit fact", file)
                    .doesNotContain("verdict-reconsider-fit", "fit-friend-not-partner", "fit-structure-for-strategic-value", "fit-sharpen-value-case",
                            "fit-align-goals");
        }
        if (request.power() == null || request.power().isEmpty()) {
            softly.assertThat(a.power().balance()).as("[%s] balance with no power fact", file).isEqualTo(PowerBalance.Balance.NOT_ESTABLISHED);
        }

        // Missing evidence is unknown, never low and never high.
        softly.assertThat(a.profile()).as("[%s] one result per trust element", file)
                .hasSize(TrustElement.values().length);
        for (TrustElement element : TrustElement.values()) {
            if (!evidenceSupplied(request, element)) {
                softly.assertThat(levelOf(a, element))
                        .as("[%s] %s has no evidence supplied, so it must be UNKNOWN", file, element.key())
                        .isEqualTo(Level.UNKNOWN);
            }
        }
    }

    private static Level fitLevelOf(PartnerAssessment a, FitKind kind) {
        return a.fit().kinds().stream().filter(k -> k.kind() == kind).map(PartnerAssessment.FitKindResult::level).findFirst().orElse(null);
    }

    /** Whether the request gives at least one known value in the element's own evidence group. */
    private static boolean evidenceSupplied(PartnerAssessmentRequest request, TrustElement element) {
        if (request.evidence() == null) return false;
        Map<String, JsonNode> group = request.evidence().get(element.key());
        if (group == null) return false;
        return group.values().stream().anyMatch(v -> v != null && !v.isNull()
                && !(v.isTextual() && v.asText().equals(SelectionInput.UNKNOWN)));
    }

    private static Level levelOf(PartnerAssessment a, TrustElement element) {
        return a.profile().stream().filter(e -> e.element() == element).map(ElementResult::level).findFirst()
                .orElse(null);
    }

    private static TrustElement element(String key) {
        return Arrays.stream(TrustElement.values()).filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a trust element: " + key));
    }

    private static boolean matches(String entry, Recommendation r) {
        return ScenarioHarness.matches(entry, r.id(), r.subject());
    }

    private static List<String> strings(JsonNode node) {
        return ScenarioHarness.texts(node);
    }
}
