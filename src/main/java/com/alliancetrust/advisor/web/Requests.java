package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/** Reads what a request carries, strictly, and throws {@link InvalidInputException} naming what is wrong. */
final class Requests {
    private static final ObjectMapper JSON = Json.mapper();

    private Requests() {
    }

    /** Reads a JSON body strictly: JSON content type, not empty, within the size limit, no unknown fields. */
    static <T> T body(Context ctx, Class<T> type, long maxBytes) throws IOException {
        byte[] bytes = ctx.bodyAsBytes(); // read even when refused: refusing mid-upload resets the client's connection
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new UnsupportedMediaTypeResponse("Content-Type must be application/json, got "
                    + (contentType == null ? "none" : contentType), Map.of("field", "Content-Type"));
        }
        if (bytes.length > maxBytes) throw Safeguards.tooLarge(maxBytes);
        if (bytes.length == 0) throw new InvalidInputException("(body)", "request body is required");
        Json.requireUtf8(bytes);
        T value = JSON.readValue(bytes, type);
        if (value == null) throw new InvalidInputException("(body)", "request body must be a JSON object");
        return value;
    }

    static int intParam(Context ctx, String name, int defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null) return defaultValue;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, got \"" + value + "\"");
        }
    }

    static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "unknown value \"" + value + "\"; allowed: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
