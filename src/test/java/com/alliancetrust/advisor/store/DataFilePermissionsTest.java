package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case files are readable by the server's own user only: the directory, the database and its log. */
class DataFilePermissionsTest {

    @Test
    void the_data_directory_and_every_database_file_are_owner_only_even_when_they_existed_before(@TempDir Path parent) throws IOException {
        Path dir = parent.resolve("data");
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createFile(dir.resolve("advisor.db"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        Database db = Database.sqlite(dir);
        try {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE scratch (x INTEGER)");
                    s.execute("INSERT INTO scratch VALUES (1)");
                }
                return null;
            });
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            try (var files = Files.list(dir)) {
                files.forEach(f -> {
                    try {
                        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.getFileName().toString())
                                .isEqualTo("rw-------");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).contains("advisor.db", "advisor.db-wal");
            }
        } finally {
            db.close();
        }
    }
}
