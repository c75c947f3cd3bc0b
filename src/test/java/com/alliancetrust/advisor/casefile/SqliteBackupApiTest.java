package com.alliancetrust.advisor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.backup.Backup;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The backup suite on the embedded SQLite database, and what is particular to it: the write-ahead log. */
class SqliteBackupApiTest extends BackupApiContract {
    private static final int ALLIANCES = 2_500;
    private static final long MIB = 1024 * 1024;

    @Override
    Database newDatabase() {
        return TestDatabases.sqlite();
    }

    @Test
    void after_a_large_import_the_write_ahead_log_is_given_back_to_the_file_system() throws IOException {
        Path directory = TestDatabases.tempDir("advisor-wal");
        Database db = Database.sqlite(directory);
        Javalin server = new HttpApi(TestAdvisor::get, db).create().start("127.0.0.1", 0);
        try {
            String backup = largeBackup();
            assertThat(backup.length()).as("the backup imported").isGreaterThan(20 * (int) MIB);

            assertThat(ok(new ApiClient(base(server)).post("/api/v1/import", backup)).path("alliances").asInt()).isEqualTo(ALLIANCES);

            Path log = directory.resolve("advisor.db-wal");
            long logSize = Files.exists(log) ? Files.size(log) : 0;
            assertThat(Files.size(directory.resolve("advisor.db"))).as("the database holds what was imported").isGreaterThan(20 * MIB);
            assertThat(logSize).as("the write-ahead log after the import").isLessThan(MIB);
        } finally {
            server.stop();
            db.close();
        }
    }

    /** Alliances with descriptions as long as the API takes: about 25 MB. */
    private static String largeBackup() {
        ObjectNode backup = JSON.createObjectNode().put("format", Backup.FORMAT).put("formatVersion", Backup.FORMAT_VERSION);
        ArrayNode caseFiles = backup.putArray("caseFiles");
        String description = "A long account of the deal. ".repeat(357);
        for (int i = 0; i < ALLIANCES; i++) {
            ObjectNode alliance = caseFiles.addObject().putObject("alliance").put("id", UUID.randomUUID().toString())
                    .put("purpose", "SUPPLY").put("status", "ACTIVE").put("description", description)
                    .put("createdAt", "2026-01-01T00:00:00.000Z").put("updatedAt", "2026-01-01T00:00:00.000Z").put("version", 1);
            alliance.putObject("partner").put("name", "Supplier " + i);
            alliance.putArray("countries");
        }
        return backup.toString();
    }
}
