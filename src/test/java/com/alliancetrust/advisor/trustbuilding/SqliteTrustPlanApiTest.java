package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import java.nio.file.Path;

/** The trust-building plan tracking suite on the embedded SQLite database. */
class SqliteTrustPlanApiTest extends TrustPlanApiContract {
    private Path directory;

    @Override
    Database newDatabase() {
        directory = TestDatabases.tempDir("advisor-trust-plans");
        return Database.sqlite(directory);
    }

    @Override
    Database reopen() {
        return Database.sqlite(directory);
    }
}
