package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** The fuzzing on the embedded SQLite database. */
class SqliteApiFuzzTest extends ApiFuzzing {
    @Override
    Database newDatabase() {
        return TestDatabases.sqlite();
    }

    @Test
    void no_request_however_malformed_gets_a_server_error_and_every_refusal_has_the_error_shape() throws Exception {
        fuzz(4000);
    }
}
