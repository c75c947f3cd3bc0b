package com.alliancetrust.advisor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.selection.PartnerAssessment.VerdictChange;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "What would change this verdict" gives on every scenario the answers the search gave before it
 * varied the power facts ({@link WhatIfSearchBefore}, kept as the oracle), plus, where how much we
 * depend on the partner limits the verdict, the change in that dependence that would raise it.
 */
class WhatIfSearchTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_search_gives_the_answers_it_gave_before_and_power_changes_only_where_power_limits(String file) throws IOException {
        Advisor advisor = TestAdvisor.get();
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class);
        SelectionInput input = SelectionInput.validate(request, advisor.knowledge());

        // The oracle and the search, each verdict from a fresh session, as they were run before.
        List<VerdictChange> before = PartnerAssessmentService.whatWouldChange(advisor, input, WhatIfSearchBefore::new, SearchVerdicts.Mode.FRESH);
        List<VerdictChange> fresh = PartnerAssessmentService.whatWouldChange(advisor, input, WhatIfSearch::new, SearchVerdicts.Mode.FRESH);
        List<VerdictChange> now = PartnerAssessmentService.whatWouldChange(advisor, input);
        PartnerAssessment assessment = new PartnerAssessmentService(() -> advisor).assess(request);

        assertThat(now).as("all verdicts from one session, as each from a fresh session").isEqualTo(fresh);
        assertThat(assessment.whatWouldChange()).as("as the assessment gives it").isEqualTo(now);
        Set<String> power = advisor.knowledge().dealFields(DealField.Section.POWER).stream().map(DealField::key).collect(Collectors.toSet());
        List<VerdictChange> withoutPower = now.stream().filter(c -> c.changes().stream().noneMatch(e -> power.contains(e.field()))).toList();
        if (now.size() < WhatIfSearch.MAX_RESULTS) {
            assertThat(withoutPower).as("the changes in evidence and fit, as before").isEqualTo(before);
        } else {
            assertThat(before).as("as before, where the list is cut short").containsAll(withoutPower);
        }
        if (withoutPower.size() < now.size()) {
            assertThat(assessment.power().strong() || assessment.verdict().explanation().facts().stream()
                    .anyMatch(f -> power.contains(f.field()))).as("a power change only where power is what the verdict rests on").isTrue();
        }
    }

    @Test
    void when_no_single_change_helps_and_every_item_at_its_most_favourable_does_not_either_no_pair_is_tried() throws IOException {
        Advisor advisor = TestAdvisor.get();
        // Safeguards that no better finding lifts: trying each pair of items after each item took 21 more runs of the rules.
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(
                CASES.read("clean-screens-near-miss-promises-kept.yaml").get("request"), PartnerAssessmentRequest.class);
        SelectionInput input = SelectionInput.validate(request, advisor.knowledge());
        List<SelectionInput> asked = new java.util.ArrayList<>();
        List<VerdictChange> changes = PartnerAssessmentService.whatWouldChange(advisor, input,
                (kb, verdicts) -> new WhatIfSearch(kb, changed -> {
                    asked.add(changed);
                    return verdicts.apply(changed);
                }));

        assertThat(changes).isEmpty();
        assertThat(PartnerAssessmentService.whatWouldChange(advisor, input, WhatIfSearchBefore::new)).as("trying every value of every item").isEmpty();
        List<SelectionInput> severalChanged = asked.stream().filter(s -> changedItems(input, s) > 1).toList();
        assertThat(severalChanged).as("runs on more than one changed item").singleElement()
                .satisfies(all -> assertThat(changedItems(input, all)).as("items changed at once").isEqualTo(asked.size() - 1));
    }

    @Test
    void a_change_that_leaves_standing_a_red_flag_that_sets_the_verdict_is_not_run() throws IOException {
        Advisor advisor = TestAdvisor.get();
        // A partner every check speaks for, but whose owners are hidden: a red flag that stands whatever else comes back.
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) CASES.read("key-people-clean-review.yaml").get("request").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("evidence").get("integrity")).put("beneficialOwnership", "UNDISCLOSED");
        SelectionInput input = SelectionInput.validate(ScenarioHarness.YAML.convertValue(request, PartnerAssessmentRequest.class), advisor.knowledge());
        List<SelectionInput> asked = new java.util.ArrayList<>();
        List<VerdictChange> changes = PartnerAssessmentService.whatWouldChange(advisor, input,
                (kb, verdicts) -> new WhatIfSearch(kb, changed -> {
                    asked.add(changed);
                    return verdicts.apply(changed);
                }));

        assertThat(changes).as("as trying every decisive item").isEqualTo(PartnerAssessmentService.whatWouldChange(advisor, input, WhatIfSearchBefore::new))
                .singleElement().satisfies(c -> assertThat(c.changes()).extracting(e -> e.field()).containsExactly("integrity.beneficialOwnership"));
        assertThat(asked).as("runs of the rules").isNotEmpty().allSatisfy(changed ->
                assertThat(changed.evidence().get("integrity.beneficialOwnership")).as("the finding the red flag stands on").isNotEqualTo("UNDISCLOSED"));
    }

    /** How many evidence items and deal facts differ between the two. */
    private static long changedItems(SelectionInput from, SelectionInput to) {
        Set<String> keys = new java.util.HashSet<>(from.evidence().keySet());
        keys.addAll(to.evidence().keySet());
        long evidence = keys.stream().filter(k -> !java.util.Objects.equals(from.evidence().get(k), to.evidence().get(k))).count();
        Set<String> deal = new java.util.HashSet<>(from.deal().keySet());
        deal.addAll(to.deal().keySet());
        return evidence + deal.stream().filter(k -> !java.util.Objects.equals(from.deal().get(k), to.deal().get(k))).count();
    }

    @Test
    void depending_on_the_partner_far_more_than_it_on_us_is_lifted_by_a_change_in_that_dependence() throws IOException {
        Advisor advisor = TestAdvisor.get();
        // A partner every check speaks for, on whom we depend far more than it depends on us.
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) CASES.read("key-people-clean-review.yaml").get("request").deepCopy();
        request.putObject("power").put("ourDependence", "HIGH").put("partnerDependence", "LOW");
        PartnerAssessment assessment = new PartnerAssessmentService(() -> advisor)
                .assess(ScenarioHarness.YAML.convertValue(request, PartnerAssessmentRequest.class));

        assertThat(assessment.verdict().value()).isEqualTo(com.alliancetrust.advisor.domain.Verdict.PROCEED_WITH_SAFEGUARDS);
        assertThat(assessment.power().strong()).isTrue();
        assertThat(assessment.whatWouldChange()).anySatisfy(c -> {
            assertThat(c.changes()).singleElement().satisfies(e -> assertThat(e.field()).startsWith("power."));
            assertThat(c.verdict()).isEqualTo(com.alliancetrust.advisor.domain.Verdict.PROCEED);
        });
    }
}
