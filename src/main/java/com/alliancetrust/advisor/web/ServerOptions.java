package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.reload.LiveAdvisor;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How the HTTP API protects itself. {@link #OPEN} (what {@code new HttpApi(advisor, database)}
 * uses) asks for no token, limits no rate and has no admin endpoints; the server started by
 * {@code App} builds its options from the settings.
 *
 * @param accessToken every {@code /api/...} call must send it as {@code Authorization: Bearer}; null for none
 * @param adminToken  the admin endpoints' token; null switches them off
 * @param rateLimit   requests per second per client address (on every route, charged by cost), with bursts of twice that; 0 for no limit
 * @param reloads     the advisor the admin endpoints reload; needed with an admin token
 * @param webRoot     classpath directory of the web application, served at {@code /} when present
 * @param allowedHosts host names (lower case, no port) requests may name in their Host header, and
 *                    cross-site requests may come from in their Origin: by default the loopback names
 */
public record ServerOptions(String accessToken, String adminToken, int rateLimit, LiveAdvisor reloads, String webRoot,
                            Set<String> allowedHosts) {
    /** The names a server on this machine is always reached by. */
    public static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");
    public static final ServerOptions OPEN = new ServerOptions(null, null, 0, null, "web", LOOPBACK);

    public ServerOptions {
        if (rateLimit < 0) throw new IllegalArgumentException("The rate limit cannot be negative");
        if (adminToken != null && reloads == null) throw new IllegalArgumentException("Admin endpoints need the advisor they reload");
        accessToken = blankToNull(accessToken);
        adminToken = blankToNull(adminToken);
        allowedHosts = Set.copyOf(allowedHosts);
    }

    public ServerOptions withAccessToken(String token) {
        return new ServerOptions(token, adminToken, rateLimit, reloads, webRoot, allowedHosts);
    }

    /** The reload endpoints, reachable with {@code token}; a null token keeps them switched off. */
    public ServerOptions withAdmin(String token, LiveAdvisor advisor) {
        return new ServerOptions(accessToken, token, rateLimit, advisor, webRoot, allowedHosts);
    }

    public ServerOptions withRateLimit(int perSecond) {
        return new ServerOptions(accessToken, adminToken, perSecond, reloads, webRoot, allowedHosts);
    }

    public ServerOptions withWebRoot(String classpathDirectory) {
        return new ServerOptions(accessToken, adminToken, rateLimit, reloads, classpathDirectory, allowedHosts);
    }

    /** The loopback names, the address the server listens on and the names given: the hosts it answers to. */
    public ServerOptions withAllowedHosts(String listeningOn, Collection<String> names) {
        Set<String> hosts = new HashSet<>(LOOPBACK);
        hosts.add(listeningOn.toLowerCase(Locale.ROOT));
        names.forEach(n -> hosts.add(n.toLowerCase(Locale.ROOT)));
        return new ServerOptions(accessToken, adminToken, rateLimit, reloads, webRoot, hosts);
    }

    /** Bursts of twice the rate: a page that fires a handful of calls at once is never throttled. */
    public int rateBurst() {
        return 2 * rateLimit;
    }

    private static String blankToNull(String token) {
        return token == null || token.isBlank() ? null : token;
    }

    @Override
    public String toString() { // never the tokens
        return "ServerOptions[accessToken=" + (accessToken == null ? "none" : "set") + ", adminToken=" + (adminToken == null ? "none" : "set")
                + ", rateLimit=" + rateLimit + ", webRoot=" + webRoot + ", allowedHosts=" + allowedHosts + "]";
    }
}
