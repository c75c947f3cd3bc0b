package com.alliancetrust.advisor.monitoring;

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

/** Health checks: aggregates, indicators and events as JSON text, oldest check first. */
public final class HealthCheckStore {
    private static final TypeReference<List<HealthCheck.SideScore>> SCORES = new TypeReference<>() {};
    private static final TypeReference<List<HealthCheckRequest.NotableEvent>> EVENTS = new TypeReference<>() {};

    private final JsonText text;

    public HealthCheckStore(ObjectMapper json) {
        this.text = new JsonText(json);
    }

    public void insert(Connection c, HealthCheck h) throws SQLException {
        Sql.of("INSERT INTO health_checks (id, alliance_id, check_date, recorded_at, aggregates_json, indicators_json, events_json)"
                        + " VALUES (:id, :allianceId, :date, :recordedAt, :scores, :indicators, :events)")
                .set("id", h.id())
                .set("allianceId", h.allianceId())
                .set("date", h.date())
                .set("recordedAt", h.recordedAt())
                .set("scores", text.write(h.scores()))
                .set("indicators", text.write(h.indicators()))
                .set("events", text.write(h.events()))
                .update(c);
        HealthSummaryStore.changed(c, h.allianceId());
    }

    public List<HealthCheck> forAlliance(Connection c, String allianceId) throws SQLException {
        List<HealthCheck> checks = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, check_date, recorded_at, aggregates_json,"
                + " indicators_json, events_json FROM health_checks WHERE alliance_id = ? ORDER BY check_date, id")) {
            s.setString(1, allianceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    checks.add(new HealthCheck(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            text.read(r.getString(5), SCORES), text.read(r.getString(6), new TypeReference<HealthCheckRequest.Indicators>() {}),
                            text.read(r.getString(7), EVENTS)));
                }
            }
        }
        return checks;
    }
}
