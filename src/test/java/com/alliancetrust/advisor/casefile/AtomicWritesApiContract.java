package com.alliancetrust.advisor.casefile;

import static com.alliancetrust.advisor.casefile.BackupApiContract.created;
import static com.alliancetrust.advisor.casefile.BackupApiContract.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record and its timeline entry are written together or not at all. Each test makes the database
 * refuse the timeline entry of one kind of change, then finds that the change left nothing behind
 * (no record without its entry, no entry without its record, no change counted for the portfolio)
 * and that the client was told so with an error, never a 2xx. Subclasses run the suite on each
 * supported database.
 */
abstract class AtomicWritesApiContract extends ApiOnDatabase {
    private static final String ALLIANCES = "/api/v1/alliances";
    private static final String DIAGNOSES = "/api/v1/diagnoses";
    private static final String CHECKLISTS = "/api/v1/checklists";
    /** Every answer a partner's deliberate integrity breach needs but the last, {@code warningSigns}. */
    private static final String ALL_BUT_THE_LAST_ANSWER = """
            {"question": "violatedElement", "value": "INTEGRITY"}, {"question": "intentional", "value": "YES"},
            {"question": "deception", "value": "NO"}, {"question": "severity", "value": "SEVERE"},
            {"question": "occurrence", "value": "FIRST"}, {"question": "level", "value": "CORPORATE"},
            {"question": "factsDisputed", "value": "NO"}, {"question": "impact", "value": "MAJOR"},
            {"question": "mutualDependence", "value": "HIGH"}, {"question": "behaviour", "value": "OTHER"}""";

    // --- monitoring ---

    @Test
    void a_health_check_whose_timeline_entry_fails_is_not_recorded_nor_counted_as_a_change() {
        String alliance = newAlliance();
        int changes = changesCounted(alliance);
        TestDatabases.refuseTimelineEntries(database, "HEALTH_CHECK");

        failed(client.post(ALLIANCES + "/" + alliance + "/health-checks", BackupApiContract.healthCheck("2026-03-31", 3, 3)));

        assertThat(rows("SELECT COUNT(*) FROM health_checks WHERE alliance_id = ?", alliance)).isZero();
        assertThat(kinds(alliance)).containsExactly("CREATED");
        assertThat(changesCounted(alliance)).isEqualTo(changes);
        assertThat(ok(client.get(ALLIANCES + "/" + alliance + "/health")).path("checks").size()).isZero();

        TestDatabases.acceptTimelineEntries(database);
        created(client.post(ALLIANCES + "/" + alliance + "/health-checks", BackupApiContract.healthCheck("2026-03-31", 3, 3)));
        assertThat(kinds(alliance)).containsExactly("CREATED", "HEALTH_CHECK");
        assertThat(changesCounted(alliance)).isEqualTo(changes + 1);
    }

    // --- diagnosis ---

    @Test
    void a_diagnosis_whose_start_entry_fails_is_not_stored() {
        String alliance = newAlliance();
        TestDatabases.refuseTimelineEntries(database, "DIAGNOSIS_STARTED");

        failed(client.post(DIAGNOSES, "{\"allianceId\": \"" + alliance + "\", \"accused\": \"PARTNER\"}"));

        assertThat(rows("SELECT COUNT(*) FROM diagnosis_sessions WHERE alliance_id = ?", alliance)).isZero();
        assertThat(kinds(alliance)).containsExactly("CREATED");
    }

    @Test
    void a_diagnosis_complete_at_its_start_whose_determination_entry_fails_is_not_stored_nor_noted_as_started() {
        String alliance = newAlliance();
        TestDatabases.refuseTimelineEntries(database, "DIAGNOSIS_DETERMINED");

        failed(client.post(DIAGNOSES, "{\"allianceId\": \"" + alliance + "\", \"accused\": \"PARTNER\", \"known\": [" + ALL_BUT_THE_LAST_ANSWER
                + ", {\"question\": \"warningSigns\", \"value\": \"NONE\"}]}"));

        assertThat(rows("SELECT COUNT(*) FROM diagnosis_sessions WHERE alliance_id = ?", alliance)).isZero();
        assertThat(kinds(alliance)).containsExactly("CREATED");
    }

    @Test
    void an_answer_completing_a_diagnosis_whose_entry_fails_leaves_the_session_as_it_was_and_at_its_version() {
        String alliance = newAlliance();
        JsonNode started = created(client.post(DIAGNOSES, "{\"allianceId\": \"" + alliance + "\", \"accused\": \"PARTNER\", \"known\": ["
                + ALL_BUT_THE_LAST_ANSWER + "]}"));
        String id = started.path("id").asText();
        assertThat(started.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(started.path("question").path("id").asText()).isEqualTo("warningSigns");
        TestDatabases.refuseTimelineEntries(database, "DIAGNOSIS_DETERMINED");

        failed(client.post(DIAGNOSES + "/" + id + "/answers", "{\"question\": \"warningSigns\", \"value\": \"NONE\"}"));

        JsonNode after = ok(client.get(DIAGNOSES + "/" + id));
        assertThat(after.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(after.path("sessionVersion").asInt()).isEqualTo(started.path("sessionVersion").asInt());
        assertThat(after.path("answers")).isEqualTo(started.path("answers"));
        assertThat(kinds(alliance)).containsExactly("CREATED", "DIAGNOSIS_STARTED");

        TestDatabases.acceptTimelineEntries(database);
        JsonNode done = ok(client.post(DIAGNOSES + "/" + id + "/answers", "{\"question\": \"warningSigns\", \"value\": \"NONE\"}"));
        assertThat(done.path("status").asText()).isEqualTo("DETERMINED");
        assertThat(done.path("sessionVersion").asInt()).isEqualTo(started.path("sessionVersion").asInt() + 1);
        assertThat(kinds(alliance)).containsExactly("CREATED", "DIAGNOSIS_STARTED", "DIAGNOSIS_DETERMINED");
    }

    // --- checklists ---

    @Test
    void a_checklist_whose_timeline_entry_fails_is_not_stored() {
        String alliance = newAlliance();
        TestDatabases.refuseTimelineEntries(database, "CHECKLIST");

        failed(client.post(CHECKLISTS, "{\"allianceId\": \"" + alliance + "\", \"partnerCountry\": \"NG\", \"purpose\": \"SUPPLY\"}"));

        assertThat(rows("SELECT COUNT(*) FROM checklists WHERE alliance_id = ?", alliance)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM checklist_items WHERE checklist_id NOT IN (SELECT id FROM checklists)", null)).isZero();
        assertThat(kinds(alliance)).containsExactly("CREATED");
    }

    @Test
    void a_reassessment_whose_checklist_entry_fails_stores_no_assessment_and_notes_none() {
        String alliance = newAlliance();
        String assessment = created(client.post("/api/v1/partner-assessments", CaseFileApiContract.assessmentFor(alliance))).path("assessmentId").asText();
        String checklist = created(client.post(CHECKLISTS, "{\"assessmentId\": \"" + assessment + "\", \"ourCountry\": \"DE\"}")).path("id").asText();
        int version = -1;
        for (JsonNode i : ok(client.get(CHECKLISTS + "/" + checklist)).path("items")) {
            if (i.path("id").asText().equals("ic-beneficial-ownership")) version = i.path("version").asInt();
        }
        ok(client.send(BackupApiContract.put(client, CHECKLISTS + "/" + checklist + "/items/ic-beneficial-ownership",
                "{\"status\": \"DONE\", \"finding\": \"DISCLOSED\", \"version\": " + version + "}")));
        List<String> before = kinds(alliance);
        assertThat(before).containsExactly("CREATED", "ASSESSMENT", "CHECKLIST");
        TestDatabases.refuseTimelineEntries(database, "CHECKLIST");

        failed(client.post(CHECKLISTS + "/" + checklist + "/reassess", ""));

        assertThat(rows("SELECT COUNT(*) FROM assessments WHERE alliance_id = ?", alliance)).isEqualTo(1);
        assertThat(kinds(alliance)).isEqualTo(before);

        TestDatabases.acceptTimelineEntries(database);
        created(client.post(CHECKLISTS + "/" + checklist + "/reassess", ""));
        assertThat(rows("SELECT COUNT(*) FROM assessments WHERE alliance_id = ?", alliance)).isEqualTo(2);
        assertThat(kinds(alliance)).containsExactly("CREATED", "ASSESSMENT", "CHECKLIST", "ASSESSMENT", "CHECKLIST");
    }

    // --- case files ---

    @Test
    void an_assessment_whose_timeline_entry_fails_is_not_stored() {
        String alliance = newAlliance();
        TestDatabases.refuseTimelineEntries(database, "ASSESSMENT");

        failed(client.post("/api/v1/partner-assessments", CaseFileApiContract.assessmentFor(alliance)));

        assertThat(rows("SELECT COUNT(*) FROM assessments WHERE alliance_id = ?", alliance)).isZero();
        assertThat(kinds(alliance)).containsExactly("CREATED");
    }

    @Test
    void an_alliance_whose_timeline_entry_fails_is_not_opened_nor_listed_in_the_portfolio() {
        TestDatabases.refuseTimelineEntries(database, "CREATED");

        failed(client.post(ALLIANCES, CaseFileApiContract.draft("Kanto Robotics", "ACTIVE")));

        assertThat(rows("SELECT COUNT(*) FROM alliances", null)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM health_summaries", null)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM timeline_events", null)).isZero();
    }

    @Test
    void an_update_whose_timeline_entry_fails_leaves_the_alliance_at_its_version() {
        String alliance = newAlliance();
        int changes = changesCounted(alliance);
        TestDatabases.refuseTimelineEntries(database, "UPDATED");

        failed(client.send(BackupApiContract.put(client, ALLIANCES + "/" + alliance,
                CaseFileApiContract.draft("Kanto Robotics KK", "ENDED").replace("}\n", ", \"version\": 1}\n"))));

        JsonNode stored = ok(client.get(ALLIANCES + "/" + alliance)).path("alliance");
        assertThat(stored.path("version").asInt()).isEqualTo(1);
        assertThat(stored.path("partner").path("name").asText()).isEqualTo("Kanto Robotics");
        assertThat(kinds(alliance)).containsExactly("CREATED");
        assertThat(changesCounted(alliance)).isEqualTo(changes);
    }

    // --- helpers ---

    private String newAlliance() {
        return created(client.post(ALLIANCES, CaseFileApiContract.draft("Kanto Robotics", "ACTIVE"))).path("id").asText();
    }

    /** The answer is an error in the API's one error shape, not a 2xx for a change half made. */
    private static void failed(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isBetween(400, 599);
        assertThat(reply.body().path("status").asInt()).isEqualTo(reply.status());
        assertThat(reply.body().path("error").asText()).isNotBlank();
        assertThat(reply.body().path("message").asText()).isNotBlank();
    }

    /** The kinds of an alliance's timeline entries, in order, as the database holds them. */
    private List<String> kinds(String alliance) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kind FROM timeline_events WHERE alliance_id = ? ORDER BY id")) {
                s.setString(1, alliance);
                try (ResultSet r = s.executeQuery()) {
                    List<String> kinds = new ArrayList<>();
                    while (r.next()) kinds.add(r.getString(1));
                    return kinds;
                }
            }
        });
    }

    /** The changes counted for the alliance's kept health. */
    private int changesCounted(String alliance) {
        return (int) rows("SELECT changes FROM health_summaries WHERE alliance_id = ?", alliance);
    }

    private long rows(String sql, String arg) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (arg != null) s.setString(1, arg);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }
}
