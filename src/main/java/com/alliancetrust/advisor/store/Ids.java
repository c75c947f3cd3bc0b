package com.alliancetrust.advisor.store;

import com.alliancetrust.advisor.domain.InvalidInputException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/** Time-ordered ids (UUID version 7), so that ordering by id is ordering by creation, and fixed-width timestamps. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
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

    /** Refuses, naming the field, an id that is not one as ids are made here: a UUID in lower-case hexadecimal. */
    public static void check(String id, String field) {
        if (id == null) throw new InvalidInputException(field, "is required");
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(field, "must be an id as the advisor makes them, a UUID such as 0190f3a2-7c41-7d2e-9b1a-3f6c2d8e4a10");
        }
    }

    /** Refuses, naming the field, a time that is not one as times are recorded here: UTC to the millisecond, as {@link #now()} gives. */
    public static void checkTime(String value, String field) {
        if (value == null) throw new InvalidInputException(field, "is required");
        try {
            if (TIMESTAMP.format(TIMESTAMP.parse(value, Instant::from)).equals(value)) return;
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be a time as YYYY-MM-DDTHH:MM:SS.sssZ (UTC), got \"" + abbreviated(value) + "\"");
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
