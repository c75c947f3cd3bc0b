package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On SQLite a transaction that does not wait for the disk (for derived data) commits its work and
 * leaves every connection of the pool waiting for the disk again (synchronous FULL), so that no
 * other write can be acknowledged before it is on disk.
 */
class DatabaseDurabilityTest {

    @Test
    void a_transaction_not_waiting_for_the_disk_commits_and_leaves_every_connection_durable() throws Exception {
        try (Database db = TestDatabases.sqlite()) {
            db.inTransaction(c -> execute(c, "CREATE TABLE scratch (x INTEGER)"));
            for (int i = 0; i < 10; i++) db.inTransactionNotWaitingForDisk(c -> execute(c, "INSERT INTO scratch VALUES (1)"));

            int rows = db.read(c -> count(c, "SELECT COUNT(*) FROM scratch"));
            assertThat(rows).isEqualTo(10);
            List<Connection> pool = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) pool.add(db.dataSource().getConnection()); // every connection the pool holds
                for (Connection c : pool) assertThat(count(c, "PRAGMA synchronous")).as("synchronous (2: FULL)").isEqualTo(2);
            } finally {
                for (Connection c : pool) c.close();
            }
        }
    }

    private static Void execute(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static int count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
