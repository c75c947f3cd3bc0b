package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.engine.Advisor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A response that depends only on the advisor serving it (the rule catalogue, the knowledge base,
 * the OpenAPI description): written as JSON once per advisor and sent as those bytes, instead of
 * being built and serialised again for every request. A new advisor (rules or knowledge reloaded)
 * gets its own. Each is sent with the version as its ETag, so that a reader can tell which version it
 * holds (an answer names the rules and sources of its version by id) and ask again only when it
 * changed ({@code If-None-Match}: 304 Not Modified while the version is the same). Holding nothing of
 * any case, it is sent {@code Cache-Control: no-cache} (kept, and revalidated before each use) rather
 * than the {@code no-store} of every other API answer.
 */
final class PerAdvisorJson implements Handler {
    private record Written(Advisor advisor, byte[] json) {
    }

    private final Supplier<Advisor> advisor;
    private final Function<Advisor, Object> content;
    private final ObjectMapper json;
    private volatile Written written;

    PerAdvisorJson(Supplier<Advisor> advisor, ObjectMapper json, Function<Advisor, Object> content) {
        this.advisor = advisor;
        this.json = json;
        this.content = content;
    }

    @Override
    public void handle(Context ctx) throws JsonProcessingException {
        Advisor current = advisor.get();
        Written last = written;
        if (last == null || last.advisor() != current) {
            last = new Written(current, json.writeValueAsBytes(content.apply(current)));
            written = last;
        }
        String etag = "\"" + current.version() + "\"";
        ctx.header("ETag", etag);
        // The same for everyone for as long as the version is: a browser may keep it, asking each time whether it changed.
        ctx.header("Cache-Control", "no-cache");
        String asked = ctx.header("If-None-Match");
        if (asked != null && java.util.Arrays.stream(asked.split(",")).map(String::trim).anyMatch(t -> t.equals(etag) || t.equals("W/" + etag))) {
            ctx.status(io.javalin.http.HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(last.json());
    }
}
