package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.CaseFileStore;
import com.alliancetrust.advisor.casefile.HealthKeeping;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each alliance's health, evaluated when what it is made from changes and kept in the database, so
 * that reading the portfolio never runs the rules. A health check saves the health it was evaluated
 * with in its own transaction; a change to the alliance is evaluated right after it. What changes
 * for every alliance at once (the rules, the day) and what this server did not write itself (an
 * import, another server) is brought up to date in the background, a batch at a time: started with
 * the server, every minute, and whenever the portfolio is read while some alliance is behind. Kept
 * in the database, the summaries survive a restart; only those made by other rules or for an
 * earlier day are evaluated again.
 */
public final class HealthSummaries implements HealthKeeping {
    /** The name of the background thread. */
    public static final String THREAD = "health-summaries";
    private static final Logger LOG = LoggerFactory.getLogger(HealthSummaries.class);
    private static final int BATCH = 100;

    /** What an alliance's health is made from, read at one moment, with the changes counted until then. */
    record Snapshot(int changes, Alliance alliance, List<HealthCheck> checks) {
    }

    /** The version of the rules served, and since when this server serves it. */
    private record Served(String version, String since) {
    }

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final Clock clock;
    private final HealthSummaryStore store;
    private final CaseFileStore caseFiles;
    private final HealthCheckStore checks;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Served served = new Served("", "");
    private ScheduledExecutorService background;

    public HealthSummaries(Supplier<Advisor> advisor, Database db, ObjectMapper json, Clock clock) {
        this.advisor = advisor;
        this.db = db;
        this.clock = clock;
        this.store = new HealthSummaryStore(json);
        this.caseFiles = new CaseFileStore(json);
        this.checks = new HealthCheckStore(json);
    }

    /** The health checks as stored, with the checks read kept for the next reader. */
    HealthCheckStore checks() {
        return checks;
    }

    /** The day the portfolio is kept for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A page of the portfolio as kept; reading it runs no rule. */
    Portfolio page(int page, int size) {
        return page(advisor.get(), page, size);
    }

    /** A page as kept for the rules and knowledge {@code current} (read once by the caller for the whole request). */
    Portfolio page(Advisor current, int page, int size) {
        Page.check(page, size);
        LocalDate today = today();
        HealthSummaryStore.Listing listing = db.read(c -> store.page(c, current(current, today), page, size));
        if (listing.pending() > 0) nudge();
        return new Portfolio(today.toString(), current.version(), listing.needingAttention(), listing.pending(), listing.page());
    }

    /** The alliance and its checks as they are now, with the changes counted first (a change made meanwhile then shows). */
    Snapshot snapshot(String allianceId) {
        return db.read(c -> snapshot(c, allianceId));
    }

    private Snapshot snapshot(Connection c, String allianceId) throws SQLException {
        int changes = store.changes(c, allianceId);
        Alliance alliance = caseFiles.findAlliance(c, allianceId).orElseThrow(() -> new NotFoundException("No alliance with id " + allianceId));
        return new Snapshot(changes, alliance, checks.forAlliance(c, allianceId));
    }

    /**
     * Keeps, in the transaction of a change, the health evaluated from the snapshot the change was
     * made on, {@code changesMade} changes later. When another change came between, nothing is kept
     * and the alliance is left to the background; false then.
     */
    boolean save(Connection c, Snapshot before, int changesMade, Advisor current, String madeAt, HealthSummaryStore.Kept kept) throws SQLException {
        boolean saved = store.save(c, before.alliance().id(), before.changes() + changesMade, current.version(), madeAt, kept);
        if (!saved) nudge();
        return saved;
    }

    /** The health as it is kept, its summary written: made before the transaction that keeps it (see {@link HealthSummaryStore.Kept}). */
    HealthSummaryStore.Kept keep(AllianceHealth health) {
        return store.keep(health);
    }

    /**
     * Evaluates a new alliance's health (it has no check yet) for the transaction that opens it. If
     * the evaluation fails, the alliance opens all the same and is left to the background.
     */
    @Override
    public Database.SqlWork<?> opening(Alliance alliance) {
        try {
            String madeAt = Ids.now();
            Advisor current = advisor.get();
            Snapshot before = new Snapshot(0, alliance, List.of());
            HealthSummaryStore.Kept health = keep(health(current, before, today()));
            return c -> save(c, before, 1, current, madeAt, health); // the one change: its opening
        } catch (RuntimeException e) {
            LOG.warn("The health of the new alliance {} is left to be brought up to date in the background", alliance.id(), e);
            nudge();
            return c -> null;
        }
    }

    /**
     * Evaluates one alliance now and keeps its health: after a change to it. A failure to keep it
     * does not fail the change, which is committed; the alliance is left to the background.
     */
    @Override
    public void changed(String allianceId) {
        try {
            String madeAt = Ids.now();
            Advisor current = advisor.get();
            LocalDate today = today();
            Snapshot snapshot = snapshot(allianceId);
            HealthSummaryStore.Kept health = keep(health(current, snapshot, today));
            db.inTransactionNotWaitingForDisk(c -> save(c, snapshot, 0, current, madeAt, health));
        } catch (RuntimeException e) {
            LOG.warn("The health of alliance {} is left to be brought up to date in the background", allianceId, e);
            nudge();
        }
    }

    /** Brings every alliance of the portfolio whose kept health is not current up to date; returns how many were evaluated. */
    public int refreshPending() {
        String madeAt = Ids.now();
        Advisor current = advisor.get();
        LocalDate today = today();
        HealthSummaryStore.Current now = current(current, today);
        int evaluated = 0;
        String after = "";
        while (!Thread.currentThread().isInterrupted()) {
            String from = after;
            List<Snapshot> batch = db.read(c -> {
                List<Snapshot> snapshots = new ArrayList<>();
                for (String id : store.pending(c, now, from, BATCH)) snapshots.add(snapshot(c, id));
                return snapshots;
            });
            if (batch.isEmpty()) break;
            List<HealthSummaryStore.Kept> healths = new ArrayList<>();
            for (Snapshot s : batch) {
                if (Thread.currentThread().isInterrupted()) return evaluated; // stopping: the rest stays pending
                healths.add(keep(health(current, s, today)));
            }
            db.inTransactionNotWaitingForDisk(c -> {
                for (int i = 0; i < batch.size(); i++) save(c, batch.get(i), 0, current, madeAt, healths.get(i));
                return null;
            });
            evaluated += batch.size();
            after = batch.get(batch.size() - 1).alliance().id();
        }
        return evaluated;
    }

    /** The health kept for the portfolio: as of today, without explanations. */
    private static AllianceHealth health(Advisor current, Snapshot snapshot, LocalDate today) {
        return HealthRules.readUnexplained(current, snapshot.alliance(), HealthRules.until(snapshot.checks(), today), today);
    }

    /** What a kept summary must have been made for now; notes when this server began serving a new version of the rules. */
    private HealthSummaryStore.Current current(Advisor current, LocalDate today) {
        Served seen = served;
        if (!seen.version().equals(current.version())) {
            seen = new Served(current.version(), Ids.now());
            served = seen;
        }
        return new HealthSummaryStore.Current(today.toString(), seen.version(), seen.since());
    }

    /** Starts bringing summaries up to date in the background: now, then every minute and whenever nudged. */
    public synchronized void start() {
        if (background != null) return;
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, THREAD);
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::refreshInBackground, 0, 1, TimeUnit.MINUTES);
    }

    /** Stops the background work, waiting for the evaluation under way. */
    public synchronized void stop() {
        if (background == null) return;
        background.shutdownNow();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        background = null;
    }

    /** Asks the background to bring summaries up to date soon; at most one such request waits. */
    private void nudge() {
        ScheduledExecutorService running = background;
        if (running != null && queued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    queued.set(false);
                    refreshInBackground();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // stopping
            }
        }
    }

    private void refreshInBackground() {
        try {
            int evaluated = refreshPending();
            if (evaluated > 0) LOG.info("Brought the kept health of {} alliances up to date", evaluated);
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) LOG.warn("Bringing the kept health of alliances up to date failed; retried later", e);
        }
    }
}
