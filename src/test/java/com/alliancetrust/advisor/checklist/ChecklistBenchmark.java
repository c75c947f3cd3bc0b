package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.wiring.Services;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.List;
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
 * Checklist selection for the benchmark's cross-border, government-facing distribution deal: the rules
 * alone; and its checklist made and kept in a database, read and marked as the API answers (the whole
 * checklist written as JSON).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChecklistBenchmark {
    private Advisor advisor;
    private List<Object> facts;
    private ChecklistContext deal;
    private Database db;
    private ChecklistService checklists;
    private Checklist kept;
    private int markVersion = 1;

    @Setup
    public void setUp() {
        advisor = TestAdvisor.get();
        deal = BenchInputs.read("checklist.json", ChecklistContext.class);
        facts = ChecklistFacts.of(deal, null, advisor.knowledge());
        db = TestDatabases.sqlite();
        checklists = new Services(() -> advisor, db, Clock.systemUTC()).checklists();
        kept = checklists.create(deal);
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public Evaluation ruleEvaluation() {
        return advisor.engine(ChecklistService.RULE_SET).evaluate(facts);
    }

    /** A checklist made for the deal, kept, and written as the API sends it. */
    @Benchmark
    public byte[] createAsSent() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(checklists.create(deal));
    }

    /** A kept checklist read and written as the API sends it. */
    @Benchmark
    public byte[] readAsSent() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(checklists.read(kept.id()));
    }

    /** An item of a kept checklist marked, and the checklist written as the API sends it back. */
    @Benchmark
    public byte[] markAsSent() throws JsonProcessingException {
        Checklist.Mark mark = new Checklist.Mark(markVersion % 2 == 1 ? Checklist.Status.DONE : Checklist.Status.OPEN, "Checked.", null,
                "hr.lead@example.com", null, markVersion);
        byte[] sent = BenchInputs.JSON.writeValueAsBytes(checklists.mark(kept.id(), kept.items().get(0).id(), mark));
        markVersion++;
        return sent;
    }
}
