package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {
    @Test
    void keeps_the_last_used_values_and_drops_the_least_recently_used_first() {
        Recent<String, Integer> recent = new Recent<>(2);
        recent.put("a", 1);
        recent.put("b", 2);
        assertThat(recent.get("a")).isEqualTo(1); // a is now used more recently than b
        recent.put("c", 3);

        assertThat(recent.get("b")).isNull();
        assertThat(recent.get("a")).isEqualTo(1);
        assertThat(recent.get("c")).isEqualTo(3);
    }

    @Test
    void makes_a_missing_value_once_and_keeps_it() {
        Recent<String, Integer> recent = new Recent<>(4);
        AtomicInteger made = new AtomicInteger();

        assertThat(recent.get("x", k -> made.incrementAndGet())).isEqualTo(1);
        assertThat(recent.get("x", k -> made.incrementAndGet())).isEqualTo(1);
        assertThat(made).hasValue(1);
    }
}
