package com.alliancetrust.advisor;

import java.nio.file.Path;
import java.util.Map;

/**
 * Start-up settings: command-line options win over environment variables, which win over the
 * defaults (127.0.0.1:7070, rules and knowledge base from the current directory or the jar).
 */
public record Settings(String host, int port, Path home) {

    public static final String USAGE = """
            Usage: java -jar alliance-trust-advisor.jar [--host HOST] [--port PORT] [--home DIR]
              --host  address to listen on (env HOST, default 127.0.0.1)
              --port  port to listen on, 0 for any free port (env PORT, default 7070)
              --home  directory holding rules/ and knowledge-base/ (env ADVISOR_HOME, default the current
                      directory); whichever of the two is absent there is taken from the jar""";

    public static Settings parse(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("HOST", "127.0.0.1");
        String port = env.getOrDefault("PORT", "7070");
        String home = env.getOrDefault("ADVISOR_HOME", ".");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) throw new IllegalArgumentException(USAGE);
            if (i + 1 >= args.length) throw new IllegalArgumentException("Option " + option + " needs a value\n" + USAGE);
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = value;
                case "--home" -> home = value;
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
        return new Settings(host, portNumber, Path.of(home));
    }
}
