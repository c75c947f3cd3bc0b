package com.alliancetrust.advisor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up settings: command-line options win over environment variables, which win over the
 * defaults (127.0.0.1:7070, rules and knowledge base from the current directory or the jar, no
 * token, 20 requests a second per client).
 */
public record Settings(String host, int port, Path home, Path dataDir, DatabaseUrl database,
                       String token, String adminToken, int rateLimit, List<String> allowedHosts) {
    public static final int DEFAULT_RATE_LIMIT = 20;

    /** A PostgreSQL database to use instead of the embedded SQLite file. */
    public record DatabaseUrl(String url, String user, String password) {
        @Override
        public String toString() {
            return url + " as " + user; // never the password
        }
    }

    public static final String USAGE = """
            Usage: java -jar alliance-trust-advisor.jar [--host HOST] [--port PORT] [--home DIR] [--data DIR]
                   [--token TOKEN] [--admin-token TOKEN] [--rate-limit N] [--allowed-hosts NAMES]
              --host         address to listen on (env HOST, default 127.0.0.1); any other address than
                             loopback needs an access token
              --port         port to listen on, 0 for any free port (env PORT, default 7070)
              --home         directory holding rules/ and knowledge-base/ (env ADVISOR_HOME, default the current
                             directory); whichever of the two is absent there is taken from the jar
              --data         directory of the embedded case-file database (env ADVISOR_DATA, default ./data)
              --token        access token every /api call must send as Authorization: Bearer (env ADVISOR_TOKEN)
              --admin-token  token of the admin endpoints (reload); without it they are off (env ADVISOR_ADMIN_TOKEN)
              --rate-limit   requests per second per client address, charged by cost, bursts of twice that; 0 for no
                             limit (env ADVISOR_RATE_LIMIT, default 20)
              --allowed-hosts  host names the server answers to besides localhost, the loopback addresses and
                             the listening address, comma-separated (env ADVISOR_ALLOWED_HOSTS); requests
                             naming another host are refused, which stops DNS rebinding
            Prefer the environment for tokens: command lines are visible to other users of the machine.
            To keep case files in PostgreSQL instead, set ADVISOR_DB_URL (a jdbc:postgresql:// URL),
            ADVISOR_DB_USER and ADVISOR_DB_PASSWORD.""";

    public static Settings parse(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("HOST", "127.0.0.1");
        String port = env.getOrDefault("PORT", "7070");
        String home = env.getOrDefault("ADVISOR_HOME", ".");
        String data = env.getOrDefault("ADVISOR_DATA", "data");
        String token = env.get("ADVISOR_TOKEN");
        String adminToken = env.get("ADVISOR_ADMIN_TOKEN");
        String rateLimit = env.getOrDefault("ADVISOR_RATE_LIMIT", String.valueOf(DEFAULT_RATE_LIMIT));
        String hosts = env.getOrDefault("ADVISOR_ALLOWED_HOSTS", "");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) throw new IllegalArgumentException(USAGE);
            if (i + 1 >= args.length) throw new IllegalArgumentException("Option " + option + " needs a value\n" + USAGE);
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = value;
                case "--home" -> home = value;
                case "--data" -> data = value;
                case "--token" -> token = value;
                case "--admin-token" -> adminToken = value;
                case "--rate-limit" -> rateLimit = value;
                case "--allowed-hosts" -> hosts = value;
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        int portNumber = number(port, "Port");
        if (portNumber < 0 || portNumber > 65535) throw new IllegalArgumentException("Port must be between 0 and 65535, got " + portNumber);
        int perSecond = number(rateLimit, "The rate limit (ADVISOR_RATE_LIMIT, --rate-limit)");
        if (perSecond < 0 || perSecond > 1_000_000) {
            throw new IllegalArgumentException("The rate limit must be between 0 (no limit) and 1000000 requests a second, got " + perSecond);
        }
        token = blankToNull(token);
        adminToken = blankToNull(adminToken);
        if (token != null && token.equals(adminToken)) {
            throw new IllegalArgumentException("The admin token must differ from the access token: anyone allowed to use the API "
                    + "could otherwise reload the rules. Set ADVISOR_ADMIN_TOKEN (or --admin-token) to another value.");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("Refusing to listen on " + host + " without an access token: anyone who can reach "
                    + "this address could read and change the case files. Set ADVISOR_TOKEN (or --token), or listen on 127.0.0.1.");
        }
        String url = env.get("ADVISOR_DB_URL");
        DatabaseUrl database = null;
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) throw new IllegalArgumentException("ADVISOR_DB_URL must be a jdbc:postgresql: URL, got " + url);
            database = new DatabaseUrl(url, env.get("ADVISOR_DB_USER"), env.get("ADVISOR_DB_PASSWORD"));
        }
        List<String> allowed = new ArrayList<>();
        for (String name : hosts.split(",")) {
            if (!name.isBlank()) allowed.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return new Settings(host, portNumber, Path.of(home), Path.of(data), database, token, adminToken, perSecond, List.copyOf(allowed));
    }

    /** Loopback by address (127.0.0.0/8, ::1) or by a name that resolves to it, such as localhost. */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int number(String value, String what) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() { // never the tokens
        return "Settings[host=" + host + ", port=" + port + ", home=" + home + ", data=" + dataDir + ", database=" + database
                + ", token=" + (token == null ? "none" : "set") + ", adminToken=" + (adminToken == null ? "none" : "set")
                + ", rateLimit=" + rateLimit + ", allowedHosts=" + allowedHosts + "]";
    }
}
