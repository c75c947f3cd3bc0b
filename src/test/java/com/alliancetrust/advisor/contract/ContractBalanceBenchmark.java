package com.alliancetrust.advisor.contract;

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

/** Contract balance for the benchmark's control-heavy draft: the rules alone, and the whole advice. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContractBalanceBenchmark {
    private Advisor advisor;
    private ContractBalanceService service;
    private ContractBalanceRequest request;
    private List<Object> facts;

    @Setup
    public void setUp() {
        advisor = TestAdvisor.get();
        service = new ContractBalanceService(() -> advisor);
        request = BenchInputs.read("contract-balance.json", ContractBalanceRequest.class);
        facts = ContractBalanceService.facts(advisor.knowledge(), request);
    }

    @Benchmark
    public Evaluation ruleEvaluation() {
        return advisor.engine(ContractBalanceService.RULE_SET).evaluate(facts);
    }

    @Benchmark
    public ContractBalanceService.Result advice() {
        return service.advise(request);
    }
}
