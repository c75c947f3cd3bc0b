package com.alliancetrust.advisor.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One voice: the CEO brief gives the reasons the result's summary gives, first and in the same
 * order, on every partner-selection scenario. The brief may back a reason with the facts it rests on
 * (after a colon, where the summary may give the rule's own gloss) and add a third.
 */
class CeoBriefAgreesWithSummaryTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);
    private static final PartnerAssessmentService SERVICE = new PartnerAssessmentService(TestAdvisor::get);

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_brief_opens_its_reasons_with_the_summarys_reasons(String file) throws IOException {
        assertAgreement(ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class));
    }

    /** Seven red flags, more than two of them serious ones about integrity: the rules' "two ... are established" still leads. */
    @Test
    void the_longest_brief_agrees_too() {
        assertAgreement(CeoBriefPdfTest.longest());
    }

    private static void assertAgreement(PartnerAssessmentRequest request) {
        PartnerAssessment assessment = SERVICE.assess(TestAdvisor.get(), request);
        CeoBrief brief = CeoBriefWriter.write(assessment, request, TestAdvisor.get().knowledge(), LocalDate.of(2026, 12, 6));

        List<String> summaryReasons = assessment.summary().stream().filter(l -> l.kind() == SummaryKind.REASON).map(SummaryLine::text)
                .map(CeoBriefWriter::plain).map(CeoBriefWriter::subject).toList();
        List<String> briefReasons = brief.reasons().stream().map(CeoBriefWriter::plain).toList();
        assertThat(briefReasons).as("the brief has room for every reason the summary gives").hasSizeGreaterThanOrEqualTo(summaryReasons.size());
        for (int i = 0; i < summaryReasons.size(); i++) {
            assertThat(briefReasons.get(i)).as("reason %d of the brief against the summary's %s", i + 1, summaryReasons).startsWith(summaryReasons.get(i));
        }
    }
}
