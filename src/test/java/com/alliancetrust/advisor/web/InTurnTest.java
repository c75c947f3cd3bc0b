package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The API's requests take turns, at most {@link InTurn#AT_ONCE} at once; the liveness probe answers outside them. */
class InTurnTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_request_beyond_the_turns_waits_until_one_ends_and_the_probe_answers_meanwhile() throws Exception {
        Javalin app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        ExecutorService holders = Executors.newCachedThreadPool();
        CountDownLatch holding = new CountDownLatch(InTurn.AT_ONCE);
        CountDownLatch release = new CountDownLatch(1);
        try {
            List<CompletableFuture<Void>> held = new ArrayList<>();
            for (int i = 0; i < InTurn.AT_ONCE; i++) {
                held.add(CompletableFuture.runAsync(() -> {
                    try {
                        InTurn.run(() -> {
                            holding.countDown();
                            release.await();
                        });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, holders));
            }
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("every turn taken").isTrue();

            CompletableFuture<HttpResponse<String>> read = HTTP.sendAsync(request(app, "/api/v1/knowledge/stages"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> probe = HTTP.send(request(app, "/health"), HttpResponse.BodyHandlers.ofString());
            assertThat(probe.statusCode()).isEqualTo(200);
            assertThat(read).as("a read waits for its turn").isNotDone();

            release.countDown();
            assertThat(read.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holders.shutdownNow();
            app.stop();
        }
    }

    private static HttpRequest request(Javalin app, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET().build();
    }
}
