package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.reload.TestHome;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.wiring.Capabilities;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that never settles is stopped, by the bound on firings or by the bound on time, and only
 * the request that set it off fails, with a clear error naming the rule set; every other request is
 * answered as usual meanwhile. The looping rules live in a temporary home's rules/contract/.
 */
class RunawayRulesTest {
    /** Loops on a 999-page contract by firings alone; on a 998-page one slowly enough to reach the time bound first. */
    static final String RUNAWAY = """
            package rules.contract

            import com.alliancetrust.advisor.domain.*

            declare Tick
                count : int
            end

            rule "A contract of exactly 999 pages starts a count that never ends"
                @sources("poppo-zenger-2002") @confidence("LOW")
                ruleflow-group "evidence"
            when
                Fact(name == "contract.pages", number == 999)
            then
                insert(new Tick(0));
            end

            rule "Every count is counted one further"
                @sources("poppo-zenger-2002") @confidence("LOW")
                ruleflow-group "evidence"
            when
                $t : Tick(count >= 0)
            then
                modify($t) { setCount($t.getCount() + 1) }
            end

            rule "A contract of exactly 998 pages starts a slow count that never ends"
                @sources("poppo-zenger-2002") @confidence("LOW")
                ruleflow-group "evidence"
            when
                Fact(name == "contract.pages", number == 998)
            then
                insert(new Tick(-1_000_000));
            end

            rule "Every slow count takes a while to move on"
                @sources("poppo-zenger-2002") @confidence("LOW")
                ruleflow-group "evidence"
            when
                $t : Tick(count < 0)
            then
                Thread.sleep(20);
                modify($t) { setCount($t.getCount() - 1) }
            end
            """;
    private static final String BALANCE = "/api/v1/contract-balance";

    @TempDir
    static Path home;
    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        TestHome.copyOfProject(home).write("rules/contract/runaway.drl", RUNAWAY);
        Advisor advisor = Capabilities.load(new ContentLocator(home).load());
        app = new HttpApi(() -> advisor, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void a_rule_that_keeps_firing_is_stopped_at_the_firing_bound_and_that_request_alone_gets_a_clear_error() {
        Reply runaway = client.post(BALANCE, pages(999));

        assertThat(runaway.status()).isEqualTo(500);
        assertThat(runaway.body().path("status").asInt()).isEqualTo(500);
        assertThat(runaway.body().path("message").asText())
                .contains("rules/contract", "reached the bound of " + Advisor.MAX_FIRINGS + " firings without settling", "stopped",
                        "\"Every count is counted one further\"", "fault in the rules, not in the request")
                .doesNotContain("Exception", "at com.");
        assertThat(client.post(BALANCE, pages(40)).status()).as("the same rules on other input").isEqualTo(200);
    }

    @Test
    void a_rule_that_fires_slowly_without_end_is_stopped_at_the_time_bound_while_other_requests_are_served() throws Exception {
        CompletableFuture<Reply> runaway = CompletableFuture.supplyAsync(() -> client.post(BALANCE, pages(998)));
        List<Reply> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(client.post(BALANCE, pages(40 + i)));
            others.add(client.post(HttpApiTest.ASSESS, HttpApiTest.VALID));
        }
        boolean stillRunning = !runaway.isDone();
        Reply stopped = runaway.get(2, TimeUnit.MINUTES);

        assertThat(others).extracting(Reply::status).containsOnly(200);
        assertThat(stopped.status()).isEqualTo(500);
        assertThat(stopped.body().path("message").asText())
                .contains("rules/contract", "did not settle within " + Advisor.LIMITS.maxTime().toMillis() + " ms", "stopped",
                        "\"Every slow count takes a while to move on\"");
        System.out.printf("Runaway evaluation stopped by time; %d other requests answered meanwhile (runaway still running when they were: %s)%n",
                others.size(), stillRunning);
    }

    private static String pages(int pages) {
        return "{\"contract\": {\"controlProvisions\": [\"PENALTIES\"], \"pages\": " + pages + "}}";
    }
}
