package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceFilter;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.CaseFileStore;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.TestDatabases;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The portfolio of 10,000 alliances, each with a year of quarterly health checks, in SQLite: reading
 * one page of the kept health (first and last of 500 pages of 20, written as JSON as the server
 * answers), against evaluating every alliance's health as the portfolio did before it was kept (each
 * alliance's checks read and its health evaluated by the rules, then sorted).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final int PAGE_SIZE = Page.DEFAULT_SIZE;

    @Param("10000")
    public int alliances;

    private Advisor advisor;
    private Database db;
    private HealthSummaries summaries;
    private CaseFileService caseFiles;
    private HealthCheckStore checks;

    @Setup
    public void fill() {
        advisor = TestAdvisor.get();
        db = TestDatabases.sqlite();
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        summaries = new HealthSummaries(() -> advisor, db, BenchInputs.JSON, clock);
        CaseFileStore store = new CaseFileStore(BenchInputs.JSON);
        caseFiles = new CaseFileService(db, store);
        checks = new HealthCheckStore(BenchInputs.JSON);
        HealthCheckRequest request = BenchInputs.read("health-check.json", HealthCheckRequest.class);
        List<HealthCheck.SideScore> scores = SurveyScoring.aggregate(request.responses(), advisor.knowledge().survey());
        Purpose[] purposes = Purpose.values();
        for (int first = 0; first < alliances; first += 500) {
            int from = first;
            db.inTransaction(c -> {
                for (int i = from; i < Math.min(from + 500, alliances); i++) {
                    String now = Ids.now();
                    Alliance a = new Alliance(Ids.newId(), new Partner("Partner " + i, "JP", "machine tools"), purposes[i % purposes.length],
                            List.of("JP"), AllianceStatus.ACTIVE, "bench", null, now, now, 1);
                    store.insertAlliance(c, a);
                    // A year of quarterly checks, the last from 10 to 130 days ago: some alliances are overdue.
                    for (int quarter = 3; quarter >= 0; quarter--) {
                        String date = TODAY.minusDays(10 + i % 120 + quarter * 91L).toString();
                        checks.insert(c, new HealthCheck(Ids.newId(), a.id(), date, now, scores, request.indicators(), request.events()));
                    }
                }
                return null;
            });
        }
        summaries.refreshPending();
    }

    @TearDown
    public void close() {
        db.close();
    }

    @Benchmark
    public byte[] firstPage() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(summaries.page(1, PAGE_SIZE));
    }

    @Benchmark
    public byte[] lastPage() throws JsonProcessingException {
        return BenchInputs.JSON.writeValueAsBytes(summaries.page(alliances / PAGE_SIZE, PAGE_SIZE));
    }

    /** What reading the portfolio cost before it was kept: every alliance evaluated on every read. */
    @Benchmark
    public List<Portfolio.Summary> everyAllianceEvaluated() {
        List<Portfolio.Summary> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Alliance> listed = caseFiles.list(new AllianceFilter(null, null, null, null, false), page, Page.MAX_SIZE);
            for (Alliance a : listed.items()) {
                List<HealthCheck> series = HealthRules.until(db.read(c -> checks.forAlliance(c, a.id())), TODAY);
                items.add(Portfolio.Summary.of(HealthRules.read(advisor, a, series, TODAY)));
            }
            if ((long) page * Page.MAX_SIZE >= listed.total()) break;
        }
        items.sort(Comparator.comparingInt(Portfolio.Summary::attention).reversed()
                .thenComparing(Portfolio.Summary::nextCheckDue, Comparator.nullsFirst(Comparator.naturalOrder())));
        return items;
    }
}
