package com.alliancetrust.advisor.reload;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.alliancetrust.advisor.web.ServerOptions;
import com.alliancetrust.advisor.wiring.Capabilities;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;

/**
 * Rules and knowledge reloaded without a restart: by watching the home directory, and on demand
 * at the admin endpoint. A broken edit never replaces the version being served; its errors are
 * reported with file and line.
 */
class LiveReloadTest {
    static final String ADMIN = "admin-token-for-reload-tests";
    static final String ACCESS = "access-token-for-reload-tests";
    private static final String ADVICE_TITLE = "Put the facts and likely outcomes to the CEO in writing";
    private static final Duration PATIENCE = Duration.ofSeconds(90); // a file event and a reload on a busy machine
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dirs;
    static TestHome watchedHome;
    static TestHome manualHome;
    static LiveAdvisor watchedAdvisor;
    static LiveAdvisor manualAdvisor;
    static ContentWatcher watcher;
    static Javalin watched;
    static Javalin manual;

    @BeforeAll
    static void start() throws IOException {
        watchedHome = TestHome.copyOfProject(java.nio.file.Files.createDirectories(dirs.resolve("watched")));
        manualHome = TestHome.copyOfProject(java.nio.file.Files.createDirectories(dirs.resolve("manual")));
        watchedAdvisor = LiveAdvisor.start(new ContentLocator(watchedHome.root()), Capabilities::load);
        manualAdvisor = LiveAdvisor.start(new ContentLocator(manualHome.root()), Capabilities::load);
        watcher = ContentWatcher.start(watchedAdvisor);
        watched = new HttpApi(watchedAdvisor, TestDatabases.sqlite(), ServerOptions.OPEN.withAdmin(ADMIN, watchedAdvisor))
                .create().start("127.0.0.1", 0);
        manual = new HttpApi(manualAdvisor, TestDatabases.sqlite(), ServerOptions.OPEN.withAccessToken(ACCESS).withAdmin(ADMIN, manualAdvisor))
                .create().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        watcher.close();
        watched.stop();
        manual.stop();
    }

    @Test
    void editing_a_knowledge_file_on_disk_changes_the_advice_served_without_a_restart() {
        String before = version(watched);
        assertThat(adviceTitles(watched, null)).contains(ADVICE_TITLE);

        watchedHome.edit("knowledge-base/advice.yaml", t -> t.replace(ADVICE_TITLE, ADVICE_TITLE + " (revised)"));

        String after = awaitVersion(watched, v -> !v.equals(before));
        assertThat(after).isEqualTo(new ContentLocator(watchedHome.root()).load().version());
        assertThat(adviceTitles(watched, null)).contains(ADVICE_TITLE + " (revised)").doesNotContain(ADVICE_TITLE);
        JsonNode status = admin(watched, "GET", ADMIN).body();
        assertThat(status.path("version").asText()).isEqualTo(after);
        assertThat(status.path("lastAttempt").path("trigger").asText()).isEqualTo("FILE_CHANGE");
        assertThat(status.path("lastAttempt").path("outcome").asText()).isEqualTo("LOADED");
        assertThat(status.path("watching").findValuesAsText("")).isEmpty();
        assertThat(JSON.convertValue(status.path("watching"), List.class)).containsExactly("rules", "knowledge-base");

        watchedHome.edit("knowledge-base/advice.yaml", t -> t.replace(ADVICE_TITLE + " (revised)", ADVICE_TITLE));
        awaitVersion(watched, before::equals);
    }

    @Test
    void a_broken_file_on_disk_leaves_the_previous_version_serving_and_its_error_at_the_admin_endpoint() {
        String before = version(watched);
        String lastAttempt = admin(watched, "GET", ADMIN).body().path("lastAttempt").path("at").asText();
        String rule = "rules/selection/verdict.drl";
        String original = watchedHome.read(rule);
        int line = (int) original.lines().count() + 5;
        watchedHome.write(rule, original + "\nrule \"Reads a fact type that does not exist\"\n    ruleflow-group \"decision\"\nwhen\n    NoSuchType()\nthen\nend\n");
        try {
            JsonNode status = awaitStatus(watched, s -> !s.path("lastAttempt").path("at").asText().equals(lastAttempt)
                    && s.path("lastAttempt").path("outcome").asText().equals("FAILED"));
            assertThat(status.path("version").asText()).isEqualTo(before);
            JsonNode error = status.path("lastAttempt").path("errors").get(0);
            assertThat(error.path("file").asText()).isEqualTo(rule);
            assertThat(error.path("line").asInt()).isEqualTo(line);
            assertThat(error.path("message").asText()).contains("NoSuchType");
            assertThat(version(watched)).isEqualTo(before);
            assertThat(adviceTitles(watched, null)).as("still answering with the old version").contains(ADVICE_TITLE);
        } finally {
            watchedHome.write(rule, original);
        }
        awaitStatus(watched, s -> s.path("lastAttempt").path("outcome").asText().equals("UNCHANGED")
                || s.path("lastAttempt").path("outcome").asText().equals("LOADED"));
        assertThat(version(watched)).isEqualTo(before);
    }

    @Test
    void a_watched_directory_moved_away_and_back_is_watched_again() throws IOException {
        String before = version(watched);
        Path kb = watchedHome.file("knowledge-base");
        Path aside = watchedHome.file("kb-aside");
        java.nio.file.Files.move(kb, aside);
        try {
            JsonNode away = awaitStatus(watched, s -> s.path("lastAttempt").path("outcome").asText().equals("FAILED"));
            assertThat(away.path("lastAttempt").path("errors").get(0).path("message").asText()).contains("no longer on disk");
        } finally {
            java.nio.file.Files.move(aside, kb);
        }
        awaitStatus(watched, s -> !s.path("lastAttempt").path("outcome").asText().equals("FAILED"));
        assertThat(version(watched)).isEqualTo(before);

        watchedHome.edit("knowledge-base/advice.yaml", t -> t.replace(ADVICE_TITLE, ADVICE_TITLE + " (after the move)"));
        try {
            awaitVersion(watched, v -> !v.equals(before));
            assertThat(adviceTitles(watched, null)).contains(ADVICE_TITLE + " (after the move)");
        } finally {
            watchedHome.edit("knowledge-base/advice.yaml", t -> t.replace(ADVICE_TITLE + " (after the move)", ADVICE_TITLE));
        }
        awaitVersion(watched, before::equals);
    }

    @Test
    void the_admin_endpoint_reloads_on_demand_and_reports_what_it_did() {
        String before = version(manual);
        String rule = "rules/selection/verdict.drl";
        manualHome.edit(rule, t -> t + "\n// reviewed by the alliance office\n");

        Reply reloaded = admin(manual, "POST", ADMIN);
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.body().path("lastAttempt").path("trigger").asText()).isEqualTo("ADMIN");
        assertThat(reloaded.body().path("lastAttempt").path("outcome").asText()).isEqualTo("LOADED");
        String after = reloaded.body().path("version").asText();
        assertThat(after).isNotEqualTo(before).isEqualTo(manualAdvisor.get().version());
        assertThat(version(manual)).isEqualTo(after);
        assertThat(reloaded.body().path("reloads").asInt()).isPositive();

        Reply again = admin(manual, "POST", ADMIN);
        assertThat(again.body().path("lastAttempt").path("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(again.body().path("version").asText()).isEqualTo(after);
        assertThat(again.body().path("reloads").asInt()).isEqualTo(reloaded.body().path("reloads").asInt());
    }

    @Test
    void broken_edits_reloaded_on_demand_report_file_line_and_message_and_change_nothing() {
        String before = version(manual);
        int redFlagLine = lineOf(manualHome.read("knowledge-base/red-flags.yaml"), "    title:");
        List<Broken> edits = List.of(
                new Broken("rules/contract/balance.drl", t -> t.replaceFirst("then\\n", "then\n    insert(new Advice(\"no-such-advice\", Priority.LOW));\n"),
                        "advice id 'no-such-advice'"),
                new Broken("knowledge-base/red-flags.yaml", t -> t.replaceFirst("    title:", "    colour: red\n    title:"), "colour"),
                new Broken("rules/selection/verdict.drl", t -> t + "\nrule \"Never ends\"\nwhen\n    VerdictDecision(\nthen\nend\n", null));
        for (Broken edit : edits) {
            String original = manualHome.read(edit.file());
            manualHome.edit(edit.file(), edit.change());
            try {
                Reply refused = admin(manual, "POST", ADMIN);
                assertThat(refused.status()).as(edit.file()).isEqualTo(422);
                JsonNode attempt = refused.body().path("lastAttempt");
                assertThat(attempt.path("outcome").asText()).isEqualTo("FAILED");
                assertThat(refused.body().path("version").asText()).isEqualTo(before);
                JsonNode error = attempt.path("errors").get(0);
                assertThat(error.path("file").asText()).as(attempt.toString()).isEqualTo(edit.file());
                assertThat(error.path("line").asInt()).as(attempt.toString()).isPositive();
                if (edit.file().endsWith("red-flags.yaml")) assertThat(error.path("line").asInt()).isEqualTo(redFlagLine);
                if (edit.says() != null) assertThat(error.path("message").asText()).contains(edit.says());
                assertThat(error.path("message").asText()).doesNotContain("com.alliancetrust", manualHome.root().toString());
                assertThat(admin(manual, "GET", ADMIN).body().path("lastAttempt")).isEqualTo(attempt);
                assertThat(version(manual)).isEqualTo(before);
                assertThat(post(manual, HttpApiTest.ASSESS, HttpApiTest.VALID, ACCESS).status()).isEqualTo(200);
            } finally {
                manualHome.write(edit.file(), original);
            }
        }
        assertThat(admin(manual, "POST", ADMIN).status()).isEqualTo(200);
        assertThat(version(manual)).isEqualTo(before);
    }

    @Test
    void a_content_directory_moved_away_does_not_switch_the_server_to_the_packaged_copy() throws IOException {
        String before = version(manual);
        Path kb = manualHome.file("knowledge-base");
        Path aside = manualHome.file("knowledge-base.aside");
        java.nio.file.Files.move(kb, aside);
        try {
            Reply refused = admin(manual, "POST", ADMIN);
            assertThat(refused.status()).isEqualTo(422);
            JsonNode error = refused.body().path("lastAttempt").path("errors").get(0);
            assertThat(error.path("file").asText()).isEqualTo("knowledge-base/");
            assertThat(error.path("message").asText()).contains("no longer on disk");
            assertThat(version(manual)).isEqualTo(before);
        } finally {
            java.nio.file.Files.move(aside, kb);
        }
        assertThat(admin(manual, "POST", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void the_admin_endpoints_need_the_admin_token_and_no_other() {
        assertThat(admin(manual, "GET", null).status()).isEqualTo(401);
        assertThat(admin(manual, "GET", ACCESS).status()).as("the access token is not the admin token").isEqualTo(401);
        assertThat(admin(manual, "POST", "wrong").status()).isEqualTo(401);
        assertThat(admin(manual, "GET", ADMIN).status()).isEqualTo(200);
        assertThat(get(manual, "/api/v1/rules", ADMIN).status()).as("the admin token is not the access token").isEqualTo(401);
    }

    @Test
    void a_replaced_rule_base_leaves_nothing_behind_in_the_drools_repository() {
        Advisor first = manualAdvisor.get();
        manualHome.edit("rules/contract/balance.drl", t -> t + "\n// a later edition\n");
        try {
            assertThat(manualAdvisor.reload(ReloadStatus.Trigger.ADMIN).lastAttempt().outcome()).isEqualTo(ReloadStatus.Outcome.LOADED);
        } finally {
            manualHome.edit("rules/contract/balance.drl", t -> t.replace("\n// a later edition\n", ""));
        }
        manualAdvisor.reload(ReloadStatus.Trigger.ADMIN);
        for (Advisor advisor : List.of(first, manualAdvisor.get())) {
            for (RuleEngine engine : advisor.engines().values()) {
                assertThat(KieServices.Factory.get().getRepository().getKieModule(engine.releaseId())).as(engine.releaseId().toString()).isNull();
            }
        }
    }

    private record Broken(String file, java.util.function.UnaryOperator<String> change, String says) {
    }

    record Reply(int status, JsonNode body) {
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i + 1;
        throw new AssertionError(start);
    }

    private static String version(Javalin app) {
        return get(app, "/health", null).body().path("version").asText();
    }

    private static String awaitVersion(Javalin app, Predicate<String> wanted) {
        return awaitStatus(app, s -> wanted.test(s.path("version").asText()) && wanted.test(version(app))).path("version").asText();
    }

    private static JsonNode awaitStatus(Javalin app, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = admin(app, "GET", ADMIN).body();
            if (wanted.test(status)) return status;
            sleep();
        }
        throw new AssertionError("Not reached within " + PATIENCE.toSeconds() + " s; last status: " + status);
    }

    private static List<String> adviceTitles(Javalin app, String token) {
        // With the texts: an answer otherwise names the knowledge base's wording by id.
        return post(app, HttpApiTest.ASSESS + "?include=texts", HttpApiTest.VALID, token).body().path("recommendations").findValuesAsText("title");
    }

    private static Reply admin(Javalin app, String method, String token) {
        return send(app, method, "/api/v1/admin/reload", null, token);
    }

    private static Reply get(Javalin app, String path, String token) {
        return send(app, "GET", path, null, token);
    }

    private static Reply post(Javalin app, String path, String body, String token) {
        return send(app, "POST", path, body, token);
    }

    static Reply send(Javalin app, String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null || !method.equals("GET")) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
