package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.wiring.Json;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One route of the API, declared once: what Javalin registers and what the OpenAPI description says
 * about it both come from here. The success status is set before the handler runs (a handler may
 * still answer otherwise, as the assessment does when it stores nothing).
 *
 * @param request the JSON body the route reads, or null when it reads none
 * @param maxBody the largest body accepted
 * @param bodyTime how long a client may take to send the body
 * @param cost what a request costs against the client's rate limit (see {@link Safeguards})
 * @param errors the refusals documented besides the success
 * @param query the query parameters; path parameters are read from the path
 */
public record Route(HandlerType method, String path, String summary, Class<?> request, long maxBody, Duration bodyTime, Cost cost,
                    int status, Response response, List<Refusal> errors, List<Query> query, Handler handler) {

    /** What one request costs against the client's rate limit; most cost one. */
    @FunctionalInterface
    public interface Cost {
        double of(Context ctx);
    }

    static final Cost ONE = ctx -> 1;

    /** What a route answers with on success. */
    public sealed interface Response {
    }

    /** A JSON value of this type. */
    public record Json(Class<?> type) implements Response {
    }

    /**
     * A JSON value of this type with its explanations by reference into one {@code reasoning} graph
     * (see {@link com.alliancetrust.advisor.explain.ReasoningGraph}).
     */
    public record Reasoned(Class<?> type) implements Response {
    }

    /** A JSON array of values of this type. */
    public record ListOf(Class<?> type) implements Response {
    }

    /** A page ({@code items}, {@code page}, {@code size}, {@code total}) of values of this type. */
    public record PageOf(Class<?> type) implements Response {
    }

    /** A JSON value described by this schema as it stands. */
    public record Schema(Map<String, Object> schema) implements Response {
    }

    /** A document in one of these media types, not JSON. */
    public record Documents(List<String> mediaTypes) implements Response {
    }

    /** A documented refusal: the status and when it is answered. */
    public record Refusal(int status, String why) {
    }

    /** An optional query parameter and its JSON schema. */
    public record Query(String name, Map<String, Object> schema) {
    }

    /** Reads the route's JSON body (null when an optional body is absent) and answers. */
    @FunctionalInterface
    public interface BodyHandler<T> {
        void handle(Context ctx, T body) throws Exception;
    }

    /** The refusals of every route that reads a body: bad input, token, not found, conflict, size, media type, rate. */
    public static final List<Refusal> REFUSED = List.of(new Refusal(400, "Refused"), new Refusal(401, "Refused"),
            new Refusal(404, "Refused"), new Refusal(409, "Refused"), new Refusal(413, "Refused"), new Refusal(415, "Refused"),
            new Refusal(429, "Refused"));

    public static Route get(String path, String summary, Response response, Handler handler) {
        return new Route(HandlerType.GET, path, summary, null, HttpApi.MAX_BODY_BYTES, SlowClients.BODY_TIME, ONE, 200, response, List.of(), List.of(),
                InTurn.of(handler));
    }

    /** A GET answered at once, outside the turns the other requests take ({@link InTurn}): the liveness probe. */
    public static Route probe(String path, String summary, Response response, Handler handler) {
        return new Route(HandlerType.GET, path, summary, null, HttpApi.MAX_BODY_BYTES, SlowClients.BODY_TIME, ONE, 200, response, List.of(), List.of(), handler);
    }

    /** A POST with no body to read. */
    public static Route post(String path, String summary, Response response, Handler handler) {
        return new Route(HandlerType.POST, path, summary, null, HttpApi.MAX_BODY_BYTES, SlowClients.BODY_TIME, ONE, 200, response, List.of(), List.of(),
                InTurn.of(handler));
    }

    /** A POST that reads a JSON body of type {@code request}, refused as {@link #REFUSED} says. */
    public static <T> Route post(String path, String summary, Class<T> request, Response response, BodyHandler<T> handler) {
        return withBody(HandlerType.POST, path, summary, request, HttpApi.MAX_BODY_BYTES, response, handler, false);
    }

    public static <T> Route put(String path, String summary, Class<T> request, Response response, BodyHandler<T> handler) {
        return withBody(HandlerType.PUT, path, summary, request, HttpApi.MAX_BODY_BYTES, response, handler, false);
    }

    /** A POST whose body is optional: the handler gets null without one. */
    public static <T> Route postOptionally(String path, String summary, Class<T> request, Response response, BodyHandler<T> handler) {
        return withBody(HandlerType.POST, path, summary, request, HttpApi.MAX_BODY_BYTES, response, handler, true);
    }

    /** A POST that reads a JSON body of type {@code request} up to {@code maxBody} bytes. */
    public static <T> Route post(String path, String summary, Class<T> request, long maxBody, Response response, BodyHandler<T> handler) {
        return withBody(HandlerType.POST, path, summary, request, maxBody, response, handler, false);
    }

    private static <T> Route withBody(HandlerType method, String path, String summary, Class<T> request, long maxBody, Response response,
                                      BodyHandler<T> handler, boolean optional) {
        Handler reading = ctx -> {
            T body = optional && ctx.bodyAsBytes().length == 0 ? null : Requests.body(ctx, request, maxBody);
            InTurn.run(() -> handler.handle(ctx, body));
        };
        return new Route(method, path, summary, request, maxBody, SlowClients.BODY_TIME, ONE, 200, response, REFUSED, List.of(), reading);
    }

    public static Json json(Class<?> type) {
        return new Json(type);
    }

    public static Reasoned reasoned(Class<?> type) {
        return new Reasoned(type);
    }

    public static ListOf listOf(Class<?> type) {
        return new ListOf(type);
    }

    /** Answers 201 Created. */
    public Route created() {
        return new Route(method, path, summary, request, maxBody, bodyTime, cost, 201, response, errors, query, handler);
    }

    /** Documents exactly these refusals instead. */
    public Route refusals(Refusal... refusals) {
        return new Route(method, path, summary, request, maxBody, bodyTime, cost, status, response, List.of(refusals), query, handler);
    }

    /** Documents one more refusal. */
    public Route refusing(int code, String why) {
        List<Refusal> more = new ArrayList<>(errors);
        more.add(new Refusal(code, why));
        return new Route(method, path, summary, request, maxBody, bodyTime, cost, status, response, List.copyOf(more), query, handler);
    }

    /** Gives the client this long to send the body (a large import takes longer than an assessment). */
    public Route sentWithin(Duration time) {
        return new Route(method, path, summary, request, maxBody, time, cost, status, response, errors, query, handler);
    }

    /** Charges a request this much against the client's rate limit instead of one. */
    public Route costing(Cost each) {
        return new Route(method, path, summary, request, maxBody, bodyTime, each, status, response, errors, query, handler);
    }

    /** Whether this route answers {@code method} on {@code requestPath} (each {@code {name}} matches one path segment). */
    boolean matches(String requestMethod, String requestPath) {
        if (!method.name().equals(requestMethod)) return false;
        String[] declared = path.split("/", -1);
        String[] asked = requestPath.split("/", -1);
        if (declared.length != asked.length) return false;
        for (int i = 0; i < declared.length; i++) {
            boolean parameter = declared[i].startsWith("{") && declared[i].endsWith("}");
            if (parameter ? asked[i].isEmpty() : !declared[i].equals(asked[i])) return false;
        }
        return true;
    }

    public Route query(Query... parameters) {
        return new Route(method, path, summary, request, maxBody, bodyTime, cost, status, response, errors, List.of(parameters), handler);
    }

    public static Refusal refusal(int code, String why) {
        return new Refusal(code, why);
    }

    public static Query query(String name, Map<String, Object> schema) {
        return new Query(name, schema);
    }

    /** The names of the path's parameters, in order: {@code id} and {@code itemId} for {@code /checklists/{id}/items/{itemId}}. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.startsWith("{") && part.endsWith("}")) names.add(part.substring(1, part.length() - 1));
        }
        return names;
    }

    /** The handler Javalin registers: the success status, then the route's own handler. */
    Handler registered() {
        return ctx -> {
            ctx.status(status);
            handler.handle(ctx);
        };
    }
}
