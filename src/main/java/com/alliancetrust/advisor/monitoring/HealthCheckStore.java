package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.store.JsonText;
import com.alliancetrust.advisor.store.Recent;
import com.alliancetrust.advisor.store.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Health checks: aggregates, indicators and events as JSON text, oldest check first. */
public final class HealthCheckStore {
    private static final TypeReference<List<HealthCheck.SideScore>> SCORES = new TypeReference<>() {};
    private static final TypeReference<List<HealthCheckRequest.NotableEvent>> EVENTS = new TypeReference<>() {};

    /** Some hundred alliances' years of checks; checks alike (no events, say) share their texts. */
    private static final int KEPT = 2_000;

    private final JsonText text;
    /**
     * The parts of checks read, by their stored text. A check never changes once stored, and every
     * check of an alliance is read again each time one is recorded, its health worked out afresh:
     * parsing them had cost over half of recording one, growing with the alliance's history. The
     * parts are shared by every reader, so none can be changed.
     */
    private final Recent<String, List<HealthCheck.SideScore>> scores = new Recent<>(KEPT);
    private final Recent<String, HealthCheckRequest.Indicators> indicators = new Recent<>(KEPT);
    private final Recent<String, List<HealthCheckRequest.NotableEvent>> events = new Recent<>(KEPT);

    public HealthCheckStore(ObjectMapper json) {
        this.text = new JsonText(json);
    }

    /** A check ready to store, its parts written as JSON text before the write begins. */
    public record Written(HealthCheck check, String scores, String indicators, String events) {
    }

    public Written write(HealthCheck h) {
        return new Written(h, text.write(h.scores()), text.write(h.indicators()), text.write(h.events()));
    }

    public void insert(Connection c, HealthCheck h) throws SQLException {
        insert(c, write(h));
    }

    public void insert(Connection c, Written written) throws SQLException {
        HealthCheck h = written.check();
        Sql.of("INSERT INTO health_checks (id, alliance_id, check_date, recorded_at, aggregates_json, indicators_json, events_json)"
                        + " VALUES (:id, :allianceId, :date, :recordedAt, :scores, :indicators, :events)")
                .set("id", h.id())
                .set("allianceId", h.allianceId())
                .set("date", h.date())
                .set("recordedAt", h.recordedAt())
                .set("scores", written.scores())
                .set("indicators", written.indicators())
                .set("events", written.events())
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
                            scores.get(r.getString(5), stored -> Collections.unmodifiableList(text.read(stored, SCORES))),
                            indicators.get(r.getString(6), stored -> text.read(stored, HealthCheckRequest.Indicators.class)),
                            events.get(r.getString(7), stored -> Collections.unmodifiableList(text.read(stored, EVENTS)))));
                }
            }
        }
        return checks;
    }
}
