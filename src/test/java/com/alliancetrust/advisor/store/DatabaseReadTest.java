package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads on SQLite take no write lock: a reader is answered while a writer holds the lock, and sees
 * the data as last committed. (A writer holds the lock for its whole transaction, from its start.)
 */
class DatabaseReadTest {
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite();
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE scratch (x INTEGER)");
                s.execute("INSERT INTO scratch VALUES (1)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_read_is_answered_while_a_writer_holds_the_write_lock_and_sees_only_what_was_committed() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO scratch VALUES (2)");
            }
            writing.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

        // A second writer would wait here for the lock (up to the busy timeout); the reader does not.
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(this::rows);
        Integer seen = reader.get(5, TimeUnit.SECONDS);
        release.countDown();
        writer.get(30, TimeUnit.SECONDS);

        assertThat(seen).isEqualTo(1);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void a_failing_read_leaves_the_connection_usable_for_the_next() {
        assertThatThrownBy(() -> db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT * FROM no_such_table");
            }
            return null;
        })).isInstanceOf(StoreException.class);

        for (int i = 0; i < 10; i++) assertThat(rows()).isEqualTo(1); // more reads than the pool has connections
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO scratch VALUES (3)");
            }
            return null;
        });
        assertThat(rows()).isEqualTo(2);
    }

    private int rows() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM scratch")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
