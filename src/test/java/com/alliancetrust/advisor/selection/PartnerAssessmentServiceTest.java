package com.alliancetrust.advisor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.explain.Action;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.domain.AlliancePlan;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.DecisionContext;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment as a whole: explanations, confidence, and what would change the verdict. */
class PartnerAssessmentServiceTest {
    private final PartnerAssessmentService service = new PartnerAssessmentService(TestAdvisor::get);

    private PartnerAssessment assess(Map<String, Object> evidence) {
        var input = new SelectionInput(new Partner("Candidate", null, null),
                new AlliancePlan(Purpose.SUPPLY, List.of(), null, null, null, null, null, null),
                new DecisionContext(null, null, null), new LinkedHashMap<>(evidence));
        return service.assess(TestAdvisor.get(), input);
    }

    /** Strong on every element and checked thoroughly enough for a plain go. */
    private static final Map<String, Object> STRONG = Map.ofEntries(
            Map.entry("competence.yearsInDomain", 15), Map.entry("competence.pilotDelivery", "MET"),
            Map.entry("competence.performanceReferences", "POSITIVE"), Map.entry("competence.financialHealth", "STRONG"),
            Map.entry("integrity.litigationRecord", "NONE"), Map.entry("integrity.sanctionsScreening", "CLEAR"),
            Map.entry("integrity.adverseMedia", "NONE"), Map.entry("integrity.beneficialOwnership", "DISCLOSED"),
            Map.entry("integrity.questionnaire", "COMPLETE"), Map.entry("integrity.smallPromisesKept", "KEPT"),
            Map.entry("integrity.negotiationHonesty", "CONSISTENT"),
            Map.entry("benevolence.negotiationReciprocity", "RECIPROCAL"), Map.entry("benevolence.formerPartnerReferences", "POSITIVE"),
            Map.entry("benevolence.disputesWithFormerPartners", "NONE"), Map.entry("benevolence.ipAppropriation", "NONE"),
            Map.entry("predictability.deliveryRecord", "CONSISTENT"), Map.entry("predictability.responsiveness", "PROMPT"),
            Map.entry("predictability.leadershipStability", "STABLE"));

    @Test
    void with_no_evidence_every_element_is_unknown_and_confidence_is_low() {
        PartnerAssessment a = assess(Map.of());

        assertThat(a.profile()).allSatisfy(e -> assertThat(e.level()).isEqualTo(Level.UNKNOWN));
        assertThat(a.overall().level()).isEqualTo(Level.UNKNOWN);
        assertThat(a.confidence().level()).isEqualTo(Level.LOW);
        assertThat(a.confidence().score()).isZero();
        assertThat(a.verdict().value()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(a.redFlags()).isEmpty();
    }

    @Test
    void not_enough_evidence_names_the_fewest_checks_that_would_allow_a_verdict() {
        PartnerAssessment a = assess(Map.of("competence.yearsInDomain", 25));

        assertThat(a.verdict().value()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(a.verdict().checksToDecide()).extracting(Action::field).contains("integrity.sanctionsScreening")
                .doesNotContain("competence.yearsInDomain");
        assertThat(a.whatWouldChange()).singleElement().satisfies(change -> {
            assertThat(change.changes()).extracting(PartnerAssessment.EvidenceChange::field)
                    .containsExactlyElementsOf(a.verdict().checksToDecide().stream().map(Action::field).toList());
            assertThat(change.verdict().letsTheDealGoAhead()).isTrue();
        });
        // Minimal: leaving out any one of the checks leaves too little to decide.
        Map<String, Object> all = new LinkedHashMap<>(Map.of("competence.yearsInDomain", 25));
        a.whatWouldChange().get(0).changes().forEach(c -> all.put(c.field(), best(c.field())));
        assertThat(assess(all).verdict().value()).isNotEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        for (var check : a.verdict().checksToDecide()) {
            Map<String, Object> without = new LinkedHashMap<>(all);
            without.remove(check.field());
            assertThat(assess(without).verdict().value()).as("without %s", check.field()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        }
    }

    @Test
    void an_unresolved_match_needs_only_to_be_resolved() {
        Map<String, Object> evidence = new LinkedHashMap<>(STRONG);
        evidence.put("integrity.sanctionsScreening", "POSSIBLE_MATCH");
        PartnerAssessment a = assess(evidence);

        assertThat(a.verdict().value()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(a.verdict().checksToDecide()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("integrity.sanctionsScreening");
            assertThat(c.action()).containsIgnoringCase("match");
        });
        assertThat(a.redFlags()).singleElement().satisfies(f -> {
            assertThat(f.allows()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
            assertThat(f.alleged()).isTrue();
            assertThat(f.resolvedBy()).isNotBlank();
        });
    }

    private static Object best(String field) {
        var f = TestAdvisor.get().knowledge().evidenceField(field).orElseThrow();
        return f.type() == com.alliancetrust.advisor.knowledge.EvidenceField.Type.NUMBER ? f.whatIf().get(f.whatIf().size() - 1)
                : f.values().get(0).value();
    }

    @Test
    void confidence_rises_as_evidence_is_filled_in() {
        int some = assess(Map.of("integrity.litigationRecord", "NONE")).confidence().score();
        int more = assess(STRONG).confidence().score();
        assertThat(some).isPositive().isLessThan(more);
    }

    @Test
    void a_strong_file_proceeds_and_nothing_needs_changing() {
        PartnerAssessment a = assess(STRONG);

        assertThat(a.verdict().value()).isEqualTo(Verdict.PROCEED);
        assertThat(a.whatWouldChange()).isEmpty();
        assertThat(a.verdict().explanation().why()).startsWith("No finding limits the verdict");
    }

    @Test
    void the_smallest_single_change_that_raises_the_verdict_is_reported() {
        Map<String, Object> evidence = new LinkedHashMap<>(STRONG);
        evidence.put("integrity.beneficialOwnership", "UNDISCLOSED");
        PartnerAssessment a = assess(evidence);

        assertThat(a.verdict().value()).isEqualTo(Verdict.RECONSIDER);
        assertThat(a.whatWouldChange()).anySatisfy(change -> {
            assertThat(change.changes()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("integrity.beneficialOwnership");
                assertThat(c.to()).isEqualTo("partly disclosed"); // one step is enough: the nearest better finding
            });
            assertThat(change.verdict()).isEqualTo(Verdict.PROCEED_WITH_SAFEGUARDS);
            assertThat(change.statement()).contains("beneficial ownership", "proceed with safeguards");
        });
    }

    @Test
    void when_no_single_change_suffices_pairs_of_changes_are_found() {
        Map<String, Object> evidence = new LinkedHashMap<>(STRONG);
        evidence.put("integrity.sanctionsScreening", "CONFIRMED_HIT");
        evidence.put("integrity.negotiationHonesty", "MISREPRESENTATION");
        PartnerAssessment a = assess(evidence);

        assertThat(a.verdict().value()).isEqualTo(Verdict.DO_NOT_PROCEED);
        assertThat(a.whatWouldChange()).isNotEmpty().allSatisfy(change -> assertThat(change.changes()).hasSize(2));
        assertThat(a.whatWouldChange()).anySatisfy(change -> assertThat(change.changes()).extracting(PartnerAssessment.EvidenceChange::field)
                .containsExactlyInAnyOrder("integrity.sanctionsScreening", "integrity.negotiationHonesty"));
    }

    @Test
    void an_explanation_chains_from_input_facts_through_intermediate_conclusions_to_the_advice() {
        Map<String, Object> evidence = new LinkedHashMap<>(STRONG);
        evidence.put("benevolence.flexibilityInDifficulty", "EXPLOITED");
        evidence.put("benevolence.negotiationReciprocity", "ONE_SIDED");
        evidence.put("benevolence.formerPartnerReferences", "NEGATIVE");
        PartnerAssessment a = assess(evidence);

        Recommendation controls = a.recommendations().stream().filter(r -> r.id().equals("controls-relational")).findFirst().orElseThrow();
        Explanation why = controls.explanation();
        assertThat(why.why()).isNotBlank();
        assertThat(why.facts()).extracting(Explanation.InputFact::field).contains("benevolence.flexibilityInDifficulty");
        assertThat(why.conclusions()).extracting(Explanation.Step::statement).contains("Benevolence: low", "Relational risk: high");
        assertThat(why.rule().file()).isEqualTo("rules/selection/selection-advice.drl");
        assertThat(why.sources()).extracting(Explanation.SourceRef::id).contains("das-teng-2001");
        // each step lists what it was drawn from, and comes after the steps it rests on
        List<String> statements = why.conclusions().stream().map(Explanation.Step::statement).toList();
        assertThat(statements.indexOf("Benevolence: low")).isLessThan(statements.indexOf("Relational risk: high"));
    }

    @Test
    void the_trace_lists_fired_rules_in_layer_order() {
        PartnerAssessment a = assess(STRONG);
        List<String> files = a.trace().stream().map(Explanation.RuleRef::file).toList();
        assertThat(files.indexOf("rules/selection/verdict.drl")).isGreaterThan(files.lastIndexOf("rules/selection/integrity-evidence.drl"));
        assertThat(files.lastIndexOf("rules/selection/verdict.drl")).isLessThan(files.indexOf("rules/selection/selection-advice.drl"));
    }
}
