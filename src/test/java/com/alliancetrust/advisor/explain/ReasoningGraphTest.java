package com.alliancetrust.advisor.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer's reasoning as one graph loses nothing: every explanation read back from the graph (as
 * the web application reads it) is the self-contained explanation the answer was built with; and it
 * makes the benchmark's assessment less than half as large.
 */
class ReasoningGraphTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("cases", 12);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_explanation_of_every_scenario_reads_back_as_it_was_built(String file) throws IOException {
        PartnerAssessmentRequest request = ScenarioHarness.YAML.convertValue(CASES.read(file).get("request"), PartnerAssessmentRequest.class);
        JsonNode full = BenchInputs.JSON.valueToTree(new PartnerAssessmentService(TestAdvisor::get).assess(request));
        JsonNode graph = ReasoningGraph.of(full, TestAdvisor.get());

        assertThat(withoutNulls(readBack(graph))).isEqualTo(withoutNulls(full));
        assertThat(ReasoningGraph.of(graph, TestAdvisor.get())).as("already a graph: as it is").isSameAs(graph);
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
        assertThat(withoutNulls(readBack(graph))).isEqualTo(withoutNulls(full));
        assertThat(graph.path("ranking").get(0).path("assessment").has("reasoning")).isFalse();
        assertThat(graph.path("reasoning").path("rules").size()).isPositive();
    }

    /** The answer with each explanation resolved from the graph, in the self-contained form, as the web application resolves it. */
    static JsonNode readBack(JsonNode graph) {
        JsonNode reasoning = graph.path("reasoning");
        Map<String, JsonNode> facts = byId(reasoning.path("facts"));
        Map<String, JsonNode> conclusions = byId(reasoning.path("conclusions"));
        Map<String, JsonNode> rules = byId(reasoning.path("rules"));
        Map<String, JsonNode> sources = byId(reasoning.path("sources"));
        ObjectNode copy = ((ObjectNode) graph).deepCopy();
        copy.remove("reasoning");
        resolve(copy, facts, conclusions, rules, sources);
        return copy;
    }

    private static void resolve(JsonNode node, Map<String, JsonNode> facts, Map<String, JsonNode> conclusions, Map<String, JsonNode> rules,
                                Map<String, JsonNode> sources) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("explanation") && value.isObject() && value.path("facts").isArray()) {
                    object.set(name, explanation(value, facts, conclusions, rules, sources));
                } else if (name.equals("trace")) {
                    ArrayNode refs = NODES.arrayNode();
                    value.forEach(id -> refs.add(ruleRef(rules.get(id.asText()))));
                    object.set(name, refs);
                } else {
                    resolve(value, facts, conclusions, rules, sources);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(n -> resolve(n, facts, conclusions, rules, sources));
        }
    }

    private static ObjectNode explanation(JsonNode refs, Map<String, JsonNode> facts, Map<String, JsonNode> conclusions,
                                          Map<String, JsonNode> rules, Map<String, JsonNode> sources) {
        ObjectNode out = NODES.objectNode();
        out.set("why", refs.get("why"));
        ArrayNode factList = out.putArray("facts");
        refs.path("facts").forEach(id -> {
            ObjectNode f = ((ObjectNode) facts.get(id.asText())).deepCopy();
            f.remove("id");
            factList.add(f);
        });
        ArrayNode chain = out.putArray("conclusions");
        List<JsonNode> rulesUsed = new ArrayList<>();
        if (refs.hasNonNull("rule")) rulesUsed.add(rules.get(refs.get("rule").asText()));
        refs.path("conclusions").forEach(id -> {
            JsonNode c = conclusions.get(id.asText());
            ObjectNode step = chain.addObject();
            step.put("statement", c.path("statement").asText());
            step.set("rule", c.hasNonNull("rule") ? ruleRef(rules.get(c.get("rule").asText())) : NODES.nullNode());
            ArrayNode basedOn = step.putArray("basedOn");
            c.path("basedOn").forEach(b -> {
                JsonNode fact = facts.get(b.asText());
                basedOn.add(fact != null ? fact.path("field").asText() + " = " + fact.path("value").asText()
                        : conclusions.get(b.asText()).path("statement").asText());
            });
            if (c.hasNonNull("rule")) rulesUsed.add(rules.get(c.get("rule").asText()));
        });
        out.set("rule", refs.hasNonNull("rule") ? ruleRef(rules.get(refs.get("rule").asText())) : NODES.nullNode());
        ArrayNode sourceList = out.putArray("sources");
        refs.path("sources").forEach(id -> {
            JsonNode s = sources.get(id.asText());
            String confidence = s.hasNonNull("confidence") ? s.get("confidence").asText() : rulesUsed.stream()
                    .filter(r -> r.path("sources").toString().contains("\"" + id.asText() + "\"")).findFirst()
                    .map(r -> r.path("confidence").asText(null)).orElse(null);
            ObjectNode source = sourceList.addObject();
            source.put("id", id.asText());
            source.put("citation", s.path("citation").asText(null));
            source.put("confidence", confidence);
            source.put("note", s.path("note").asText(null));
        });
        return out;
    }

    private static ObjectNode ruleRef(JsonNode rule) {
        ObjectNode ref = NODES.objectNode();
        ref.put("id", rule.path("id").asText());
        ref.put("name", rule.path("name").asText());
        ref.put("file", rule.path("file").asText());
        return ref;
    }

    /** As written: a field whose value is null is left out. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = NODES.objectNode();
            object.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) out.set(e.getKey(), withoutNulls(e.getValue()));
            });
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = NODES.arrayNode();
            array.forEach(n -> out.add(withoutNulls(n)));
            return out;
        }
        return node;
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(n -> byId.put(n.path("id").asText(), n));
        return byId;
    }

}
