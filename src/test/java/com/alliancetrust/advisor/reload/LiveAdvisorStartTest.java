package com.alliancetrust.advisor.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.store.TestDatabases;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The first version loads on a thread of its own while the server starts; whoever asks for it meanwhile waits. */
class LiveAdvisorStartTest {
    private final ContentLocator packaged = new ContentLocator(TestDatabases.tempDir("advisor-home"));

    @Test
    void a_request_made_while_the_rules_load_waits_for_them() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        LiveAdvisor live = LiveAdvisor.starting(packaged, content -> {
            await(loaded);
            return TestAdvisor.get();
        });
        CompletableFuture<Advisor> asked = CompletableFuture.supplyAsync(live::get);

        assertThat(asked).isNotDone();
        loaded.countDown();
        assertThat(asked.get(30, TimeUnit.SECONDS)).isSameAs(TestAdvisor.get());
        assertThat(live.status().lastAttempt().outcome()).isEqualTo(ReloadStatus.Outcome.LOADED);
    }

    @Test
    void rules_that_do_not_load_fail_the_start_and_every_request_made_meanwhile() {
        LiveAdvisor live = LiveAdvisor.starting(packaged, content -> {
            throw new IllegalStateException("rules/selection/verdict.drl: no such rule");
        });

        assertThatThrownBy(live::awaitStart).isInstanceOf(IllegalStateException.class).hasMessageContaining("no such rule");
        assertThatThrownBy(live::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("no such rule");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
