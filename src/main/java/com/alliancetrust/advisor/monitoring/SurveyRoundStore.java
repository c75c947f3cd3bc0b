package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Side;
import com.alliancetrust.advisor.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Survey rounds, their two links (as hashes) and their running totals. No statement here writes
 * anything about one respondent: an answer only adds to totals ({@link #add}).
 */
final class SurveyRoundStore {
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
    static final String CANCELLED = "CANCELLED";

    /** A round as stored; {@code status} is OPEN, CLOSED or CANCELLED (expiry is read from {@code closesOn}). */
    record Row(String id, String allianceId, String status, String openedAt, String closesOn, String endedAt, String healthCheckId,
               int version, Map<Side, Integer> respondents) {
    }

    /** The round and side a link's hash opens. */
    record Link(String roundId, Side side) {
    }

    private SurveyRoundStore() {
    }

    static void insert(Connection c, String id, String allianceId, String openedAt, String closesOn, Map<Side, String> tokenHashes)
            throws SQLException {
        Sql.of("INSERT INTO survey_rounds (id, alliance_id, status, opened_at, closes_on, version)"
                        + " VALUES (:id, :allianceId, :status, :openedAt, :closesOn, 1)")
                .set("id", id).set("allianceId", allianceId).set("status", OPEN).set("openedAt", openedAt).set("closesOn", closesOn).update(c);
        for (Side side : Side.values()) {
            Sql.of("INSERT INTO survey_round_sides (round_id, side, token_hash, respondents) VALUES (:id, :side, :hash, 0)")
                    .set("id", id).set("side", side.name()).set("hash", tokenHashes.get(side)).update(c);
            for (String element : SurveyScoring.SCORED) {
                Sql.of("INSERT INTO survey_round_totals (round_id, side, element, answered, score_sum, score_squares)"
                                + " VALUES (:id, :side, :element, 0, 0, 0)")
                        .set("id", id).set("side", side.name()).set("element", element).update(c);
            }
        }
    }

    static Row find(Connection c, String id) throws SQLException {
        List<Row> rows = select(c, "WHERE id = ?", id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static List<Row> forAlliance(Connection c, String allianceId) throws SQLException {
        return select(c, "WHERE alliance_id = ? ORDER BY id", allianceId);
    }

    private static List<Row> select(Connection c, String where, String value) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, status, opened_at, closes_on, ended_at, health_check_id, version"
                + " FROM survey_rounds " + where)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getInt(8), new EnumMap<>(Side.class)));
                }
            }
        }
        for (Row row : rows) {
            try (PreparedStatement s = c.prepareStatement("SELECT side, respondents FROM survey_round_sides WHERE round_id = ?")) {
                s.setString(1, row.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) row.respondents().put(Side.valueOf(r.getString(1)), r.getInt(2));
                }
            }
        }
        return rows;
    }

    static Link link(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT round_id, side FROM survey_round_sides WHERE token_hash = ?")) {
            s.setString(1, tokenHash);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Link(r.getString(1), Side.valueOf(r.getString(2))) : null;
            }
        }
    }

    /**
     * Takes the round for one more answer if it is open on {@code today}: the row is locked until the
     * transaction ends, so that an answer and the round's closing never cross. False if it is not open.
     */
    static boolean takeAnswer(Connection c, String roundId, String today) throws SQLException {
        return Sql.of("UPDATE survey_rounds SET version = version + 1 WHERE id = :id AND status = :open AND closes_on >= :today")
                .set("id", roundId).set("open", OPEN).set("today", today).update(c) == 1;
    }

    /** Adds one respondent's element scores to their side's totals. */
    static void add(Connection c, String roundId, SurveyTally.Contribution contribution) throws SQLException {
        Sql.of("UPDATE survey_round_sides SET respondents = respondents + 1 WHERE round_id = :id AND side = :side")
                .set("id", roundId).set("side", contribution.side().name()).update(c);
        for (var score : contribution.scores().entrySet()) {
            Sql.of("UPDATE survey_round_totals SET answered = answered + 1, score_sum = score_sum + :score,"
                            + " score_squares = score_squares + :square WHERE round_id = :id AND side = :side AND element = :element")
                    .set("score", score.getValue()).set("square", score.getValue() * score.getValue())
                    .set("id", roundId).set("side", contribution.side().name()).set("element", score.getKey()).update(c);
        }
    }

    /** The round's totals as they stand. */
    static SurveyTally totals(Connection c, String roundId) throws SQLException {
        SurveyTally tally = new SurveyTally();
        Map<Side, Map<String, SurveyTally.Element>> elements = new EnumMap<>(Side.class);
        try (PreparedStatement s = c.prepareStatement("SELECT side, element, answered, score_sum, score_squares FROM survey_round_totals"
                + " WHERE round_id = ?")) {
            s.setString(1, roundId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    elements.computeIfAbsent(Side.valueOf(r.getString(1)), k -> new LinkedHashMap<>())
                            .put(r.getString(2), new SurveyTally.Element(r.getInt(3), r.getLong(4), r.getLong(5)));
                }
            }
        }
        Row row = find(c, roundId);
        for (Side side : Side.values()) tally.set(side, row.respondents().getOrDefault(side, 0), elements.getOrDefault(side, Map.of()));
        return tally;
    }

    /**
     * Ends an open round (CLOSED or CANCELLED) if it is still at the version read, and deletes its
     * totals: what the anonymity rule lets the health check keep is in the check. False if the round
     * changed meanwhile (an answer came in) or is no longer open.
     */
    static boolean end(Connection c, String roundId, int version, String status, String endedAt, String healthCheckId) throws SQLException {
        int ended = Sql.of("UPDATE survey_rounds SET status = :status, ended_at = :endedAt, health_check_id = :check, version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = :open")
                .set("status", status).set("endedAt", endedAt).set("check", healthCheckId).set("id", roundId).set("version", version)
                .set("open", OPEN).update(c);
        if (ended == 1) Sql.of("DELETE FROM survey_round_totals WHERE round_id = :id").set("id", roundId).update(c);
        return ended == 1;
    }

    /** Replaces a side's link of an open round; the old link stops working. */
    static boolean replaceLink(Connection c, String roundId, Side side, String tokenHash) throws SQLException {
        return Sql.of("UPDATE survey_round_sides SET token_hash = :hash WHERE round_id = :id AND side = :side"
                        + " AND round_id IN (SELECT id FROM survey_rounds WHERE status = :open)")
                .set("hash", tokenHash).set("id", roundId).set("side", side.name()).set("open", OPEN).update(c) == 1;
    }
}
