package com.alliancetrust.advisor.store;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server the tests use. With ADVISOR_TEST_PG_URL (a jdbc:postgresql://host:port/ base
 * URL, plus ADVISOR_TEST_PG_USER and ADVISOR_TEST_PG_PASSWORD) an existing server is used; otherwise
 * a private server is started on loopback from the machine's PostgreSQL binaries (Debian's
 * {@code postgresql} package) in a temporary directory, and stopped when the tests end.
 */
public final class PostgresForTests {
    /** Where to reach the server; {@code url(database)} names one database on it. */
    public record Server(String baseUrl, String user, String password) {
        public String url(String database) {
            return baseUrl + database;
        }
    }

    private static Server server;

    private PostgresForTests() {
    }

    public static synchronized Server server() {
        if (server == null) server = external().orElseGet(PostgresForTests::startPrivate);
        return server;
    }

    private static Optional<Server> external() {
        String url = System.getenv("ADVISOR_TEST_PG_URL");
        if (url == null || url.isBlank()) return Optional.empty();
        return Optional.of(new Server(url.endsWith("/") ? url : url + "/", System.getenv().getOrDefault("ADVISOR_TEST_PG_USER", "advisor"),
                System.getenv().getOrDefault("ADVISOR_TEST_PG_PASSWORD", "")));
    }

    private static Server startPrivate() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("The PostgreSQL tests need PostgreSQL's server binaries"
                + " (Debian package 'postgresql', which .ci/run installs) or ADVISOR_TEST_PG_URL pointing at a server"));
        try {
            Path dir = Files.createTempDirectory("advisor-pg");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) run(List.of("chown", "-R", "postgres", dir.toString()), false); // PostgreSQL refuses to run as root
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path data = dir.resolve("data");
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "advisor", "--auth=trust", "-E", "UTF8",
                    "--no-sync"), root);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w",
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                    try (var files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the temporary directory is left for the system to clean
                }
            }));
            return new Server("jdbc:postgresql://127.0.0.1:" + port + "/", "advisor", "");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a private PostgreSQL server", e);
        }
    }

    private static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions != null) {
            Arrays.stream(versions).sorted(Comparator.comparing(File::getName).reversed())
                    .forEach(v -> candidates.add(v.toPath().resolve("bin")));
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) candidates.add(Path.of(p));
        return candidates.stream().filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))).findFirst();
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("Command failed: " + String.join(" ", full) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
