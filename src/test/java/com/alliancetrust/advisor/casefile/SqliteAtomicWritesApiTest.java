package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;

/** The atomic-writes suite on the embedded SQLite database. */
class SqliteAtomicWritesApiTest extends AtomicWritesApiContract {
    @Override
    Database newDatabase() {
        return TestDatabases.sqlite();
    }
}
