package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.casefile.CaseFileStore;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.wiring.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health checks as kept: each read back as it was stored, also when read again and when checks share their texts. */
class HealthCheckStoreTest {
    private Database db;
    private final HealthCheckStore store = new HealthCheckStore(Json.mapper());

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void every_check_of_an_alliance_is_read_back_as_stored_also_when_read_again_and_its_parts_cannot_be_changed() {
        Indicators some = new Indicators(null, 4, 3, null, null, 12, null, null, null, null, null, null, null);
        List<HealthCheck> stored = List.of(
                check("c-1", "2026-03-01", List.of(new SideScore("ALL", "integrity", 4.2, 9, 0.4)), Indicators.NONE, List.of()),
                check("c-2", "2026-06-01", List.of(new SideScore("ALL", "integrity", 3.1, 8, 0.9)), some, List.of(NotableEvent.MISSED_MILESTONE)),
                check("c-3", "2026-09-01", List.of(new SideScore("ALL", "integrity", 3.1, 8, 0.9)), some, List.of(NotableEvent.MISSED_MILESTONE)),
                check("c-4", "2026-12-01", List.of(new SideScore("ALL", "integrity", 4.2, 9, 0.4)), Indicators.NONE, List.of()));
        db.inTransaction(c -> {
            new CaseFileStore(Json.mapper()).insertAlliance(c, new Alliance("a-1", new Partner("Kanto Precision", "JP", "machine tools"),
                    Purpose.JOINT_RND, List.of(), AllianceStatus.ACTIVE, null, null, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", 1));
            for (HealthCheck h : stored) store.insert(c, h);
            return null;
        });

        for (int read = 0; read < 2; read++) {
            List<HealthCheck> checks = db.read(c -> store.forAlliance(c, "a-1"));
            assertThat(checks).isEqualTo(stored);
            assertThatThrownBy(() -> checks.get(1).scores().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> checks.get(1).events().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    private static HealthCheck check(String id, String date, List<SideScore> scores, Indicators indicators, List<NotableEvent> events) {
        return new HealthCheck(id, "a-1", date, date + "T09:00:00Z", scores, indicators, events);
    }
}
