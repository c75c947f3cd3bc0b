package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** The fuzzing on PostgreSQL, which refuses some text SQLite stores (such as a NUL character). */
class PostgresApiFuzzTest extends ApiFuzzing {
    @Override
    Database newDatabase() {
        return TestDatabases.postgres();
    }

    @Test
    void no_request_however_malformed_gets_a_server_error_and_every_refusal_has_the_error_shape() throws Exception {
        fuzz(2000);
    }
}
