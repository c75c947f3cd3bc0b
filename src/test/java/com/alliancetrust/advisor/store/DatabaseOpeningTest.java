package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A database opened on a thread of its own, as the server opens it while everything else starts. */
class DatabaseOpeningTest {
    @Test
    void work_given_while_it_opens_runs_once_it_is_open_and_migrated() {
        Database db = Database.sqliteOpening(TestDatabases.tempDir("advisor-opening"));
        try {
            int migrations = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(migrations).isPositive();
            assertThat(db.awaitOpen()).isSameAs(db);
        } finally {
            db.close();
        }
    }

    @Test
    void a_database_to_open_after_something_else_opens_only_once_that_is_done_even_if_it_failed() throws Exception {
        Path dir = TestDatabases.tempDir("advisor-opening-after");
        CompletableFuture<Void> first = new CompletableFuture<>();
        Database db = Database.sqliteOpening(dir, first);
        try {
            Thread.sleep(200); // time enough to have opened it, had it not waited
            assertThat(dir.resolve("advisor.db")).doesNotExist();

            first.completeExceptionally(new IllegalStateException("the rules did not load"));
            assertThat(db.<Integer>read(c -> 1)).isEqualTo(1);
            assertThat(dir.resolve("advisor.db")).exists();
        } finally {
            db.close();
        }
    }

    @Test
    void a_database_that_cannot_open_says_why_to_whoever_waits_for_it() throws Exception {
        Path notADirectory = Files.createTempFile("advisor-opening", ".txt"); // the data directory is a file
        Database db = Database.sqliteOpening(notADirectory);

        assertThatThrownBy(db::awaitOpen).isInstanceOf(UncheckedIOException.class).hasMessageContaining("Cannot prepare the data directory");
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(UncheckedIOException.class);
        db.close(); // nothing to close, and no failure
    }
}
