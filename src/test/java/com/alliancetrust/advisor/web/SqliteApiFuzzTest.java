package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/** The fuzzing on the embedded SQLite database. */
class SqliteApiFuzzTest extends ApiFuzzing {
    @Override
    Database newDatabase() {
        return TestDatabases.sqlite();
    }

    @Property(tries = 4000, shrinking = ShrinkingMode.OFF)
    void no_request_however_malformed_gets_a_server_error_and_every_refusal_has_the_error_shape(
            @ForAll("malformedRequests") FuzzRequests.Request request) throws Exception {
        check(request);
    }
}
