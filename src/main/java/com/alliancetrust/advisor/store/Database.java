package com.alliancetrust.advisor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case-file database: an embedded SQLite file by default, PostgreSQL when a JDBC URL is
 * configured. The schema is created and upgraded by versioned migrations at start.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final CompletionStage<Void> NOTHING_FIRST = CompletableFuture.completedFuture(null);

    /** Done once the pool is open and the schema migrated (or once that failed). */
    private final CompletableFuture<HikariDataSource> opened;
    private final String description;
    private final boolean sqlite;
    /** SQLite's one writer at a time: writes take turns there, and durable ones waiting together share a commit. */
    private final SqliteWriters writers = new SqliteWriters(this);

    private Database(CompletableFuture<HikariDataSource> opened, String description, boolean sqlite) {
        this.opened = opened;
        this.description = description;
        this.sqlite = sqlite;
    }

    /**
     * SQLite in {@code dataDir/advisor.db}, created on first use; every commit is synced to disk. The
     * directory and the database are readable by their owner only (SQLite gives its log files the
     * database file's permissions).
     */
    public static Database sqlite(Path dataDir) {
        return sqliteOpening(dataDir).awaitOpen();
    }

    /**
     * The same database, opened on a thread of its own: returns at once, so that the caller can
     * start everything else meanwhile. Work given to it waits until it is open; {@link #awaitOpen}
     * says whether it opened.
     */
    public static Database sqliteOpening(Path dataDir) {
        return sqliteOpening(dataDir, NOTHING_FIRST);
    }

    /** The same, opened only once {@code first} is done, however it ends: so as not to take the processor from it. */
    public static Database sqliteOpening(Path dataDir, CompletionStage<?> first) {
        return opening(() -> sqliteConfig(dataDir), "SQLite " + dataDir.resolve("advisor.db").toAbsolutePath(), true, first);
    }

    private static HikariConfig sqliteConfig(Path dataDir) {
        Path file = dataDir.resolve("advisor.db").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            ownerOnly(dataDir, "rwx------");
            if (Files.notExists(file)) Files.createFile(file);
            ownerOnly(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDir, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        // WAL lets readers run beside the single writer; synchronous=FULL makes a commit durable
        // before it returns, so an acknowledged write survives a crash.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "10000");
        // Take the write lock when a transaction begins: a transaction that reads and then writes
        // would otherwise fail at once (SQLITE_BUSY) instead of waiting when another writer is active.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.setMaximumPoolSize(4);
        return config;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    public static Database postgres(String url, String user, String password) {
        return postgresOpening(url, user, password, NOTHING_FIRST).awaitOpen();
    }

    /** PostgreSQL, opened on a thread of its own once {@code first} is done (see {@link #sqliteOpening(Path, CompletionStage)}). */
    public static Database postgresOpening(String url, String user, String password, CompletionStage<?> first) {
        return opening(() -> {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(8);
            return config;
        }, "PostgreSQL " + url, false, first);
    }

    private static Database opening(Supplier<HikariConfig> configure, String description, boolean sqlite, CompletionStage<?> first) {
        CompletableFuture<HikariDataSource> opened = new CompletableFuture<>();
        Thread opening = new Thread(() -> {
            first.toCompletableFuture().handle((done, failed) -> null).join();
            try {
                opened.complete(open(configure.get(), description));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "database-open");
        opening.setDaemon(true);
        opening.start();
        return new Database(opened, description, sqlite);
    }

    private static HikariDataSource open(HikariConfig config, String description) {
        config.setPoolName("advisor-db");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.info("Case files in {}", description);
        return dataSource;
    }

    /** Waits until the database is open and migrated; its failure to open, if it did not. */
    public Database awaitOpen() {
        dataSource();
        return this;
    }

    public DataSource dataSource() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    public String description() {
        return description;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    /**
     * Runs work in one transaction whose commit does not wait for the disk: for data derived from
     * what is stored, derived again when a crash loses it (the kept health of alliances). What was
     * committed before is never at risk; a crash may lose only this transaction, whole.
     */
    public <T> T inTransactionNotWaitingForDisk(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(SqlWork<T> work, boolean durable) {
        if (!sqlite) return transaction(work, durable);
        return durable ? writers.durable(work) : writers.alone(() -> transaction(work, false));
    }

    Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    /** Runs work in a transaction of its own on a connection of its own; on SQLite, in the writer's turn. */
    <T> T transaction(SqlWork<T> work, boolean durable) {
        try (Connection c = connection()) {
            // SQLite: outside a transaction, for this connection until it is set back; PostgreSQL: for this transaction only.
            if (!durable && sqlite) execute(c, "PRAGMA synchronous = NORMAL");
            try {
                c.setAutoCommit(false);
                if (!durable && !sqlite) execute(c, "SET LOCAL synchronous_commit = off");
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } finally {
                if (!durable && sqlite) {
                    c.setAutoCommit(true);
                    execute(c, "PRAGMA synchronous = FULL");
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Runs work that only reads, in one transaction that sees one state of the data. On SQLite it
     * is a deferred transaction: it takes no write lock, so readers neither wait for each other nor
     * for a writer, where {@link #inTransaction} (which takes the write lock at once, so that a read
     * followed by a write never fails) would queue every reader behind every other request.
     */
    public <T> T read(SqlWork<T> work) {
        if (!sqlite) return inTransaction(work);
        try (Connection c = connection()) {
            execute(c, "BEGIN DEFERRED");
            try {
                T result = work.run(c);
                execute(c, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                execute(c, "ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * After a large write (an import), gives SQLite's write-ahead log back to the file system: the
     * log is copied into the database and truncated to nothing, where it would otherwise stay at its
     * peak size. Waits for the readers of older data to finish (up to the busy timeout), and for the
     * writer in progress. What was written is committed already, so a failure here is only logged.
     * PostgreSQL manages its own log: there this does nothing.
     */
    public void shrinkLog() {
        if (!sqlite) return;
        writers.alone(() -> {
            try (Connection c = connection()) {
                execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.warn("The write-ahead log of {} could not be truncated: {}", description, e.getMessage());
            }
            return null;
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        opened.thenAccept(HikariDataSource::close); // once open, if it is still opening
    }
}
