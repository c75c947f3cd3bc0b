package com.alliancetrust.advisor;

import java.nio.file.Path;
import java.util.Map;

/**
 * Start-up settings: command-line options win over environment variables, which win over the
 * defaults (127.0.0.1:7070, rules and knowledge base from the current directory or the jar).
 */
public record Settings(String host, int port, Path home, Path dataDir, DatabaseUrl database) {

    /** A PostgreSQL database to use instead of the embedded SQLite file. */
    public record DatabaseUrl(String url, String user, String password) {
        @Override
        public String toString() {
            return url + " as " + user; // never the password
        }
    }

    public static final String USAGE = """
            Usage: java -jar alliance-trust-advisor.jar [--host HOST] [--port PORT] [--home DIR] [--data DIR]
              --host  address to listen on (env HOST, default 127.0.0.1)
              --port  port to listen on, 0 for any free port (env PORT, default 7070)
              --home  directory holding rules/ and knowledge-base/ (env ADVISOR_HOME, default the current
                      directory); whichever of the two is absent there is taken from the jar
              --data  directory of the embedded case-file database (env ADVISOR_DATA, default ./data)
            To keep case files in PostgreSQL instead, set ADVISOR_DB_URL (a jdbc:postgresql:// URL),
            ADVISOR_DB_USER and ADVISOR_DB_PASSWORD.""";

    public static Settings parse(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("HOST", "127.0.0.1");
        String port = env.getOrDefault("PORT", "7070");
        String home = env.getOrDefault("ADVISOR_HOME", ".");
        String data = env.getOrDefault("ADVISOR_DATA", "data");
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
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port must be a number, got '" + port + "'");
        }
        if (portNumber < 0 || portNumber > 65535) throw new IllegalArgumentException("Port must be between 0 and 65535, got " + portNumber);
        String url = env.get("ADVISOR_DB_URL");
        DatabaseUrl database = null;
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) throw new IllegalArgumentException("ADVISOR_DB_URL must be a jdbc:postgresql: URL, got " + url);
            database = new DatabaseUrl(url, env.get("ADVISOR_DB_USER"), env.get("ADVISOR_DB_PASSWORD"));
        }
        return new Settings(host, portNumber, Path.of(home), Path.of(data), database);
    }
}
