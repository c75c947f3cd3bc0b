package com.alliancetrust.advisor.culture;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.explain.ReasoningGraphWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Culture advice for the benchmark's request ({@code bench/bodies/culture-advice.json}): the advice
 * alone, written self-contained (as it was sent before), and as the API sends it (its reasoning as
 * one graph, rules, sources and wording named by id).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CultureBenchmark {
    private static final ReasoningGraphWriter GRAPHS = new ReasoningGraphWriter(BenchInputs.JSON);
    private Advisor advisor;
    private CultureAdviceService service;
    private CultureAdviceRequest request;
    private CultureAdviceService.Result made;

    @Setup
    public void setUp() {
        advisor = TestAdvisor.get();
        service = new CultureAdviceService(() -> advisor);
        request = BenchInputs.read("culture-advice.json", CultureAdviceRequest.class);
        made = service.advise(advisor, request);
    }

    @Benchmark
    public CultureAdviceService.Result advice() {
        return service.advise(advisor, request);
    }

    @Benchmark
    public byte[] adviceSelfContained() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(service.advise(advisor, request));
    }

    @Benchmark
    public byte[] adviceAsSent() {
        return GRAPHS.write(service.advise(advisor, request), advisor, false);
    }

    /** The writing alone, of advice made beforehand: self-contained, as before. */
    @Benchmark
    public byte[] writtenSelfContained() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(made);
    }

    /** The writing alone: as the API sends it now. */
    @Benchmark
    public byte[] writtenAsSent() {
        return GRAPHS.write(made, advisor, false);
    }
}
