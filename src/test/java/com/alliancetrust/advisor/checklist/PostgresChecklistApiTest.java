package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.PostgresForTests;
import com.alliancetrust.advisor.store.TestDatabases;

/** The checklist suite on PostgreSQL. */
class PostgresChecklistApiTest extends ChecklistApiContract {
    private String url;

    @Override
    Database newDatabase() {
        PostgresForTests.Server server = PostgresForTests.server();
        url = server.url(TestDatabases.newDatabase(server));
        return Database.postgres(url, server.user(), server.password());
    }

    @Override
    Database reopen() {
        PostgresForTests.Server server = PostgresForTests.server();
        return Database.postgres(url, server.user(), server.password());
    }
}
