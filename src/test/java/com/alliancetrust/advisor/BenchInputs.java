package com.alliancetrust.advisor;

import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The request bodies of the load benchmark (bench/), read as the API reads them, for the micro-benchmarks. */
public final class BenchInputs {
    public static final ObjectMapper JSON = Json.mapper();

    private BenchInputs() {
    }

    /** {@code bench/NAME} or, failing that, {@code bench/bodies/NAME}, as the given request type. */
    public static <T> T read(String name, Class<T> type) {
        Path file = Path.of("bench", name);
        if (!Files.exists(file)) file = Path.of("bench", "bodies", name);
        try {
            return JSON.readValue(Files.readString(file).replace("{date}", "2026-01-01"), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath() + " (run from the project directory)", e);
        }
    }
}
