package com.alliancetrust.advisor;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.reload.ContentWatcher;
import com.alliancetrust.advisor.reload.LiveAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.ServerOptions;
import com.alliancetrust.advisor.wiring.Capabilities;
import com.alliancetrust.advisor.wiring.Services;
import io.javalin.Javalin;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the advisor together and starts it: content, rules and knowledge, then the HTTP API. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final int SHORT_TOKEN = 16;

    private App() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            start(settings);
        } catch (RuntimeException e) {
            LOG.error("Alliance Trust Advisor cannot start:\n{}", e.getMessage());
            System.exit(1);
        }
    }

    public static Javalin start(Settings settings) {
        // The rules load while the server starts listening, and then the database opens (and migrates): each on a thread
        // of its own. A request that comes before they are ready waits for them. The rules come first, as every answer
        // needs them and most need no database: opened beside them, it had held the first answer back.
        LiveAdvisor advisor = LiveAdvisor.starting(new ContentLocator(settings.home()), Capabilities::load);
        Settings.DatabaseUrl db = settings.database();
        Database database = db == null ? Database.sqliteOpening(settings.dataDir(), advisor.started())
                : Database.postgresOpening(db.url(), db.user(), db.password(), advisor.started());
        Javalin app;
        try {
            app = new HttpApi(new Services(advisor, database, Clock.systemDefaultZone()), options(settings, advisor)).create();
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            database.close();
            advisor.awaitStart(); // if the rules failed to load as well, theirs is the failure reported
            throw e;
        }
        try {
            advisor.awaitStart(); // the rules' failure first, as before the database's
            database.awaitOpen();
        } catch (RuntimeException e) {
            app.stop();
            database.close();
            throw e;
        }
        ContentWatcher watcher = ContentWatcher.start(advisor);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) watcher.close();
            app.stop();
            database.close();
        }, "shutdown"));
        LOG.info("Alliance Trust Advisor listening on http://{}:{} (rules and knowledge version {})",
                settings.host(), app.port(), advisor.get().version());
        return app;
    }

    /** The secured configuration: token, admin endpoints and rate limit as the settings say. */
    static ServerOptions options(Settings settings, LiveAdvisor advisor) {
        LOG.info(settings.token() == null ? "No access token: the API answers anyone who can reach {}"
                : "The API needs the access token on every /api call", settings.host());
        LOG.info(settings.adminToken() == null ? "Admin endpoints are off (no admin token)" : "Admin endpoints are on (admin token set)");
        LOG.info(settings.rateLimit() == 0 ? "No rate limit" : "Rate limit: {} requests a second per client", settings.rateLimit());
        for (String token : new String[] {settings.token(), settings.adminToken()}) {
            if (token != null && token.length() < SHORT_TOKEN) LOG.warn("A token of fewer than {} characters is easy to guess", SHORT_TOKEN);
        }
        return ServerOptions.OPEN.withAccessToken(settings.token()).withAdmin(settings.adminToken(), advisor)
                .withRateLimit(settings.rateLimit()).withAllowedHosts(settings.host(), settings.allowedHosts());
    }

    public static Advisor load(Settings settings) {
        Content content = new ContentLocator(settings.home()).load();
        LOG.info("Using {}", content.origin());
        return Capabilities.load(content);
    }
}
