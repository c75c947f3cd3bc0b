package com.alliancetrust.advisor;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.HttpApi;
import io.javalin.Javalin;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the advisor together and starts it: content, rules and knowledge, then the HTTP API. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

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
        // The database opens (and migrates) while the rules compile.
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> settings.database() == null ? Database.sqlite(settings.dataDir())
                : Database.postgres(settings.database().url(), settings.database().user(), settings.database().password()));
        Advisor advisor;
        try {
            advisor = load(settings);
        } catch (RuntimeException e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        Database database;
        try {
            database = opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Javalin app = new HttpApi(() -> advisor, database).create();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
        }, "shutdown"));
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("Alliance Trust Advisor listening on http://{}:{} (rules and knowledge version {})",
                settings.host(), app.port(), advisor.version());
        return app;
    }

    public static Advisor load(Settings settings) {
        Content content = new ContentLocator(settings.home()).load();
        LOG.info("Using {}", content.origin());
        return Advisor.load(content);
    }
}
