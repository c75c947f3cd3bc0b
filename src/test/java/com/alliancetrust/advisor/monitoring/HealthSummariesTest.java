package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.CaseFileStore;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Respondent;
import com.alliancetrust.advisor.reload.TestHome;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.wiring.Capabilities;
import com.alliancetrust.advisor.wiring.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each alliance's health is kept between reads: reading a page of the portfolio runs no rule, and
 * what was kept is brought up to date when the rules or the day change, survives a restart, and is
 * never replaced by a health evaluated from data that has changed since. The services are driven
 * directly, with the background work done here and now ({@code refreshPending}) instead of on its
 * thread, so that nothing depends on when a thread runs.
 */
class HealthSummariesTest {
    /** Monitoring rules that can evaluate nothing: a count that never ends starts on every alliance. */
    private static final String UNSETTLING = """
            package rules.monitoring

            import com.alliancetrust.advisor.domain.*

            declare Tick
                count : int
            end

            rule "Every alliance starts a count that never ends"
                @sources("bamford-ernst-2002") @confidence("LOW")
                ruleflow-group "assessment"
            when
                Fact(name == "alliance.purpose")
            then
                insert(new Tick(0));
            end

            rule "Every count is counted one further"
                @sources("bamford-ernst-2002") @confidence("LOW")
                ruleflow-group "assessment"
            when
                $t : Tick(count >= 0)
            then
                modify($t) { setCount($t.getCount() + 1) }
            end
            """;
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @TempDir
    Path home;
    private final AtomicReference<Advisor> advisor = new AtomicReference<>(TestAdvisor.get());
    private final SettableClock clock = new SettableClock(TODAY);
    private Database db;
    private HealthSummaries summaries;
    private CaseFileService caseFiles;
    private MonitoringService monitoring;

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite();
        summaries = new HealthSummaries(advisor::get, db, Json.mapper(), clock);
        caseFiles = new CaseFileService(db, new CaseFileStore(Json.mapper()), summaries);
        monitoring = new MonitoringService(advisor::get, db, caseFiles, summaries);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reading_a_page_runs_no_rule_and_shows_what_is_kept_until_new_rules_have_evaluated_it() {
        String checked = alliance("Checked");
        String unchecked = alliance("Unchecked");
        monitoring.record(checked, check(TODAY.minusDays(10), 4));
        Portfolio before = summaries.page(1, 20);
        assertThat(before.pending()).isZero();

        TestHome.copyOfProject(home).write("rules/monitoring/unsettling.drl", UNSETTLING);
        advisor.set(Capabilities.load(new ContentLocator(home).load()));
        Portfolio kept = summaries.page(1, 20);

        assertThat(kept.version()).isEqualTo(advisor.get().version()).isNotEqualTo(before.version());
        assertThat(kept.pending()).as("made by other rules").isEqualTo(2);
        assertThat(kept.alliances().items()).extracting(Portfolio.Item::health)
                .as("what was kept, though the rules served now could evaluate nothing").containsExactlyElementsOf(healths(before));
        assertThat(kept.alliances().items()).allMatch(Portfolio.Item::pending);

        assertThat(summaries.refreshPending()).isEqualTo(2);
        Portfolio evaluated = summaries.page(1, 20);
        assertThat(evaluated.pending()).isZero();
        assertThat(evaluated.alliances().items()).allSatisfy(item -> {
            assertThat(item.health()).isEqualTo("NOT_EVALUATED");
            assertThat(item.notEvaluated()).contains("could not be evaluated", "reached the bound of " + Advisor.MAX_FIRINGS + " firings");
        });
        assertThat(monitoring.health(unchecked, null).overallLevel()).isEqualTo("NOT_EVALUATED");
        assertThat(summaries.refreshPending()).as("nothing left to evaluate").isZero();
    }

    @Test
    void a_new_alliance_opens_with_its_health_kept_as_evaluating_it_afterwards_would_keep_it() {
        String id = alliance("Opened");
        Portfolio opened = summaries.page(1, 20);
        assertThat(opened.pending()).as("kept in the transaction that opened it").isZero();
        assertThat(opened.alliances().items()).singleElement().satisfies(item -> {
            assertThat(item.allianceId()).isEqualTo(id);
            assertThat(item.pending()).isFalse();
        });

        summaries.changed(id);
        assertThat(summaries.page(1, 20)).as("evaluated again, after it opened").isEqualTo(opened);
        assertThat(summaries.refreshPending()).isZero();
    }

    @Test
    void a_new_day_brings_every_kept_health_up_to_date() {
        String id = alliance("Quarterly");
        monitoring.record(id, check(TODAY.minusDays(80), 4));
        assertThat(summaries.page(1, 20).alliances().items().get(0).overdue()).isFalse();

        clock.set(TODAY.plusDays(20));
        Portfolio kept = summaries.page(1, 20);
        assertThat(kept.asOf()).isEqualTo(TODAY.plusDays(20).toString());
        assertThat(kept.pending()).isEqualTo(1);
        assertThat(kept.alliances().items().get(0).asOf()).isEqualTo(TODAY.toString());

        assertThat(summaries.refreshPending()).isEqualTo(1);
        Portfolio.Item item = summaries.page(1, 20).alliances().items().get(0);
        assertThat(item.asOf()).isEqualTo(TODAY.plusDays(20).toString());
        assertThat(item.overdue()).as("100 days after a quarterly check").isTrue();
        assertThat(item.pending()).isFalse();
    }

    @Test
    void the_kept_health_survives_a_restart() {
        monitoring.record(alliance("Steady"), check(TODAY.minusDays(10), 4));
        alliance("New");
        Portfolio before = summaries.page(1, 20);

        HealthSummaries restarted = new HealthSummaries(advisor::get, db, Json.mapper(), clock);
        Portfolio after = restarted.page(1, 20);

        assertThat(after.pending()).isZero();
        assertThat(after.alliances()).isEqualTo(before.alliances());
        assertThat(restarted.refreshPending()).isZero();
    }

    @Test
    void a_health_evaluated_from_data_that_has_changed_since_is_not_kept() {
        String id = alliance("Busy");
        HealthSummaries.Snapshot before = summaries.snapshot(id);
        AllianceHealth stale = HealthRules.read(advisor.get(), before.alliance(), before.checks(), TODAY);

        monitoring.record(id, check(TODAY.minusDays(1), 1));
        HealthSummaryStore.Kept written = summaries.keep(stale);
        boolean kept = db.inTransaction(c -> summaries.save(c, before, 0, advisor.get(), Ids.now(), written));

        assertThat(kept).isFalse();
        Portfolio.Item item = summaries.page(1, 20).alliances().items().get(0);
        assertThat(item.health()).as("the health with the check").isEqualTo("LOW");
        assertThat(item.lastCheck()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(item.pending()).isFalse();
    }

    @Test
    void an_alliance_s_health_read_again_with_nothing_changed_is_the_one_kept_and_any_change_reads_it_anew() {
        String id = alliance("Kept");
        monitoring.record(id, check(TODAY.minusDays(20), 4));
        AllianceHealth first = monitoring.health(id, null);
        assertThat(monitoring.health(id, null)).as("nothing changed: the health kept").isSameAs(first);

        monitoring.record(id, check(TODAY.minusDays(1), 1));
        AllianceHealth afterCheck = monitoring.health(id, null);
        assertThat(afterCheck).as("a new check").isNotSameAs(first);
        assertThat(afterCheck.checks()).hasSize(2);
        assertThat(afterCheck.overallLevel()).isEqualTo("LOW");
        assertThat(monitoring.health(id, TODAY.minusDays(5).toString()).checks()).as("another day: the checks up to it").hasSize(1);

        var file = caseFiles.read(id).alliance();
        caseFiles.update(id, new AllianceDraft(file.partner(), file.purpose(), file.countries(), file.status(), "A new owner", null, file.version()));
        assertThat(monitoring.health(id, null)).as("the case file changed").isNotSameAs(afterCheck);

        AllianceHealth beforeReload = monitoring.health(id, null);
        advisor.set(com.alliancetrust.advisor.wiring.Capabilities.load(TestAdvisor.get().content())); // as a reload gives
        AllianceHealth afterReload = monitoring.health(id, null);
        assertThat(afterReload).as("other rules").isNotSameAs(beforeReload);
        assertThat(afterReload.overallLevel()).isEqualTo(beforeReload.overallLevel());
    }

    private String alliance(String partner) {
        return caseFiles.create(new AllianceDraft(new Partner(partner, null, null), Purpose.SUPPLY, null, AllianceStatus.ACTIVE, null, null, null)).id();
    }

    /** Three respondents of ours whose answers make every element's score {@code score}. */
    private HealthCheckRequest check(LocalDate date, int score) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        advisor.get().knowledge().survey().values().forEach(item -> answers.put(item.id(), item.reverse() ? 6 - score : score));
        Respondent respondent = new Respondent(HealthCheckRequest.Side.OURS, answers);
        return new HealthCheckRequest(date.toString(), List.of(respondent, respondent, respondent), null, null);
    }

    private static List<String> healths(Portfolio portfolio) {
        return portfolio.alliances().items().stream().map(Portfolio.Item::health).toList();
    }

    /** A clock at the start of a day, moved on by the test. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
