package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;

/** The backup suite on PostgreSQL. */
class PostgresBackupApiTest extends BackupApiContract {
    @Override
    Database newDatabase() {
        return TestDatabases.postgres();
    }
}
