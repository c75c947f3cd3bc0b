package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.wiring.Services;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The HTTP API. Builds the Javalin application from its services without starting it: the routes
 * of {@link Routes}, with every failure going through {@link ErrorMapping}.
 */
public final class HttpApi {
    /** Limit for advisory requests; a backup import may be larger. */
    public static final long MAX_BODY_BYTES = 256 * 1024;
    public static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;
    static final String IMPORT = "/api/v1/import";

    private final Services services;
    private final ServerOptions options;
    private final List<Route> routes;

    /** The API with no token, no rate limit and no admin endpoints: {@link ServerOptions#OPEN}. */
    public HttpApi(Supplier<Advisor> advisor, Database database) {
        this(advisor, database, ServerOptions.OPEN);
    }

    public HttpApi(Supplier<Advisor> advisor, Database database, ServerOptions options) {
        this(advisor, database, options, Clock.systemDefaultZone());
    }

    /** With the clock that says which day it is: the portfolio is kept as of today. */
    public HttpApi(Supplier<Advisor> advisor, Database database, ServerOptions options, Clock clock) {
        this(new Services(advisor, database, clock), options);
    }

    /** The API over services wired elsewhere. */
    public HttpApi(Services services, ServerOptions options) {
        this.services = services;
        this.options = options;
        this.routes = Routes.of(services, options);
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.jsonMapper(new io.javalin.json.JavalinJackson(services.json(), false));
            config.http.maxRequestSize = MAX_IMPORT_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.events.serverStarted(services.summaries()::start);
            config.events.serverStopping(services.summaries()::stop);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            ErrorMapping.register(config.routes);
            Safeguards.register(config.routes, options, routes);
            WebApp.register(config, options.webRoot());
            for (Route route : routes) config.routes.addHttpHandler(route.method(), route.path(), route.registered());
        });
    }

    /** The optional body of an archive request: the version the client last read. */
    public record ArchiveRequest(Integer version) {
    }
}
