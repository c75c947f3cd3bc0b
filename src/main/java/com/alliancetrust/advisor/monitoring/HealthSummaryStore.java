package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.store.JsonText;
import com.alliancetrust.advisor.store.Recent;
import com.alliancetrust.advisor.store.Sql;
import com.alliancetrust.advisor.trustbuilding.DueSteps;
import com.alliancetrust.advisor.trustbuilding.TrustPlanStore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each alliance's health as last evaluated, kept for the portfolio (the table is described in
 * {@code V7__health_summaries.sql}). A write that can change an alliance's health counts a change
 * in its own transaction; a summary is saved only if no change came after the data it was made from.
 */
public final class HealthSummaryStore {
    /** A summary not up to date: behind its changes, made for an earlier day, or by other rules before those served now. */
    private static final String STALE = "(h.computed <> h.changes OR h.as_of < :today OR (h.rules_version <> :version AND h.computed_at < :versionSince))";
    /** The portfolio's order. */
    /** Sorts after every real date, so that among alliances of equal attention those with a check due come first. */
    static final String NO_CHECK_DUE = "9999-12-31";
    private static final String IN_ORDER = " ORDER BY h.evaluated, h.attention DESC, h.next_check_due, h.alliance_id";

    /**
     * What a summary must have been made for to be current: {@code today}, and the rules of
     * {@code version}, or other rules if it was made after {@code versionSince}, when this server
     * began to serve that version (another server may serve other rules on the same database).
     */
    public record Current(String today, String version, String versionSince) {
        private Sql bind(Sql sql) {
            return sql.set("today", today).set("version", version).set("versionSince", versionSince);
        }
    }

    /**
     * One page of the portfolio; of all its alliances, how many need attention (a warning, a low
     * health, or not evaluated) and how many are not up to date.
     */
    public record Listing(Page<Portfolio.Item> page, long needingAttention, long pending) {
    }

    private final JsonText text;
    /**
     * Summaries as read back, by their stored text: a portfolio page reads every row's summary, and
     * parsing them cost more than the rest of the read; a summary changes only by being saved anew.
     */
    private final Recent<String, Portfolio.Summary> read = new Recent<>(1_000);

    public HealthSummaryStore(ObjectMapper json) {
        // Tolerant of summaries kept by an earlier release: a field it lacks is empty, one it no longer has is ignored.
        this.text = new JsonText(json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    /** Counts a change to what an alliance's health is made from, its status unchanged. */
    static void changed(Connection c, String allianceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE health_summaries SET changes = changes + 1 WHERE alliance_id = ?")) {
            s.setString(1, allianceId);
            s.executeUpdate();
        }
    }

    /** The changes counted for an alliance; read before what its health is made from, so that a later change is noticed. */
    public int changes(Connection c, String allianceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT changes FROM health_summaries WHERE alliance_id = ?")) {
            s.setString(1, allianceId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        }
    }

    /**
     * An alliance's health as it is kept: the day it is as of, its summary, and the summary as JSON
     * text. It is made before the write begins, so that the writer's turn, which other writes wait
     * for, is not spent on it.
     */
    public record Kept(String asOf, Portfolio.Summary summary, String json) {
    }

    public Kept keep(AllianceHealth health) {
        Portfolio.Summary summary = Portfolio.Summary.of(health);
        return new Kept(health.asOf(), summary, text.write(summary));
    }

    /**
     * Keeps a health made from the data as it was after {@code changes} changes, made by the rules of
     * {@code version} from {@code madeAt}; false, keeping nothing, when the alliance has changed since.
     */
    public boolean save(Connection c, String allianceId, int changes, String version, String madeAt, Kept kept) throws SQLException {
        Portfolio.Summary summary = kept.summary();
        return Sql.of("UPDATE health_summaries SET computed = :changes, rules_version = :version, as_of = :asOf, computed_at = :madeAt,"
                        + " evaluated = :evaluated, attention = :attention, next_check_due = :nextCheckDue, summary_json = :summary"
                        + " WHERE alliance_id = :allianceId AND changes = :changes")
                .set("changes", changes)
                .set("version", version)
                .set("asOf", kept.asOf())
                .set("madeAt", madeAt)
                .set("evaluated", summary.notEvaluated() == null ? 1 : 0)
                .set("attention", summary.attention())
                .set("nextCheckDue", summary.nextCheckDue() == null ? NO_CHECK_DUE : summary.nextCheckDue())
                .set("summary", kept.json())
                .set("allianceId", allianceId)
                .update(c) == 1;
    }

    /** Up to {@code limit} alliances of the portfolio whose summary is not current, in id order after {@code after}. */
    public List<String> pending(Connection c, Current current, String after, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = current.bind(Sql.of("SELECT h.alliance_id FROM health_summaries h WHERE h.listed = 1"
                        + " AND h.alliance_id > :after AND " + STALE + " ORDER BY h.alliance_id LIMIT :limit"))
                .set("after", after).set("limit", limit).prepare(c)) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /**
     * A page of the portfolio in its order: those not evaluated (or not yet) first, then the most
     * attention, then the earliest check due; the alliance's own columns as they are now. The counts
     * and the page's ids come from the order's index alone; the table is read for the page's rows.
     */
    public Listing page(Connection c, Current current, int page, int size) throws SQLException {
        long total;
        long needingAttention;
        long pending;
        try (PreparedStatement s = current.bind(Sql.of("SELECT COUNT(*), COALESCE(SUM(CASE WHEN h.attention > 0 OR h.evaluated = 0"
                + " THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN " + STALE + " THEN 1 ELSE 0 END), 0) FROM health_summaries h WHERE h.listed = 1"))
                .prepare(c)) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
                needingAttention = r.getLong(2);
                pending = r.getLong(3);
            }
        }
        List<Portfolio.Item> items = new ArrayList<>();
        try (PreparedStatement s = current.bind(Sql.of("SELECT a.id, a.partner_name, a.purpose, a.status, h.as_of, h.summary_json,"
                        + " CASE WHEN " + STALE + " THEN 1 ELSE 0 END FROM (SELECT h.alliance_id FROM health_summaries h WHERE h.listed = 1"
                        + IN_ORDER + " LIMIT :size OFFSET :offset) p JOIN health_summaries h ON h.alliance_id = p.alliance_id"
                        + " JOIN alliances a ON a.id = p.alliance_id" + IN_ORDER))
                .set("size", size).set("offset", Page.offset(page, size)).prepare(c)) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String summary = r.getString(6);
                    items.add(Portfolio.Item.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            summary == null ? Portfolio.Summary.NOT_YET : read.get(summary, t -> text.read(t, Portfolio.Summary.class)), r.getString(5), r.getInt(7) == 1));
                }
            }
        }
        Map<String, DueSteps> due = TrustPlanStore.due(c, items.stream().map(Portfolio.Item::allianceId).toList(), LocalDate.parse(current.today()));
        items.replaceAll(i -> due.containsKey(i.allianceId()) ? i.withPlanSteps(due.get(i.allianceId())) : i);
        return new Listing(new Page<>(items, page, size, total), needingAttention, pending);
    }
}
