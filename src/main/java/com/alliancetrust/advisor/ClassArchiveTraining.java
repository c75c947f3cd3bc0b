package com.alliancetrust.advisor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Run once when the application is built, in a JVM started with {@code -XX:ArchiveClassesAtExit}: starts the
 * server on a free port with a throwaway data directory, sends it one request of each common kind (the
 * benchmark's example bodies) and exits. The JVM then writes the classes those requests loaded to a class data
 * archive, which the start script hands to later starts: they map those classes, already parsed and verified,
 * instead of reading them from the jar again, and answer their first requests sooner. Any request answered with
 * an error fails the build, so the archive is always made from a working server.
 */
public final class ClassArchiveTraining {
    private static final ObjectMapper JSON = Json.mapper();

    private ClassArchiveTraining() {
    }

    /** @param args the directory of the example request bodies ({@code bench/}) */
    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args[0]);
        // The build's output needs no word of the server's start and stop, only of a failure.
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path data = Files.createTempDirectory("advisor-class-archive");
        int status = 0;
        Javalin app = App.start(Settings.parse(new String[] {"--port", "0", "--data", data.toString(), "--rate-limit", "0"}, Map.of()));
        try {
            new Requests("http://127.0.0.1:" + app.port(), examples).send();
        } catch (RuntimeException | IOException e) {
            System.err.println("The class archive's training requests failed: " + e.getMessage());
            status = 1;
        } finally {
            app.stop();
            deleteAll(data);
        }
        System.exit(status); // the JVM writes the archive as it exits
    }

    private record Requests(String base, Path examples) {
        void send() throws IOException, InterruptedException {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/", "/api/v1/rules", "/api/v1/knowledge/evidence", "/api/v1/knowledge/advice", "/openapi.json")) {
                call(http, "GET", path, null);
            }
            call(http, "POST", "/api/v1/partner-assessments", body("assessment.json"));
            for (var example : Map.of("/api/v1/partner-assessments/compare", "compare.json",
                    "/api/v1/contract-balance", "contract-balance.json", "/api/v1/early-warning", "early-warning.json",
                    "/api/v1/culture-advice", "culture-advice.json", "/api/v1/trust-building-plans", "trust-building-plan.json",
                    "/api/v1/diagnoses/one-shot", "diagnosis-one-shot.json").entrySet()) {
                call(http, "POST", example.getKey(), body("bodies/" + example.getValue()));
            }
            String alliance = JSON.readTree(call(http, "POST", "/api/v1/alliances", body("bodies/alliance.json"))).path("id").asText();
            call(http, "POST", "/api/v1/alliances/" + alliance + "/health-checks",
                    body("bodies/health-check.json").replace("{date}", LocalDate.now().toString()));
            String stored = JSON.readTree(call(http, "POST", "/api/v1/partner-assessments",
                    ((ObjectNode) JSON.readTree(body("assessment.json"))).put("allianceId", alliance).toString())).path("assessmentId").asText();
            for (String path : List.of("/api/v1/portfolio", "/api/v1/alliances/" + alliance + "/health", "/api/v1/assessments/" + stored)) {
                call(http, "GET", path, null);
            }
        }

        private String body(String name) throws IOException {
            return Files.readString(examples.resolve(name));
        }

        /** Sends one request and returns the answer's body; an error status throws. */
        private String call(HttpClient http, String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            request = body == null ? request.GET()
                    : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 400) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
