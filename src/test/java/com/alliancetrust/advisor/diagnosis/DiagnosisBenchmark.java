package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.OpenQuestion;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
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
 * Breach diagnosis for the benchmark's deliberate, concealed leak with every answer known: the rules
 * alone, the question selection a guided session runs after every answer, the whole one-shot
 * diagnosis with its repair plan, and the early-warning check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiagnosisBenchmark {
    private Advisor advisor;
    private DiagnosisService service;
    private EarlyWarning earlyWarning;
    private DiagnosisRequest request;
    private EarlyWarning.Request signals;
    private DiagnosisEngine engine;
    private DiagnosisState state;
    private List<Object> facts;

    @Setup
    public void setUp() {
        advisor = TestAdvisor.get();
        service = new DiagnosisService(() -> advisor, null, null, BenchInputs.JSON);
        earlyWarning = new EarlyWarning(() -> advisor);
        request = BenchInputs.read("diagnosis-one-shot.json", DiagnosisRequest.class);
        signals = BenchInputs.read("early-warning.json", EarlyWarning.Request.class);
        engine = new DiagnosisEngine(advisor);
        state = new DiagnosisState(null, request.purpose(), request.account(),
                List.of(new DiagnosisState.Part(1, BreachPart.Accused.PARTNER, null)), List.of());
        for (DiagnosisRequest.AnswerRequest a : request.known()) {
            List<String> values = new ArrayList<>(a.values() == null ? List.of() : a.values());
            if (a.value() != null) values.add(a.value().asText());
            state = state.answering(1, a.question(), values);
        }
        facts = engine.facts(state);
    }

    @Benchmark
    public Evaluation ruleEvaluation() {
        return advisor.engine(DiagnosisEngine.RULE_SET).evaluate(facts);
    }

    @Benchmark
    public List<OpenQuestion> openQuestions() {
        return engine.openQuestions(state);
    }

    @Benchmark
    public DiagnosisView oneShot() {
        return service.oneShot(request);
    }

    @Benchmark
    public EarlyWarning.Result earlyWarning() {
        return earlyWarning.check(signals);
    }
}
