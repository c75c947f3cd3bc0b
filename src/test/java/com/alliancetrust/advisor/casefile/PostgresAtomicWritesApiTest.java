package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;

/** The atomic-writes suite on PostgreSQL. */
class PostgresAtomicWritesApiTest extends AtomicWritesApiContract {
    @Override
    Database newDatabase() {
        return TestDatabases.postgres();
    }
}
