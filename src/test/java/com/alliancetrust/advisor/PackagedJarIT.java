package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, from a directory with no rules of its own. */
class PackagedJarIT {
    @TempDir
    Path elsewhere;

    @Test
    void the_packaged_jar_starts_anywhere_and_answers_an_assessment() {
        try (AdvisorProcess server = AdvisorProcess.start(elsewhere, List.of("--port", "0"))) {
            ApiClient client = server.client();
            var reply = client.post(HttpApiTest.ASSESS, HttpApiTest.VALID);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
            assertThat(reply.body().path("recommendations").size()).isPositive();
        }
    }

    @Test
    void the_start_script_runs_the_jar_with_the_class_archive_built_beside_it() {
        // The JVM names where each class came from: "shared objects file (top)" is the archive the build made.
        try (AdvisorProcess server = AdvisorProcess.startScript(elsewhere, List.of("--port", "0"),
                Map.of("JAVA_OPTS", "-Xmx256m -Xlog:class+load=info"))) {
            var reply = server.client().post(HttpApiTest.ASSESS, HttpApiTest.VALID);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
            assertThat(server.output()).contains("com.alliancetrust.advisor.App source: shared objects file (top)");
        }
    }

    @Test
    void the_packaged_jar_serves_the_web_application_and_its_chart_library_from_itself() throws Exception {
        try (AdvisorProcess server = AdvisorProcess.start(elsewhere, List.of("--port", "0"))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> chart = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> module = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/js/pages/assess.js")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Alliance Trust Advisor", "/js/app.js");
            assertThat(chart.statusCode()).isEqualTo(200);
            assertThat(module.statusCode()).isEqualTo(200);
            assertThat(module.body()).contains("/api/v1/partner-assessments");
        }
    }

    @Test
    void on_disk_rules_take_precedence_and_a_compile_error_stops_the_start_naming_file_and_line() throws Exception {
        Path rules = Files.createDirectories(elsewhere.resolve("rules"));
        Files.writeString(Files.createDirectories(rules.resolve("broken")).resolve("broken.drl"), "package rules.broken\n\nrule \"Never compiles\"\nwhen\n    NoSuchFact()\nthen\nend\n");
        try (AdvisorProcess server = AdvisorProcess.start(elsewhere, List.of("--port", "0"))) {
            boolean exited = server.awaitExit(Duration.ofSeconds(60));

            assertThat(exited).isTrue();
            assertThat(server.exitValue()).isNotZero();
            assertThat(server.output()).contains("rules/broken/broken.drl:5");
        }
    }

    @Test
    void a_broken_knowledge_reference_stops_the_start_naming_the_reference() throws Exception {
        Path kb = Files.createDirectories(elsewhere.resolve("knowledge-base"));
        for (Path f : Files.newDirectoryStream(Path.of("knowledge-base"), "*.yaml")) {
            Files.copy(f, kb.resolve(f.getFileName()));
        }
        String glossary = Files.readString(kb.resolve("glossary.yaml")).replaceFirst("sources: \\[([a-z])", "sources: [no-such-source-2099, $1");
        Files.writeString(kb.resolve("glossary.yaml"), glossary);
        try (AdvisorProcess server = AdvisorProcess.start(elsewhere, List.of("--port", "0"))) {
            boolean exited = server.awaitExit(Duration.ofSeconds(60));

            assertThat(exited).isTrue();
            assertThat(server.output()).contains("unknown source 'no-such-source-2099'");
        }
    }
}
