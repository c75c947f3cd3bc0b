package com.alliancetrust.advisor.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Time-ordered ids (UUID version 7), so that ordering by id is ordering by creation, and fixed-width timestamps. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static long lastMillis;
    private static long sequence;

    private Ids() {
    }

    public static synchronized String newId() {
        long millis = System.currentTimeMillis();
        // Within one millisecond a counter keeps ids increasing in this process.
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++sequence > 0xFFF) {
                millis = ++lastMillis;
                sequence = 0;
            }
        } else {
            lastMillis = millis;
            sequence = RANDOM.nextInt(1 << 8);
        }
        long high = (millis << 16) | 0x7000L | (sequence & 0xFFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    public static String now() {
        return TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
