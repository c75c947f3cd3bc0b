package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.PostgresForTests;
import com.alliancetrust.advisor.store.TestDatabases;

/** The trust-building plan tracking suite on PostgreSQL. */
class PostgresTrustPlanApiTest extends TrustPlanApiContract {
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
