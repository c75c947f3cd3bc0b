package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Checklist selection for the benchmark's cross-border, government-facing distribution deal: the rules alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChecklistBenchmark {
    private Advisor advisor;
    private List<Object> facts;

    @Setup
    public void setUp() {
        advisor = TestAdvisor.get();
        facts = ChecklistFacts.of(BenchInputs.read("checklist.json", ChecklistContext.class), null, advisor.knowledge());
    }

    @Benchmark
    public Evaluation ruleEvaluation() {
        return advisor.engine(ChecklistService.RULE_SET).evaluate(facts);
    }
}
