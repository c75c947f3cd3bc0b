package com.alliancetrust.advisor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * What every request passes before its handler: security headers on every response (web pages
 * included) and the body size limit on every route, then for {@code /api/...} the per-client rate
 * limit and the access token (or, on the admin endpoints, the admin token). {@code /health} stays open for load
 * balancers; the web pages at {@code /} are served without a token and ask for it themselves.
 */
final class Safeguards {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String ADMIN = "/api/v1/admin/";
    private static final String REALM = "Bearer realm=\"alliance-trust-advisor\"";

    private final ServerOptions options;
    private final RateLimiter limiter;
    private final byte[] accessToken;
    private final byte[] adminToken;

    private Safeguards(ServerOptions options) {
        this.options = options;
        this.limiter = options.rateLimit() == 0 ? null : new RateLimiter(options.rateLimit(), options.rateBurst());
        this.accessToken = digest(options.accessToken());
        this.adminToken = digest(options.adminToken());
    }

    static void register(RoutesConfig routes, ServerOptions options) {
        Safeguards guard = new Safeguards(options);
        routes.before(Safeguards::headers);
        routes.before(Safeguards::limitBody);
        // Every body within the limits is read before the request is answered, even where it is not needed
        // or the request is then refused: a connection closed with unread data is reset, and the client
        // loses the answer.
        routes.before(Context::bodyAsBytes);
        routes.before("/api/*", guard::limitRate);
        routes.before("/api/*", guard::authenticate);
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/health") || path.equals("/openapi.json")) ctx.header("Cache-Control", "no-store");
    }

    private void limitRate(Context ctx) {
        if (limiter == null) return;
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "Too many requests from this address: at most "
                    + options.rateLimit() + " a second (bursts of " + options.rateBurst() + "); retry after " + wait + " s", Map.of());
        }
    }

    private void authenticate(Context ctx) {
        if (ctx.path().startsWith(ADMIN)) {
            if (adminToken == null) {
                throw new ForbiddenResponse("The admin endpoints are switched off: start the server with an admin token "
                        + "(ADVISOR_ADMIN_TOKEN or --admin-token) to use them");
            }
            check(ctx, adminToken, "the admin token");
        } else if (accessToken != null) {
            check(ctx, accessToken, "the access token");
        }
    }

    /** Compares digests with {@link MessageDigest#isEqual}, which takes the same time wherever they differ. */
    private static void check(Context ctx, byte[] expected, String what) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", REALM);
            throw new UnauthorizedResponse("This server needs " + what + ": send the header Authorization: Bearer <token>");
        }
        if (!MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
            ctx.header("WWW-Authenticate", REALM + ", error=\"invalid_token\"");
            throw new UnauthorizedResponse("The token sent is not " + what);
        }
    }

    /**
     * Refuses a body over the limit on every route, those that ignore their body included. A body
     * declared too large is read and dropped first, up to a few times the limit: refusing mid-upload
     * would reset the client's connection before it sees the 413, but a body far larger than anything
     * the route takes is not worth reading to the end.
     */
    private static void limitBody(Context ctx) throws IOException {
        String method = ctx.method().name();
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) return;
        long limit = ctx.path().equals(HttpApi.IMPORT) ? HttpApi.MAX_IMPORT_BYTES : HttpApi.MAX_BODY_BYTES;
        long declared = ctx.contentLength();
        if (declared > limit) {
            drain(ctx.req().getInputStream(), Math.min(HttpApi.MAX_IMPORT_BYTES, 4 * limit));
            throw tooLarge(limit);
        }
        if (declared < 0 && ctx.bodyAsBytes().length > limit) throw tooLarge(limit); // chunked: no length declared
    }

    static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("Request body is larger than " + maxBytes / 1024 + " KiB", Map.of());
    }

    private static void drain(InputStream in, long atMost) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        int n;
        while (read < atMost && (n = in.read(buffer)) > 0) read += n;
    }

    private static byte[] digest(String token) {
        if (token == null) return null;
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
