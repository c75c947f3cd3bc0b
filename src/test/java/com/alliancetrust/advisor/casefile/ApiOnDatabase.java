package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApi;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A contract run on each database: a fresh database and a server on it for every test, and a client of that server. */
abstract class ApiOnDatabase {
    Database database;
    Javalin app;
    ApiClient client;

    abstract Database newDatabase();

    @BeforeEach
    void start() {
        database = newDatabase();
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }
}
