package com.alliancetrust.advisor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Fresh, empty case-file databases for tests: an SQLite file, or a new database on the test PostgreSQL server. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static Database sqlite() {
        try {
            return Database.sqlite(Files.createTempDirectory("advisor-sqlite"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
