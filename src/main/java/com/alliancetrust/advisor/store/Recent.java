package com.alliancetrust.advisor.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last {@code capacity} values used, by key, the least recently used dropped first: for what is
 * read again and again and costs more to make than to keep (a stored document parsed, an answer
 * rewritten). Safe for use by several threads; a value is made outside the lock, so two threads
 * asking for the same missing key may both make it.
 */
public final class Recent<K, V> {
    private final Map<K, V> values;

    public Recent(int capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return values.get(key);
    }

    public synchronized void put(K key, V value) {
        values.put(key, value);
    }

    /** The value kept for {@code key}, or the one {@code make} gives, then kept. */
    public V get(K key, Function<? super K, ? extends V> make) {
        V value = get(key);
        if (value != null) return value;
        value = make.apply(key);
        put(key, value);
        return value;
    }
}
