package com.alliancetrust.advisor.reload;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.alliancetrust.advisor.web.ServerOptions;
import com.alliancetrust.advisor.wiring.Capabilities;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads again and again while clients keep the server busy: no request fails, and none sees a
 * mix of two versions. Each edition of the knowledge base words one recommendation differently,
 * so an answer whose version says one edition and whose wording says another would be caught.
 */
class ReloadUnderLoadIT {
    private static final int RELOADS = 8;
    private static final int CLIENTS = 3;
    private static final int MAX_REQUESTS = 20_000;
    private static final String ADMIN = "admin-token-for-the-load-test";
    private static final String ADVICE_ID = "ceo-present-facts";
    private static final String TITLE = "Put the facts and likely outcomes to the CEO in writing";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** One answered assessment: the version it says it came from and the wording it carries. */
    private record Seen(String version, String title) {
    }

    @Test
    void reloading_repeatedly_under_concurrent_load_fails_no_request_and_mixes_no_versions() throws Exception {
        TestHome home = TestHome.copyOfProject(dir);
        LiveAdvisor advisor = LiveAdvisor.start(new ContentLocator(home.root()), Capabilities::load);
        Javalin app = new HttpApi(advisor, TestDatabases.sqlite(), ServerOptions.OPEN.withAdmin(ADMIN, advisor)).create().start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, String> titleOfVersion = new ConcurrentHashMap<>(Map.of(advisor.get().version(), TITLE));
        Queue<Seen> seen = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        int reloads = 0;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (reloading.get() && requests.incrementAndGet() <= MAX_REQUESTS) {
                        boolean health = requests.get() % 4 == 0;
                        try {
                            HttpResponse<String> r = http.send(health ? HttpRequest.newBuilder(URI.create(base + "/health")).build()
                                    // With its texts, so that the answer itself carries the title of the version it was made with.
                                    : HttpRequest.newBuilder(URI.create(base + HttpApiTest.ASSESS + "?include=texts")).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(HttpApiTest.VALID)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                failures.add(r.statusCode() + " " + r.body());
                            } else if (!health) {
                                JsonNode body = JSON.readTree(r.body());
                                for (JsonNode rec : body.path("recommendations")) {
                                    if (rec.path("id").asText().equals(ADVICE_ID)) seen.add(new Seen(body.path("version").asText(), rec.path("title").asText()));
                                }
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
            for (int edition = 1; edition <= RELOADS; edition++) {
                String title = TITLE + " (edition " + edition + ")";
                String previous = edition == 1 ? TITLE : TITLE + " (edition " + (edition - 1) + ")";
                home.edit("knowledge-base/advice.yaml", t -> t.replace("title: \"" + previous + "\"", "title: \"" + title + "\""));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/reload"))
                        .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode status = JSON.readTree(r.body());
                assertThat(status.path("lastAttempt").path("outcome").asText()).as(r.body()).isEqualTo("LOADED");
                titleOfVersion.put(status.path("version").asText(), title);
                reloads++;
                Thread.sleep(Duration.ofMillis(200).toMillis()); // let the new version serve a while before the next
            }
            reloading.set(false);
            for (Future<?> f : running) f.get(5, TimeUnit.MINUTES);
        } finally {
            reloading.set(false);
            clients.shutdownNow();
            app.stop();
        }

        List<Seen> mixed = seen.stream().filter(s -> !s.title().equals(titleOfVersion.get(s.version()))).toList();
        long versionsSeen = seen.stream().map(Seen::version).distinct().count();
        System.out.printf("Reload under load: %d reloads, %d requests (%d assessments checked, %d versions seen), %d failed, %d mixed%n",
                reloads, Math.min(requests.get(), MAX_REQUESTS), seen.size(), versionsSeen, failures.size(), mixed.size());
        assertThat(failures).as("failed requests").isEmpty();
        assertThat(mixed).as("answers mixing two versions").isEmpty();
        assertThat(reloads).isEqualTo(RELOADS);
        assertThat(versionsSeen).as("the load spanned several versions").isGreaterThan(RELOADS / 2);
    }
}
