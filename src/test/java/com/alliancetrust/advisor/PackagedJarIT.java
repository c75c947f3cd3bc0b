package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApiTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, from a directory with no rules of its own. */
class PackagedJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");

    @TempDir
    Path elsewhere;

    @Test
    void the_packaged_jar_starts_anywhere_and_answers_an_assessment() throws Exception {
        Process server = start(List.of("--port", "0"), elsewhere);
        try {
            ApiClient client = new ApiClient("http://127.0.0.1:" + awaitPort(server));
            var reply = client.post(HttpApiTest.ASSESS, HttpApiTest.VALID);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("verdict").path("value").asText()).isEqualTo("RECONSIDER");
            assertThat(reply.body().path("recommendations").size()).isPositive();
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void on_disk_rules_take_precedence_and_a_compile_error_stops_the_start_naming_file_and_line() throws Exception {
        Path rules = Files.createDirectories(elsewhere.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package rules.broken\n\nrule \"Never compiles\"\nwhen\n    NoSuchFact()\nthen\nend\n");
        Process server = start(List.of("--port", "0"), elsewhere);
        boolean exited = server.waitFor(60, TimeUnit.SECONDS);
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) server.destroyForcibly();

        assertThat(exited).isTrue();
        assertThat(server.exitValue()).isNotZero();
        assertThat(output).contains("rules/broken.drl:5");
    }

    @Test
    void a_broken_knowledge_reference_stops_the_start_naming_the_reference() throws Exception {
        Path kb = Files.createDirectories(elsewhere.resolve("knowledge-base"));
        for (Path f : Files.newDirectoryStream(Path.of("knowledge-base"), "*.yaml")) {
            Files.copy(f, kb.resolve(f.getFileName()));
        }
        String glossary = Files.readString(kb.resolve("glossary.yaml")).replaceFirst("sources: \\[([a-z])", "sources: [no-such-source-2099, $1");
        Files.writeString(kb.resolve("glossary.yaml"), glossary);
        Process server = start(List.of("--port", "0"), elsewhere);
        boolean exited = server.waitFor(60, TimeUnit.SECONDS);
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) server.destroyForcibly();

        assertThat(exited).isTrue();
        assertThat(output).contains("unknown source 'no-such-source-2099'");
    }

    private static Process start(List<String> args, Path directory) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of(System.getProperty("advisor.jar")).toAbsolutePath().toString()));
        command.addAll(args);
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    }

    /** Reads the server's log until it says where it listens, then keeps draining it so the server never blocks. */
    private static int awaitPort(Process server) throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(2)));
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("The server exited before listening"));
        });
        reader.setDaemon(true);
        reader.start();
        return port.get(60, TimeUnit.SECONDS);
    }
}
