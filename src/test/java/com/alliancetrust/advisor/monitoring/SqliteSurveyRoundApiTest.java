package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import java.nio.file.Path;

/** The survey round suite on the embedded SQLite database. */
class SqliteSurveyRoundApiTest extends SurveyRoundApiContract {
    private Path directory;

    @Override
    Database newDatabase() {
        directory = TestDatabases.tempDir("advisor-survey-rounds");
        return Database.sqlite(directory);
    }

    @Override
    Database reopen() {
        return Database.sqlite(directory);
    }
}
