package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/** The fuzzing on PostgreSQL, which refuses some text SQLite stores (such as a NUL character). */
class PostgresApiFuzzTest extends ApiFuzzing {
    @Override
    Database newDatabase() {
        return TestDatabases.postgres();
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
    void no_request_however_malformed_gets_a_server_error_and_every_refusal_has_the_error_shape(
            @ForAll("malformedRequests") FuzzRequests.Request request) throws Exception {
        check(request);
    }
}
