package com.alliancetrust.advisor.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web application HR executives use: plain HTML, CSS and ES modules packaged in the jar under
 * {@code web/}, served at {@code /}, with the chart library from its WebJar at {@code /webjars/}.
 * Nothing is fetched from elsewhere, and the pages carry a policy that forbids it.
 */
final class WebApp {
    /** No inline script or style and no other origin: the pages are written to work under this policy. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private WebApp() {
    }

    static void register(JavalinConfig config) {
        Map<String, String> headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
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
