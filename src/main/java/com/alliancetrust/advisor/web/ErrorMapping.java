package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.domain.UnprocessableException;
import com.alliancetrust.advisor.engine.EvaluationException;
import com.alliancetrust.advisor.store.StoreException;
import com.alliancetrust.advisor.wiring.ListLimits;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into the one JSON error shape; clients never see a stack trace. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.field()));
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, HttpStatus.NOT_FOUND, e.getMessage(), null));
        routes.exception(ConflictException.class, (e, ctx) -> send(ctx, HttpStatus.CONFLICT, e.getMessage(), e.field()));
        routes.exception(UnprocessableException.class, (e, ctx) -> send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), null));
        routes.exception(StoreException.class, (e, ctx) -> {
            if (e.isConstraintViolation()) {
                send(ctx, HttpStatus.CONFLICT, "The request conflicts with stored data (a record with the same id exists)", null);
            } else {
                LOG.error("Database failure on {} {}", ctx.method(), ctx.path(), e);
                send(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The case-file database is busy or unavailable; nothing was changed. Retry shortly.", null);
            }
        });
        routes.exception(EvaluationException.class, (e, ctx) -> send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage()
                + ". This is a fault in the rules, not in the request; other requests are unaffected.", null));
        routes.exception(JacksonException.class, (e, ctx) -> jackson(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage(), e.getDetails().get("field")));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "The advisor could not complete this request; the failure has been logged.", null);
        });
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (!ctx.result().isEmpty() && ctx.res().getContentType() != null && ctx.res().getContentType().startsWith("application/json")) return;
            send(ctx, HttpStatus.NOT_FOUND, "No such resource: " + ctx.method() + " " + ctx.path(), null);
        });
        routes.error(HttpStatus.METHOD_NOT_ALLOWED.getCode(), "*", ctx ->
                send(ctx, HttpStatus.METHOD_NOT_ALLOWED, "Method " + ctx.method() + " is not allowed on " + ctx.path(), null));
    }

    static void send(Context ctx, HttpStatus status, String message, String field) {
        String named = field == null || field.startsWith("(") ? message : field + ": " + message;
        ctx.status(status).json(new ApiError(status.getCode(), status.getMessage(), named, field));
    }

    private static void jackson(Context ctx, JacksonException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidInputException iie) {
            send(ctx, HttpStatus.BAD_REQUEST, iie.getMessage(), iie.field());
        } else if (e instanceof StreamReadException) {
            send(ctx, HttpStatus.BAD_REQUEST, "Malformed JSON: " + withoutInternals(e.getOriginalMessage()), "(body)");
        } else if (e instanceof JsonMappingException de) {
            String field = path(de);
            send(ctx, HttpStatus.BAD_REQUEST, describe(de, field), field);
        } else {
            send(ctx, HttpStatus.BAD_REQUEST, "Malformed JSON", "(body)");
        }
    }

    /** A parser message without what only the server should see: the source location block and Java class names. */
    static String withoutInternals(String message) {
        if (message == null) return "unreadable input";
        return message.replaceAll("\\s*\\((?:start marker )?at \\[Source:.*?]\\)", "")
                .replaceAll("\\s*\\[Source:.*?]", "")
                .replaceAll("\\s*\\(class [^)]*\\)", "")
                .replaceAll("(?:[a-z_][\\w$]*\\.){2,}[A-Z][\\w$]*", "a value")
                .replaceAll("\\s+", " ").strip();
    }

    private static String describe(JsonMappingException e, String field) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'" + (u.getKnownPropertyIds() == null ? "" :
                    "; known fields: " + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidNullException) return "must not be null";
        if (e instanceof ListLimits.TooManyItems) return e.getOriginalMessage();
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) return f.getOriginalMessage();
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "Unknown value " + f.getValue() + "; allowed: " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            if (m.getTargetType().isEnum()) {
                return "Expected one of " + Arrays.stream(m.getTargetType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            return "Wrong type: expected " + typeName(m.getTargetType());
        }
        return "Invalid value" + (field.isEmpty() ? "" : " for " + field);
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "a string";
        if (java.util.Collection.class.isAssignableFrom(type)) return "an array";
        return "an object";
    }

    /** The JSON path of the failure, such as {@code alliance.purpose} or {@code candidates[1].partner}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }
}
