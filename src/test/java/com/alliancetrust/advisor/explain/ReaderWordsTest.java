package com.alliancetrust.advisor.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.LabelGroup;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an executive reads in an explanation, the steps of its chain and the values of its facts, is in words: no id of a
 * red flag, piece of advice, item of evidence or of our own conduct, and no bare code ("HIGH", "CALCULUS", "YES").
 */
class ReaderWordsTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);
    private static final Pattern CODE = Pattern.compile("\\b(LOW|MODERATE|HIGH|UNKNOWN|CALCULUS|KNOWLEDGE|IDENTIFICATION|YES|NO|[A-Z]+_[A-Z_]+)\\b");

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_step_and_fact_of_an_assessment_is_said_in_words(String file) throws IOException {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class);
        JsonNode answer = ScenarioHarness.JSON.valueToTree(new PartnerAssessmentService(TestAdvisor::get).assess(request));
        Set<String> ids = new TreeSet<>();
        Stream.of(kb.redFlags().keySet(), kb.advice().keySet(), kb.evidence().keySet(), kb.ourSide().keySet(), kb.checklist().keySet())
                .flatMap(Set::stream).filter(id -> id.contains("-") || id.contains(".")).forEach(ids::add);

        List<String> read = new ArrayList<>();
        answer.findValues("conclusions").forEach(steps -> steps.forEach(step -> read.add(step.path("statement").asText())));
        read.addAll(answer.findValuesAsText("valueLabel"));
        assertThat(read).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (String text : read) {
            softly.assertThat(text).as("%s: a code", file).doesNotContainPattern(CODE);
            ids.stream().filter(text::contains).forEach(id -> softly.fail("%s: \"%s\" names %s by its id", file, text, id));
        }
        softly.assertAll();
    }

    @Test
    void a_code_is_said_in_the_words_its_labels_agree_on_or_humanised_and_anything_else_is_left_as_it_is() {
        var words = com.alliancetrust.advisor.knowledge.CodeWords.of(List.of(
                new LabelGroup("level", Map.of("HIGH", "High", "LOW", "Low")), new LabelGroup("ipSensitivity", Map.of("HIGH", "High")),
                new LabelGroup("purpose", Map.of("JOINT_RND", "Joint research and development", "OPEN", "Open")),
                new LabelGroup("checkStatus", Map.of("OPEN", "Not yet checked"))));
        assertThat(words.of("HIGH")).isEqualTo("High");
        assertThat(words.of("JOINT_RND")).isEqualTo("Joint research and development");
        assertThat(words.of("OPEN")).as("two groups word it differently").isEqualTo("Open");
        assertThat(words.of("NOT_KNOWN")).isEqualTo("Not known");
        assertThat(words.of("YES")).isEqualTo("Yes");
        assertThat(words.of("NG")).as("a country code").isEqualTo("NG");
        assertThat(words.of("12")).isEqualTo("12");
        assertThat(words.of("partial: sections left blank")).isEqualTo("partial: sections left blank");
    }
}
