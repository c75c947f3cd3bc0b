package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.reload.TestHome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as an administrator runs it: safe by default, guarded by its tokens, reloading edited rules by itself. */
class SafeDefaultsIT {
    private static final String TOKEN = "jar-access-token-0123456789";
    private static final String ADMIN = "jar-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void the_server_refuses_to_listen_on_every_address_without_an_access_token() {
        try (AdvisorProcess server = AdvisorProcess.start(dir, List.of("--host", "0.0.0.0", "--port", "0"))) {
            assertThat(server.awaitExit(Duration.ofSeconds(60))).isTrue();
            assertThat(server.exitValue()).isEqualTo(2);
            assertThat(server.output()).contains("Refusing to listen on 0.0.0.0 without an access token", "ADVISOR_TOKEN")
                    .doesNotContain("listening on");
        }
    }

    @Test
    void with_tokens_set_the_api_needs_them_the_edited_rules_are_picked_up_and_a_flood_gets_429() throws Exception {
        TestHome home = TestHome.copyOfProject(dir.resolve("home"));
        Map<String, String> env = Map.of("ADVISOR_TOKEN", TOKEN, "ADVISOR_ADMIN_TOKEN", ADMIN, "ADVISOR_RATE_LIMIT", "5");
        try (AdvisorProcess server = AdvisorProcess.start(dir, List.of("--port", "0", "--home", home.root().toString(), "--data",
                dir.resolve("data").toString()), env)) {
            String base = server.baseUrl();
            assertThat(send(base, "/api/v1/knowledge/stages", null).statusCode()).isEqualTo(401);
            assertThat(send(base, "/api/v1/knowledge/stages", TOKEN).statusCode()).isEqualTo(200);
            HttpResponse<String> health = send(base, "/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("X-Frame-Options")).contains("DENY");
            String before = JSON.readTree(health.body()).path("version").asText();

            home.edit("rules/selection/verdict.drl", t -> t + "\n// reviewed before the board meeting\n");
            String after = before;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (after.equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                after = JSON.readTree(send(base, "/health", null).body()).path("version").asText();
            }
            assertThat(after).as("the version after editing a rule file").isNotEqualTo(before);
            JsonNode status = JSON.readTree(send(base, "/api/v1/admin/reload", ADMIN).body());
            assertThat(status.path("lastAttempt").path("trigger").asText()).isEqualTo("FILE_CHANGE");
            assertThat(status.path("version").asText()).isEqualTo(after);
            assertThat(server.output()).contains("Reloaded rules and knowledge (FILE_CHANGE)");

            List<Integer> flood = new ArrayList<>();
            for (int i = 0; i < 40; i++) flood.add(send(base, "/api/v1/knowledge/stages", TOKEN).statusCode());
            assertThat(flood).contains(429);
            assertThat(flood.subList(0, 5)).containsOnly(200);
        }
    }

    private static HttpResponse<String> send(String base, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
