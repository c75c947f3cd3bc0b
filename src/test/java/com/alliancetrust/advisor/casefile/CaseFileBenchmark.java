package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.wiring.Services;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark's assessment ({@code bench/assessment.json}) kept in a case file, as the API keeps
 * an assessment whose request names an alliance, and a kept assessment re-run against the rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseFileBenchmark {
    private Advisor advisor;
    private Database db;
    private Services services;
    private PartnerAssessmentRequest request;
    private String assessmentId;

    @Setup
    public void setUp() throws JsonProcessingException {
        advisor = TestAdvisor.get();
        db = TestDatabases.sqlite();
        services = new Services(() -> advisor, db, Clock.systemUTC());
        String allianceId = services.caseFiles().create(BenchInputs.read("alliance.json", AllianceDraft.class)).id();
        ObjectNode named = BenchInputs.JSON.valueToTree(BenchInputs.read("assessment.json", PartnerAssessmentRequest.class));
        named.put("allianceId", allianceId);
        request = BenchInputs.JSON.treeToValue(named, PartnerAssessmentRequest.class);
        assessmentId = services.recorder().assess(advisor, request).assessment().assessmentId();
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    /** The assessment made and kept with its input in the case file, with its entry on the timeline. */
    @Benchmark
    public Object storedAssessment() {
        return services.recorder().assess(advisor, request);
    }

    /** The kept assessment re-run against the rules, and what changed worked out. */
    @Benchmark
    public Object rerun() {
        return services.rerun().rerun(assessmentId, advisor);
    }
}
