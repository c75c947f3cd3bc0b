package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data stored before a migration keeps working after it, on both databases: checklist items marked
 * before items had versions can be read and marked again (they start at version 1), and the
 * timeline entry of a re-assessment from a checklist, which pointed at the new assessment, now
 * points at the checklist.
 */
class MigrationsKeepDataTest {
    private static final String ALLIANCE = "01900000-0000-7000-8000-000000000001";
    private static final String ASSESSMENT = "01900000-0000-7000-8000-000000000002";
    private static final String CHECKLIST = "01900000-0000-7000-8000-000000000003";
    private static final String AT = "2025-06-01T10:00:00.000Z";

    enum Store { SQLITE, POSTGRESQL }

    /** A database as version 4 of the schema left it, and how to open it as the server does. */
    private record Old(String url, String user, String password, Supplier<Database> open) {
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Store.class)
    void checklists_and_timelines_stored_before_item_versions_keep_working(Store store) throws SQLException {
        Old old = old(store);
        Flyway.configure().dataSource(old.url(), old.user(), old.password()).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(old.url(), old.user(), old.password()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO alliances VALUES ('" + ALLIANCE + "', 'Kanto Precision', 'JP', NULL, 'JOINT_RND', '[]', 'ACTIVE', NULL, NULL, '"
                    + AT + "', '" + AT + "', 1)");
            s.execute("INSERT INTO assessments VALUES ('" + ASSESSMENT + "', '" + ALLIANCE + "', '" + AT + "', 'v0', 'Kanto Precision', 'RECONSIDER',"
                    + " '{}', '{}')");
            s.execute("INSERT INTO checklists VALUES ('" + CHECKLIST + "', '" + ALLIANCE + "', NULL, '" + AT + "', 'v0',"
                    + " '{\"allianceId\": \"" + ALLIANCE + "\", \"partnerCountry\": \"JP\"}', 3)");
            s.execute("INSERT INTO checklist_items VALUES ('" + CHECKLIST + "', 'gv-kpis', 0, 'HIGH', '[]', 'DONE', 'KPIs agreed', NULL,"
                    + " '2025-06-02', 'J. Reed')");
            s.execute("INSERT INTO checklist_items VALUES ('" + CHECKLIST + "', 'ic-sanctions-screening', 1, 'CRITICAL', '[]', 'OPEN', NULL, NULL,"
                    + " NULL, NULL)");
            s.execute("INSERT INTO timeline_events VALUES ('01900000-0000-7000-8000-000000000010', '" + ALLIANCE + "', '" + AT + "', 'CHECKLIST',"
                    + " 'Due-diligence checklist of 2 items', '" + CHECKLIST + "')");
            s.execute("INSERT INTO timeline_events VALUES ('01900000-0000-7000-8000-000000000011', '" + ALLIANCE + "', '" + AT + "', 'ASSESSMENT',"
                    + " 'Partner assessment of Kanto Precision: RECONSIDER', '" + ASSESSMENT + "')");
            s.execute("INSERT INTO timeline_events VALUES ('01900000-0000-7000-8000-000000000012', '" + ALLIANCE + "', '" + AT + "', 'CHECKLIST',"
                    + " 'Re-assessed from the findings of checklist " + CHECKLIST + ": gv-kpis found nothing', '" + ASSESSMENT + "')");
        }

        Database database = old.open().get();
        Javalin app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        try {
            ApiClient client = new ApiClient("http://127.0.0.1:" + app.port());
            JsonNode checklist = client.get("/api/v1/checklists/" + CHECKLIST).body();
            assertThat(checklist.path("items").findValuesAsText("version")).containsExactly("1", "1");
            assertThat(checklist.path("items").get(0).path("note").asText()).isEqualTo("KPIs agreed");
            assertThat(checklist.path("version").asInt()).isEqualTo(3);

            Reply marked = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/api/v1/checklists/" + CHECKLIST + "/items/gv-kpis"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\": \"RED_FLAG\", \"note\": \"KPIs withdrawn\", \"version\": 1}")).build());
            assertThat(marked.status()).as(marked.body().toString()).isEqualTo(200);
            assertThat(marked.body().path("items").get(0).path("version").asInt()).isEqualTo(2);

            List<String> records = client.get("/api/v1/alliances/" + ALLIANCE).body().path("timeline").findValuesAsText("recordId");
            assertThat(records).as("the re-assessment's entry points at its checklist; the others are unchanged")
                    .containsExactly(CHECKLIST, ASSESSMENT, CHECKLIST);
        } finally {
            app.stop();
            database.close();
        }
    }

    private static Old old(Store store) {
        if (store == Store.SQLITE) {
            Path directory = TestDatabases.tempDir("advisor-migration");
            return new Old("jdbc:sqlite:" + directory.resolve("advisor.db"), null, null, () -> Database.sqlite(directory));
        }
        PostgresForTests.Server server = PostgresForTests.server();
        String url = server.url(TestDatabases.newDatabase(server));
        return new Old(url, server.user(), server.password(), () -> Database.postgres(url, server.user(), server.password()));
    }
}
