package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Diagnosis sessions, stored as JSON state with a version for optimistic updates. */
public final class DiagnosisStore {

    public record Row(String id, String allianceId, String createdAt, String updatedAt, String status, int version, String stateJson) {
    }

    public void insert(Connection c, Row r) throws SQLException {
        Sql.of("INSERT INTO diagnosis_sessions (id, alliance_id, created_at, updated_at, status, version, state_json)"
                        + " VALUES (:id, :allianceId, :createdAt, :updatedAt, :status, :version, :state)")
                .set("id", r.id())
                .set("allianceId", r.allianceId())
                .set("createdAt", r.createdAt())
                .set("updatedAt", r.updatedAt())
                .set("status", r.status())
                .set("version", r.version())
                .set("state", r.stateJson())
                .update(c);
    }

    /** Writes the new state only if the stored version is still {@code expectedVersion}. */
    public boolean update(Connection c, Row r, int expectedVersion) throws SQLException {
        return Sql.of("UPDATE diagnosis_sessions SET updated_at = :updatedAt, status = :status, version = :version, state_json = :state"
                        + " WHERE id = :id AND version = :expectedVersion")
                .set("updatedAt", r.updatedAt())
                .set("status", r.status())
                .set("version", r.version())
                .set("state", r.stateJson())
                .set("id", r.id())
                .set("expectedVersion", expectedVersion)
                .update(c) == 1;
    }

    public Optional<Row> find(Connection c, String id) throws SQLException {
        List<Row> rows = select(c, "id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public List<Row> forAlliance(Connection c, String allianceId) throws SQLException {
        return select(c, "alliance_id = ?", allianceId);
    }

    /** The sessions kept in no case file. */
    public List<Row> unattached(Connection c) throws SQLException {
        return select(c, "alliance_id IS NULL", null);
    }

    private List<Row> select(Connection c, String where, String arg) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, created_at, updated_at, status, version, state_json"
                + " FROM diagnosis_sessions WHERE " + where + " ORDER BY id")) {
            if (arg != null) s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getString(7)));
                }
            }
        }
        return rows;
    }
}
