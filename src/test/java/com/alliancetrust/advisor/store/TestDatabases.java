package com.alliancetrust.advisor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** Fresh, empty case-file databases for tests: an SQLite file, or a new database on the test PostgreSQL server. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static Database sqlite() {
        return Database.sqlite(tempDir("advisor-sqlite"));
    }

    public static Database postgres() {
        PostgresForTests.Server server = PostgresForTests.server();
        String name = newDatabase(server);
        return Database.postgres(server.url(name), server.user(), server.password());
    }

    /** Creates an empty database on the test server and returns its name. */
    public static String newDatabase(PostgresForTests.Server server) {
        String name = "advisor_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server.url("postgres"), e);
        }
        return name;
    }

    /**
     * Makes {@code db} refuse every timeline entry of {@code kind} (an installed trigger aborts the
     * insert, as a constraint would), so that a test can make the second write of a change fail.
     */
    public static void refuseTimelineEntries(Database db, String kind) {
        if (!kind.matches("[A-Z_]+")) throw new IllegalArgumentException(kind);
        ddl(db, postgres -> postgres
                ? List.of("CREATE OR REPLACE FUNCTION refuse_timeline_entry() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN RAISE EXCEPTION 'timeline entry refused' USING ERRCODE = 'check_violation'; END $$",
                        "CREATE TRIGGER refuse_timeline_entry BEFORE INSERT ON timeline_events FOR EACH ROW WHEN (NEW.kind = '" + kind + "')"
                                + " EXECUTE FUNCTION refuse_timeline_entry()")
                : List.of("CREATE TRIGGER refuse_timeline_entry BEFORE INSERT ON timeline_events WHEN NEW.kind = '" + kind + "'"
                        + " BEGIN SELECT RAISE(ABORT, 'timeline entry refused'); END"));
    }

    /** Lifts {@link #refuseTimelineEntries}. */
    public static void acceptTimelineEntries(Database db) {
        ddl(db, postgres -> List.of(postgres ? "DROP TRIGGER refuse_timeline_entry ON timeline_events" : "DROP TRIGGER refuse_timeline_entry"));
    }

    private static void ddl(Database db, Function<Boolean, List<String>> statements) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            for (String sql : statements.apply(postgres)) s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new temporary directory, deleted with everything in it when the test JVM exits. */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (TO_DELETE) {
                TO_DELETE.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<Path> TO_DELETE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (TO_DELETE) {
                TO_DELETE.forEach(TestDatabases::deleteTree);
            }
        }, "delete-test-directories"));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // already gone, or left for the system to clean
        }
    }
}
