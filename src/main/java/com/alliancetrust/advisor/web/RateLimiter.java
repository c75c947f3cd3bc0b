package com.alliancetrust.advisor.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-client token buckets: each client address may spend {@code perSecond} tokens a second on
 * average, with bursts of up to {@code burst}. An ordinary request costs one token, a costly one more
 * (see {@code Safeguards}); a request is let through while the bucket holds at least a token and then
 * charged in full, even into debt, so that a costly request is never impossible but makes the client
 * wait for the next ones. A bucket left alone long enough to refill is forgotten, so the table holds
 * only clients seen recently.
 */
final class RateLimiter {
    private static final long SWEEP_EVERY = 4096;

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    RateLimiter(int perSecond, int burst) {
        if (perSecond <= 0 || burst <= 0) throw new IllegalArgumentException("A rate limit needs a positive rate and burst");
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one request from the client's bucket: 0 if allowed, otherwise the whole seconds until it would be. */
    long acquire(String client) {
        return acquire(client, 1);
    }

    /** Takes a request of the given cost from the client's bucket: 0 if allowed, otherwise the whole seconds until it would be. */
    long acquire(String client, double cost) {
        long now = System.nanoTime();
        if (requests.incrementAndGet() % SWEEP_EVERY == 0) sweep(now);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perSecond, burst);
            if (bucket.tokens >= Math.min(1, cost)) {
                bucket.tokens -= cost;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((Math.min(1, cost) - bucket.tokens) / perSecond));
        }
    }

    /** Charges a client for work found costly only once its request was read, such as the candidates of a comparison. */
    void charge(String client, double cost) {
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perSecond, burst);
            bucket.tokens -= cost;
        }
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, perSecond, burst);
                return e.getValue().tokens >= burst;
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
        }
    }
}
