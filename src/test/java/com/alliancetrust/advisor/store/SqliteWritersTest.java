package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Durable writes that wait for SQLite's one writer share a commit when their turn comes (group
 * commit), and each caller still gets the outcome of its own write: a write that fails takes no
 * other with it. The writer is held by a write that waits for the test, so that which writes wait
 * together depends on no timing.
 */
class SqliteWritersTest {
    private static final int WRITERS = 5;
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite();
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)");
            }
            return insert(c, "already there");
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void writes_waiting_for_the_writer_are_committed_in_one_transaction_and_each_caller_gets_its_own_result() throws Exception {
        Set<Connection> ranOn = ConcurrentHashMap.newKeySet();
        List<FutureTask<Long>> writes = whileTheWriterIsHeld(i -> c -> {
            ranOn.add(c);
            return insert(c, "note " + i);
        });

        List<Long> ids = new ArrayList<>();
        for (FutureTask<Long> w : writes) ids.add(w.get());
        assertThat(ids).doesNotHaveDuplicates().hasSize(WRITERS);
        assertThat(ranOn).as("one transaction, one connection").hasSize(1);
        assertThat(texts()).containsExactlyInAnyOrder("already there", "note 0", "note 1", "note 2", "note 3", "note 4");
        for (int i = 0; i < WRITERS; i++) assertThat(text(ids.get(i))).isEqualTo("note " + i);
    }

    @Test
    void a_write_that_fails_among_them_fails_alone_and_the_others_are_kept() throws Exception {
        Set<Connection> ranOn = ConcurrentHashMap.newKeySet();
        List<FutureTask<Long>> writes = whileTheWriterIsHeld(i -> c -> {
            ranOn.add(c);
            return insert(c, i == 2 ? "already there" : "note " + i); // the third breaks the unique text
        });

        for (int i = 0; i < WRITERS; i++) {
            FutureTask<Long> w = writes.get(i);
            if (i == 2) {
                assertThatThrownBy(w::get).hasCauseInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
            } else {
                assertThat(text(w.get())).isEqualTo("note " + i);
            }
        }
        assertThat(texts()).containsExactlyInAnyOrder("already there", "note 0", "note 1", "note 3", "note 4");
        assertThat(ranOn).as("tried together, then each alone").hasSize(WRITERS + 1);
    }

    /** Starts the writes while another write holds the writer, and lets it go once all of them wait for their turn. */
    private List<FutureTask<Long>> whileTheWriterIsHeld(IntFunction<Database.SqlWork<Long>> work) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> db.inTransactionNotWaitingForDisk(c -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        holding.await();

        List<FutureTask<Long>> writes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Database.SqlWork<Long> w = work.apply(i);
            FutureTask<Long> write = new FutureTask<>(() -> db.inTransaction(w));
            writes.add(write);
            threads.add(new Thread(write));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            while (t.getState() != Thread.State.WAITING) Thread.onSpinWait(); // parked, waiting for the writer's turn
        }
        release.countDown();
        holder.join();
        return writes;
    }

    private static long insert(Connection c, String text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO notes (text) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, text);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<String> texts() {
        return db.read(c -> {
            List<String> texts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT text FROM notes")) {
                while (r.next()) texts.add(r.getString(1));
            }
            return texts;
        });
    }

    private String text(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM notes WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }
}
