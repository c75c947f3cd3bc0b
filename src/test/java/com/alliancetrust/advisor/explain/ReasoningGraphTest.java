package com.alliancetrust.advisor.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer's reasoning as one graph loses nothing: every explanation read back from the graph (as
 * the web application reads it) is the self-contained explanation the answer was built with; it
 * makes the benchmark's assessment less than half as large; and an answer written as a graph straight
 * from its objects, as the API sends one made now, is the graph made from the answer as JSON.
 */
class ReasoningGraphTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);
    private static final ReasoningGraphWriter WRITER = new ReasoningGraphWriter(BenchInputs.JSON);

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_explanation_of_every_scenario_reads_back_as_it_was_built(String file) throws IOException {
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class);
        JsonNode full = BenchInputs.JSON.valueToTree(new PartnerAssessmentService(TestAdvisor::get).assess(request));
        JsonNode graph = ReasoningGraph.of(full, TestAdvisor.get());

        assertThat(Reasoned.withoutNulls(Reasoned.resolve(graph))).isEqualTo(Reasoned.withoutNulls(full));
        assertThat(ReasoningGraph.of(graph, TestAdvisor.get())).as("already a graph: as it is").isSameAs(graph);
        // Named by id, read back with the catalogue of the same version: the same, the trace naming each rule once.
        JsonNode byId = ReasoningGraph.of(full, TestAdvisor.get(), false);
        byId.path("reasoning").path("rules").forEach(rule -> assertThat(rule.has("name")).isFalse());
        // A source is listed only for a confidence its explanations' rules do not give (culture sources, say), without its texts.
        byId.path("reasoning").path("sources").forEach(source -> assertThat(source.has("citation")).isFalse());
        assertThat(Reasoned.withoutNulls(Reasoned.resolve(byId))).isEqualTo(Reasoned.withoutNulls(onceEach(full)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void an_assessment_written_from_its_objects_is_byte_for_byte_the_graph_made_from_it_as_json(String file) throws IOException {
        Advisor advisor = TestAdvisor.get();
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class);
        PartnerAssessment assessment = new PartnerAssessmentService(() -> advisor).assess(request);
        assertWrittenAsFromJson(assessment, advisor);
    }

    @Test
    void a_comparison_written_from_its_objects_is_byte_for_byte_the_graph_made_from_it_as_json() throws IOException {
        Advisor advisor = TestAdvisor.get();
        var request = BenchInputs.read("compare.json", CandidateComparison.Request.class);
        assertWrittenAsFromJson(new CandidateComparison(() -> advisor, new PartnerAssessmentService(() -> advisor)).compare(request), advisor);
    }

    private static void assertWrittenAsFromJson(Object answer, Advisor advisor) throws IOException {
        JsonNode full = BenchInputs.JSON.valueToTree(answer);
        for (boolean texts : List.of(true, false)) {
            String fromJson = BenchInputs.JSON.writeValueAsString(ReasoningGraph.of(full, advisor, texts));
            assertThat(new String(WRITER.write(answer, advisor, texts), StandardCharsets.UTF_8)).as("with texts: " + texts).isEqualTo(fromJson);
        }
        assertThat(BenchInputs.JSON.writeValueAsString(answer)).as("written without a graph: self-contained, as it is stored")
                .isEqualTo(BenchInputs.JSON.writeValueAsString(full));
    }

    @Test
    void a_rule_the_catalogue_no_longer_holds_is_given_as_the_stored_answer_named_it_with_or_without_texts() throws Exception {
        Advisor advisor = TestAdvisor.get();
        var request = BenchInputs.read("assessment.json", PartnerAssessmentRequest.class);
        com.fasterxml.jackson.databind.node.ObjectNode full = BenchInputs.JSON.valueToTree(new PartnerAssessmentService(() -> advisor).assess(request));
        com.fasterxml.jackson.databind.node.ObjectNode gone = (com.fasterxml.jackson.databind.node.ObjectNode) full.path("verdict").path("explanation").path("rule");
        gone.put("id", "a-rule-of-an-older-version").put("name", "A rule of an older version").put("file", "rules/selection/verdict.drl");

        for (boolean texts : List.of(true, false)) {
            JsonNode graph = ReasoningGraph.of(full, advisor, texts);
            String ref = graph.path("verdict").path("explanation").path("rule").asText();
            assertThat(ref).as("named by its own id").isEqualTo("a-rule-of-an-older-version");
            JsonNode rule = java.util.stream.StreamSupport.stream(graph.path("reasoning").path("rules").spliterator(), false)
                    .filter(r -> r.path("id").asText().equals(ref)).findFirst().orElseThrow();
            assertThat(rule.path("name").asText()).isEqualTo("A rule of an older version");
            assertThat(rule.path("file").asText()).isEqualTo("rules/selection/verdict.drl");
            assertThat(Reasoned.resolve(graph).path("verdict").path("explanation").path("rule").path("name").asText())
                    .isEqualTo("A rule of an older version");
        }
    }

    /** The answer with its trace naming each rule once, in the order it first fired. */
    static JsonNode onceEach(JsonNode answer) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) answer).deepCopy();
        Set<String> seen = new LinkedHashSet<>();
        com.fasterxml.jackson.databind.node.ArrayNode trace = copy.putArray("trace");
        answer.path("trace").forEach(r -> {
            if (seen.add(r.path("id").asText())) trace.add(r);
        });
        return copy;
    }

    @Test
    void the_benchmark_assessment_has_each_fact_conclusion_rule_and_source_once_and_is_less_than_half_as_large() throws Exception {
        Advisor advisor = TestAdvisor.get();
        var request = BenchInputs.read("assessment.json", PartnerAssessmentRequest.class);
        JsonNode full = BenchInputs.JSON.valueToTree(new PartnerAssessmentService(() -> advisor).assess(request));
        JsonNode graph = ReasoningGraph.of(full, advisor);
        byte[] bytes = BenchInputs.JSON.writeValueAsBytes(graph);
        StringBuilder sizes = new StringBuilder();
        graph.fieldNames().forEachRemaining(name -> {
            try {
                sizes.append(name).append(' ').append(BenchInputs.JSON.writeValueAsBytes(graph.get(name)).length).append(", ");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("assessment: " + BenchInputs.JSON.writeValueAsBytes(full).length + " bytes self-contained, " + bytes.length
                + " as a graph (" + sizes + ")");
        var zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(bytes);
        }
        System.out.println("assessment as a graph, gzip-compressed: " + zipped.size() + " bytes");
        // Without any explanation the answer is already about 25 KB (recommendations' own texts and actions, fit, power, ...).
        assertThat(bytes.length).isLessThan(BenchInputs.JSON.writeValueAsBytes(full).length / 2);
        assertThat(zipped.size()).isLessThanOrEqualTo(25_000);
        for (String kind : List.of("facts", "conclusions", "rules", "sources")) {
            Set<String> ids = new LinkedHashSet<>();
            graph.path("reasoning").path(kind).forEach(n -> assertThat(ids.add(n.path("id").asText())).as(kind + " once").isTrue());
        }
    }

    @Test
    void a_comparison_shares_one_graph_between_its_candidates() {
        Advisor advisor = TestAdvisor.get();
        var request = BenchInputs.read("compare.json", CandidateComparison.Request.class);
        JsonNode full = BenchInputs.JSON.valueToTree(new CandidateComparison(() -> advisor, new PartnerAssessmentService(() -> advisor))
                .compare(request));
        JsonNode graph = ReasoningGraph.of(full, advisor);
        assertThat(Reasoned.withoutNulls(Reasoned.resolve(graph))).isEqualTo(Reasoned.withoutNulls(full));
        assertThat(graph.path("ranking").get(0).path("assessment").has("reasoning")).isFalse();
        assertThat(graph.path("reasoning").path("rules").size()).isPositive();
    }


}
