package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;

/** The case-file suite on the embedded SQLite database. */
class SqliteCaseFileApiTest extends CaseFileApiContract {
    @Override
    Database newDatabase() {
        return TestDatabases.sqlite();
    }
}
