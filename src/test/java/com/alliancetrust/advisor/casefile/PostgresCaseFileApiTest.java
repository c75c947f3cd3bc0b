package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;

/** The case-file suite on PostgreSQL. */
class PostgresCaseFileApiTest extends CaseFileApiContract {
    @Override
    Database newDatabase() {
        return TestDatabases.postgres();
    }
}
