package com.alliancetrust.advisor.web.browser;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApi;
import io.javalin.Javalin;

/**
 * The advisor started in this JVM on a free port with a fresh SQLite database, once for all browser
 * tests; each test makes its own alliances, so they never depend on each other's data.
 */
final class WebAppServer {
    private static Javalin app;

    private WebAppServer() {
    }

    static synchronized String baseUrl() {
        if (app == null) {
            app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "web-app-server-stop"));
        }
        return "http://127.0.0.1:" + app.port();
    }

    static ApiClient api() {
        return new ApiClient(baseUrl());
    }
}
