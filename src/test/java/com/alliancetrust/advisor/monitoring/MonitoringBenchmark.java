package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import java.time.LocalDate;
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

/** Trust monitoring of an alliance with a year of quarterly health checks: the rules alone, and the whole health view. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonitoringBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private Advisor advisor;
    private Alliance alliance;
    private List<HealthCheck> checks;
    private List<Object> facts;

    @Setup
    public void setUp() {
        advisor = TestAdvisor.get();
        HealthCheckRequest check = BenchInputs.read("health-check.json", HealthCheckRequest.class);
        alliance = new Alliance("bench", new Partner("Bench Partner", "JP", "machine tools"),
                Purpose.JOINT_RND, List.of("JP"), AllianceStatus.ACTIVE, "bench", null,
                "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", 1);
        checks = new ArrayList<>();
        for (int quarter = 4; quarter >= 1; quarter--) {
            String date = AS_OF.minusDays(quarter * 91L - 80).toString();
            checks.add(new HealthCheck("check-" + quarter, alliance.id(), date, date + "T00:00:00Z",
                    SurveyScoring.aggregate(check.responses(), advisor.knowledge().survey()), check.indicators(), check.events()));
        }
        facts = HealthRules.facts(alliance, checks, AS_OF, TestAdvisor.get().knowledge().monitoringPolicy().policy());
    }

    @Benchmark
    public Evaluation ruleEvaluation() {
        return advisor.engine(HealthRules.RULE_SET).evaluate(facts);
    }

    @Benchmark
    public AllianceHealth health() {
        return HealthRules.evaluate(advisor, alliance, checks, AS_OF);
    }
}
