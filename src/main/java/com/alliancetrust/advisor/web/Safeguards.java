package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.checklist.ChecklistExport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every request passes before its handler: security headers on every response (web pages
 * included); a Host the server answers to (so that a page elsewhere cannot reach it by DNS
 * rebinding); for a request that changes state, no foreign Origin and, on {@code /api/...}, a JSON
 * content type (which no cross-site form can send); the body size limit on every route, the body
 * read whole; then for {@code /api/...} the per-client rate limit and the access token (or, on the
 * admin endpoints, the admin token). {@code /health} stays open for load balancers; the web pages at
 * {@code /} are served without a token and ask for it themselves; the two endpoints a survey
 * respondent uses ({@link Routes#RESPONDENT_PATHS}) take the link's token instead, and are rate-limited as the rest.
 */
final class Safeguards {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' " + ChecklistExport.STYLE_SOURCE + "; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Sent with every response, the web server's own refusals included ({@link JettyErrors}). */
    static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
    static final String ADMIN = "/api/v1/admin/";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> TAKES_A_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String LIMITER = "rate-limiter";
    private static final String ROUTE = "declared-route";
    private static final Logger LOG = LoggerFactory.getLogger(Safeguards.class);
    private static final String REALM = "Bearer realm=\"alliance-trust-advisor\"";

    private final ServerOptions options;
    private final List<Route> routes;
    private final RateLimiter limiter;
    private final byte[] accessToken;
    private final byte[] adminToken;

    private Safeguards(ServerOptions options, List<Route> routes) {
        this.options = options;
        this.routes = routes;
        this.limiter = options.rateLimit() == 0 ? null : new RateLimiter(options.rateLimit(), options.rateBurst());
        this.accessToken = digest(options.accessToken());
        this.adminToken = digest(options.adminToken());
    }

    /** Guards {@code table}'s routes, each by its own limits, and everything else (pages, unknown paths) by the defaults. */
    static void register(RoutesConfig routes, ServerOptions options, List<Route> table) {
        Safeguards guard = new Safeguards(options, table);
        routes.before(Safeguards::headers);
        SlowClients.countInProgress(routes);
        routes.before(guard::limitBody);
        // Every body within the limits is read before the request is answered, even where it is not needed
        // or the request is then refused: a connection closed with unread data is reset, and the client
        // loses the answer.
        routes.before(guard::readBody);
        routes.before(guard::checkHost);
        routes.before(guard::refuseCrossSite);
        routes.before(guard::limitRate);
        routes.before("/api/*", guard::authenticate);
    }

    /** Refuses a request naming a host the server does not answer to (a rebound DNS name, say). */
    private void checkHost(Context ctx) {
        String host = hostName(ctx.header("Host"));
        if (host == null || !options.allowedHosts().contains(host)) {
            throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(), "This server does not answer to the host name "
                    + (host == null ? "(none)" : "'" + host + "'") + "; start it with --allowed-hosts (ADVISOR_ALLOWED_HOSTS) naming it",
                    Map.of("field", "Host"));
        }
    }

    /**
     * A request that changes state is refused if it comes from a page of another site (its Origin is
     * not a host the server answers to) and, on the API, if it is not declared JSON: browsers let
     * other sites send forms, never JSON, without asking the server first.
     */
    private void refuseCrossSite(Context ctx) {
        if (!STATE_CHANGING.contains(ctx.method().name())) return;
        String origin = ctx.header("Origin");
        String from = origin == null ? null : originHost(origin);
        if (origin != null && (from == null || !options.allowedHosts().contains(from))) {
            throw new ForbiddenResponse("Refused: a request that changes data from a page of another site (" + origin + ")");
        }
        String type = ctx.contentType();
        boolean json = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
        if (ctx.path().startsWith("/api/") && TAKES_A_BODY.contains(ctx.method().name()) && !json) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "Requests that change data must be sent with "
                    + "Content-Type: application/json, body or not, got " + (type == null ? "none" : type), Map.of("field", "Content-Type"));
        }
    }

    /** The host of a Host header ({@code name}, {@code name:port}, {@code [v6]:port}), lower case; null if absent. */
    static String hostName(String authority) {
        if (authority == null || authority.isBlank()) return null;
        String a = authority.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end < 0 ? a : a.substring(1, end);
        }
        int colon = a.indexOf(':');
        return colon < 0 || a.indexOf(':', colon + 1) >= 0 ? a : a.substring(0, colon);
    }

    private static String originHost(String origin) {
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null ? null : hostName(host);
        } catch (IllegalArgumentException e) {
            return null; // "null" and anything unparseable: an origin the server does not know
        }
    }

    /**
     * Reads the body whole; one that cannot be read (cut off, broken chunking) is a 400, logged as one
     * line, and one sent in chunks, with no length declared, is held to the same limit once read.
     */
    private void readBody(Context ctx) {
        byte[] body;
        try {
            body = SlowClients.withDeadline(ctx, route(ctx).map(Route::bodyTime).orElse(SlowClients.BODY_TIME), ctx::bodyAsBytes);
        } catch (Exception e) {
            LOG.info("Unreadable request body on {} {} from {}: {}", ctx.method(), ctx.path(), ctx.ip(), e.toString());
            throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "The request body could not be read: it was cut off "
                    + "or its encoding is broken", Map.of("field", "(body)"));
        }
        long limit = bodyLimit(ctx);
        if (TAKES_A_BODY.contains(ctx.method().name()) && body.length > limit) throw tooLarge(limit);
    }

    private long bodyLimit(Context ctx) {
        return route(ctx).map(Route::maxBody).orElse(HttpApi.MAX_BODY_BYTES);
    }

    /** The declared route this request is for, if any; looked up once per request. */
    private Optional<Route> route(Context ctx) {
        Optional<Route> known = ctx.attribute(ROUTE);
        if (known != null) return known;
        String method = ctx.method().name();
        String path = ctx.path();
        Optional<Route> found = routes.stream().filter(r -> r.matches(method, path)).findFirst();
        ctx.attribute(ROUTE, found);
        return found;
    }

    private static void headers(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/health") || path.equals("/openapi.json")) ctx.header("Cache-Control", "no-store");
    }

    /**
     * Every route counts against the client's rate, by what it costs the server: a page's static file
     * a fifth of an ordinary request, the OpenAPI document and a whole export several, a portfolio page
     * by its size, an import by its size. A comparison is charged per candidate once it is read
     * ({@link #chargeMore}).
     */
    private void limitRate(Context ctx) {
        if (limiter == null) return;
        ctx.attribute(LIMITER, limiter);
        long wait = limiter.acquire(ctx.ip(), cost(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "Too many requests from this address: at most "
                    + options.rateLimit() + " a second (bursts of " + options.rateBurst() + "); retry after " + wait + " s", Map.of());
        }
    }

    /** The route's own cost; a page of the web application a fifth of a request, as it loads a score of files at once. */
    double cost(Context ctx) {
        return route(ctx).map(r -> r.cost().of(ctx)).orElse(ctx.path().startsWith("/api/") ? 1 : 0.2);
    }

    /** Charges the client for work a request turned out to hold once read, beyond the one request it already paid for. */
    static void chargeMore(Context ctx, double cost) {
        RateLimiter limiter = ctx.attribute(LIMITER);
        if (limiter != null && cost > 0) limiter.charge(ctx.ip(), cost);
    }

    private void authenticate(Context ctx) {
        if (Routes.RESPONDENT_PATHS.contains(ctx.path())) return; // a survey respondent's link carries its own permission
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
    private void limitBody(Context ctx) {
        if (!TAKES_A_BODY.contains(ctx.method().name())) return;
        long limit = bodyLimit(ctx);
        long declared = ctx.contentLength();
        if (declared > limit) {
            try {
                InputStream in = ctx.req().getInputStream();
                SlowClients.withDeadline(ctx, SlowClients.BODY_TIME, () -> drain(in, Math.min(HttpApi.MAX_IMPORT_BYTES, 4 * limit)));
            } catch (Exception e) {
                // cut off or broken while being dropped: the answer is the same, the body was too large
            }
            throw tooLarge(limit);
        }
    }

    static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("Request body is larger than " + maxBytes / 1024 + " KiB", Map.of());
    }

    private static long drain(InputStream in, long atMost) {
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        int n;
        try {
            while (read < atMost && (n = in.read(buffer)) > 0) read += n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
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
