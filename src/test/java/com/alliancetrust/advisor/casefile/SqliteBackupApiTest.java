package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;

/** The backup suite on the embedded SQLite database. */
class SqliteBackupApiTest extends BackupApiContract {
    @Override
    Database newDatabase() {
        return TestDatabases.sqlite();
    }
}
