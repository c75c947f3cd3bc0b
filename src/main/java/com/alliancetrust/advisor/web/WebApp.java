package com.alliancetrust.advisor.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web application HR executives use: plain HTML, CSS and ES modules packaged in the jar under
 * {@code web/}, served at {@code /}, with the chart library from its WebJar at {@code /webjars/}.
 * Nothing is fetched from elsewhere, and the pages carry a policy that forbids it
 * ({@link Safeguards#CONTENT_SECURITY_POLICY}, set on every response; the pages are written to work under it).
 */
final class WebApp {
    private WebApp() {
    }

    /** Serves the classpath directory {@code webRoot} at {@code /} when it exists (tests may give their own). */
    static void register(JavalinConfig config, String webRoot) {
        if (WebApp.class.getClassLoader().getResource(webRoot) == null) return;
        // Javalin's own handler reads files through the class loader. Jetty's, the default, first opens the
        // whole jar as a file system (some 18,000 entries), which cost about a second of every start.
        config.resourceHandler(new JavalinStaticResourceHandler());
        Map<String, String> headers = Map.of("Cache-Control", "no-cache");
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/" + webRoot;
            files.location = Location.CLASSPATH;
            files.headers = headers;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/webjars";
            files.directory = "/META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
            files.headers = headers;
        });
    }
}
