package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.ReasoningGraph;
import com.alliancetrust.advisor.explain.ReasoningGraphWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Partner selection, the benchmark's assessment ({@code bench/assessment.json}): one evaluation of
 * the rules with explanations recorded, one run up to the verdict as the what-if search makes many
 * times, the whole "what would change this verdict" search (all its runs in one session, and each in
 * a fresh session as before; and over the knowledge base's scenarios, one after another), the whole assessment, and the whole
 * assessment written as JSON, self-contained and as the API sends it (its reasoning as one graph,
 * written from its objects, and by way of a JSON tree as before).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SelectionBenchmark {
    private static final ReasoningGraphWriter GRAPHS = new ReasoningGraphWriter(BenchInputs.JSON);
    private Advisor advisor;
    private PartnerAssessmentService service;
    private PartnerAssessmentRequest request;
    private List<Object> facts;
    private SelectionInput input;
    private PartnerAssessment made;
    private List<SelectionInput> scenarios;

    @Setup
    public void setUp() throws IOException {
        advisor = TestAdvisor.get();
        service = new PartnerAssessmentService(() -> advisor);
        request = BenchInputs.read("assessment.json", PartnerAssessmentRequest.class);
        input = SelectionInput.validate(request, advisor.knowledge());
        facts = input.facts(advisor.knowledge());
        made = service.assess(request);
        ScenarioHarness cases = ScenarioHarness.knowledgeBase("cases", 12);
        scenarios = new ArrayList<>();
        for (JsonNode scenario : cases.readAll()) {
            scenarios.add(SelectionInput.validate(ScenarioHarness.YAML.convertValue(scenario.get("request"), PartnerAssessmentRequest.class),
                    advisor.knowledge()));
        }
    }

    @Benchmark
    public Evaluation ruleEvaluation() {
        return advisor.engine(Advisor.SELECTION).evaluate(facts);
    }

    @Benchmark
    public List<VerdictDecision> verdictOnly() {
        return advisor.engine(Advisor.SELECTION).conclude(facts, "verdict", VerdictDecision.class);
    }

    @Benchmark
    public List<PartnerAssessment.VerdictChange> whatIfSearch() {
        return PartnerAssessmentService.whatWouldChange(advisor, input);
    }

    /** The search on each of the knowledge base's scenarios in turn: the mix of files an advisor meets, not one file. */
    @Benchmark
    public int whatIfSearchOverScenarios() {
        int found = 0;
        for (SelectionInput scenario : scenarios) found += PartnerAssessmentService.whatWouldChange(advisor, scenario).size();
        return found;
    }

    /** The same search with each verdict from a fresh session, as it ran before, to compare under the same load. */
    @Benchmark
    public List<PartnerAssessment.VerdictChange> whatIfSearchFreshSessions() {
        return PartnerAssessmentService.whatWouldChange(advisor, input, WhatIfSearch::new, SearchVerdicts.Mode.FRESH);
    }

    @Benchmark
    public PartnerAssessment assessment() {
        return service.assess(request);
    }

    @Benchmark
    public byte[] assessmentAsJson() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(service.assess(request));
    }

    /** As the API sends it: with its reasoning as one graph, rules, sources and wording named by id, written from its objects. */
    @Benchmark
    public byte[] assessmentAsSent() {
        return GRAPHS.write(service.assess(request), advisor, false);
    }

    /** The same bytes, by way of the answer as a JSON tree, as the API made them before. */
    @Benchmark
    public byte[] assessmentAsSentByTree() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(ReasoningGraph.of(BenchInputs.JSON.valueToTree(service.assess(request)), advisor, false));
    }

    /** The writing alone, of one assessment made beforehand: as the API sends it, from its objects. */
    @Benchmark
    public byte[] writtenAsSent() {
        return GRAPHS.write(made, advisor, false);
    }

    /** The writing alone, by way of a JSON tree, as before. */
    @Benchmark
    public byte[] writtenAsSentByTree() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(ReasoningGraph.of(BenchInputs.JSON.valueToTree(made), advisor, false));
    }
}
