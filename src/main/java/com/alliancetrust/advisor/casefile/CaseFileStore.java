package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.store.JsonText;
import com.alliancetrust.advisor.store.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC over the case-file tables. Every method takes the connection of the caller's
 * transaction, so that a record and its timeline entry are committed together or not at all.
 */
public final class CaseFileStore {
    private static final String ALLIANCE_COLUMNS = "id, partner_name, partner_country, partner_industry, purpose, countries,"
            + " status, owner, description, created_at, updated_at, version";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JsonText text;

    public CaseFileStore(ObjectMapper json) {
        this.text = new JsonText(json);
    }

    public void insertAlliance(Connection c, Alliance a) throws SQLException {
        alliance(Sql.of("INSERT INTO alliances (" + ALLIANCE_COLUMNS + ") VALUES (:id, :partnerName, :partnerCountry, :partnerIndustry,"
                + " :purpose, :countries, :status, :owner, :description, :createdAt, :updatedAt, :version)"), a)
                .set("createdAt", a.createdAt())
                .update(c);
        summaryCreated(c, a.id(), a.status());
    }

    /** Writes {@code a} only if the stored version is still {@code expectedVersion}; false otherwise. */
    public boolean updateAlliance(Connection c, Alliance a, int expectedVersion) throws SQLException {
        int updated = alliance(Sql.of("UPDATE alliances SET partner_name = :partnerName, partner_country = :partnerCountry,"
                + " partner_industry = :partnerIndustry, purpose = :purpose, countries = :countries, status = :status, owner = :owner,"
                + " description = :description, updated_at = :updatedAt, version = :version WHERE id = :id AND version = :expectedVersion"), a)
                .set("expectedVersion", expectedVersion)
                .update(c);
        if (updated != 1) return false;
        summaryChanged(c, a.id(), a.status()); // its purpose and status are facts of its health
        return true;
    }

    /** Binds the alliance's own columns, all but its creation time. */
    private Sql alliance(Sql sql, Alliance a) {
        return sql.set("id", a.id())
                .set("partnerName", a.partner().name())
                .set("partnerCountry", a.partner().country())
                .set("partnerIndustry", a.partner().industry())
                .set("purpose", a.purpose().name())
                .set("countries", text.write(a.countries()))
                .set("status", a.status().name())
                .set("owner", a.owner())
                .set("description", a.description())
                .set("updatedAt", a.updatedAt())
                .set("version", a.version());
    }

    public Optional<Alliance> findAlliance(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ALLIANCE_COLUMNS + " FROM alliances WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(alliance(r)) : Optional.empty();
            }
        }
    }

    public Page<Alliance> listAlliances(Connection c, AllianceFilter f, int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            where.append(" AND status = ?");
            args.add(f.status().name());
        } else if (!f.includeArchived()) {
            where.append(" AND status <> ?");
            args.add(AllianceStatus.ARCHIVED.name());
        }
        if (f.purpose() != null) {
            where.append(" AND purpose = ?");
            args.add(f.purpose().name());
        }
        if (f.owner() != null) {
            where.append(" AND owner = ?");
            args.add(f.owner());
        }
        if (f.partner() != null) {
            where.append(" AND LOWER(partner_name) LIKE ?");
            args.add("%" + f.partner().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        long total;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM alliances" + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        List<Alliance> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ALLIANCE_COLUMNS + " FROM alliances" + where
                + " ORDER BY id LIMIT ? OFFSET ?")) {
            args.add(size);
            args.add(Page.offset(page, size));
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) items.add(alliance(r));
            }
        }
        return new Page<>(items, page, size, total);
    }

    private Alliance alliance(ResultSet r) throws SQLException {
        return new Alliance(r.getString("id"),
                new Partner(r.getString("partner_name"), r.getString("partner_country"), r.getString("partner_industry")),
                Purpose.valueOf(r.getString("purpose")), text.read(r.getString("countries"), STRINGS),
                AllianceStatus.valueOf(r.getString("status")), r.getString("owner"), r.getString("description"),
                r.getString("created_at"), r.getString("updated_at"), r.getInt("version"));
    }

    public void insertEvent(Connection c, TimelineEvent e) throws SQLException {
        Sql.of("INSERT INTO timeline_events (id, alliance_id, at, kind, summary, record_id)"
                        + " VALUES (:id, :allianceId, :at, :kind, :summary, :recordId)")
                .set("id", e.id())
                .set("allianceId", e.allianceId())
                .set("at", e.at())
                .set("kind", e.kind())
                .set("summary", e.summary())
                .set("recordId", e.recordId())
                .update(c);
    }

    public List<TimelineEvent> events(Connection c, String allianceId) throws SQLException {
        List<TimelineEvent> events = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, at, kind, summary, record_id"
                + " FROM timeline_events WHERE alliance_id = ? ORDER BY id")) {
            s.setString(1, allianceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new TimelineEvent(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)));
                }
            }
        }
        return events;
    }

    public void insertAssessment(Connection c, StoredAssessment a) throws SQLException {
        insertAssessment(c, new StoredAssessment.Row(a.id(), a.allianceId(), a.createdAt(), a.rulesVersion(), a.partner(), a.verdict(),
                text.write(a.input()), text.write(a.output())));
    }

    /** Stores an assessment whose input and output are JSON texts already. */
    public void insertAssessment(Connection c, StoredAssessment.Row a) throws SQLException {
        Sql.of("INSERT INTO assessments (id, alliance_id, created_at, rules_version, partner_name, verdict, input_json, output_json)"
                        + " VALUES (:id, :allianceId, :createdAt, :rulesVersion, :partner, :verdict, :input, :output)")
                .set("id", a.id())
                .set("allianceId", a.allianceId())
                .set("createdAt", a.createdAt())
                .set("rulesVersion", a.rulesVersion())
                .set("partner", a.partner())
                .set("verdict", a.verdict())
                .set("input", a.input())
                .set("output", a.output())
                .update(c);
    }

    public Optional<StoredAssessment> findAssessment(Connection c, String id) throws SQLException {
        return findAssessmentRow(c, id).map(row -> row.read(text));
    }

    public StoredAssessment read(StoredAssessment.Row row) {
        return row.read(text);
    }

    /** The stored assessment as its row holds it, its input and output not yet read. */
    public Optional<StoredAssessment.Row> findAssessmentRow(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, created_at, rules_version, partner_name,"
                + " verdict, input_json, output_json FROM assessments WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    public List<StoredAssessment> assessments(Connection c, String allianceId) throws SQLException {
        List<StoredAssessment> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, created_at, rules_version, partner_name,"
                + " verdict, input_json, output_json FROM assessments WHERE alliance_id = ? ORDER BY id")) {
            s.setString(1, allianceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) list.add(assessment(r));
            }
        }
        return list;
    }

    public List<AssessmentSummary> assessmentSummaries(Connection c, String allianceId) throws SQLException {
        List<AssessmentSummary> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, created_at, rules_version, partner_name,"
                + " verdict FROM assessments WHERE alliance_id = ? ORDER BY id")) {
            s.setString(1, allianceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new AssessmentSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)));
                }
            }
        }
        return list;
    }

    public List<String> allianceIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM alliances ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) ids.add(r.getString(1));
        }
        return ids;
    }

    public boolean exists(Connection c, String table, String id) throws SQLException {
        if (!List.of("alliances", "assessments", "timeline_events", "diagnosis_sessions", "health_checks", "checklists",
                "trust_plans").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private StoredAssessment assessment(ResultSet r) throws SQLException {
        return row(r).read(text);
    }

    private static StoredAssessment.Row row(ResultSet r) throws SQLException {
        return new StoredAssessment.Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8));
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) s.setObject(i + 1, args.get(i));
    }

    // The portfolio keeps each alliance's health summary beside it (table health_summaries): a new or changed
    // alliance counts a change there, in the same transaction, so that the summary is recomputed.
    /** A new alliance: no summary yet, one change to catch up with. */
    private static void summaryCreated(Connection c, String allianceId, AllianceStatus status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO health_summaries (alliance_id, listed, changes, computed, evaluated,"
                + " attention, next_check_due) VALUES (?, ?, 1, 0, 0, 0, '9999-12-31')")) { // no check due yet: sorts last
            s.setString(1, allianceId);
            s.setInt(2, listed(status));
            s.executeUpdate();
        }
    }

    /** Counts a change to what an alliance's health is made from; the alliance is listed unless archived. */
    private static void summaryChanged(Connection c, String allianceId, AllianceStatus status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE health_summaries SET changes = changes + 1, listed = ? WHERE alliance_id = ?")) {
            s.setInt(1, listed(status));
            s.setString(2, allianceId);
            s.executeUpdate();
        }
    }

    private static int listed(AllianceStatus status) {
        return status == AllianceStatus.ARCHIVED ? 0 : 1;
    }
}
