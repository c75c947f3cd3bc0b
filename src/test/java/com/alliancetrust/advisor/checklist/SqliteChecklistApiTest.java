package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import java.nio.file.Path;

/** The checklist suite on the embedded SQLite database. */
class SqliteChecklistApiTest extends ChecklistApiContract {
    private Path directory;

    @Override
    Database newDatabase() {
        directory = TestDatabases.tempDir("advisor-checklists");
        return Database.sqlite(directory);
    }

    @Override
    Database reopen() {
        return Database.sqlite(directory);
    }
}
