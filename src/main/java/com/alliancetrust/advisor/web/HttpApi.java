package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.InvalidInputException;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP API. Builds the Javalin application from its services without starting it; handlers
 * are thin, and every failure goes through {@link ErrorMapping}.
 */
public final class HttpApi {
    public static final long MAX_BODY_BYTES = 256 * 1024;

    private final Supplier<Advisor> advisor;
    private final PartnerAssessmentService assessments;
    private final CandidateComparison comparison;
    private final ObjectMapper json = Json.mapper();

    public HttpApi(Supplier<Advisor> advisor) {
        this.advisor = advisor;
        this.assessments = new PartnerAssessmentService(advisor);
        this.comparison = new CandidateComparison(advisor, assessments);
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            ErrorMapping.register(config.routes);
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP", "version", advisor.get().version(),
                    "rules", advisor.get().engine().catalogue().size())));
            config.routes.get("/openapi.json", ctx -> ctx.json(OpenApi.document(advisor.get().knowledge())));
            config.routes.post("/api/v1/partner-assessments", ctx ->
                    ctx.json(assessments.assess(body(ctx, PartnerAssessmentRequest.class))));
            config.routes.post("/api/v1/partner-assessments/compare", ctx ->
                    ctx.json(comparison.compare(body(ctx, CandidateComparison.Request.class))));
            config.routes.get("/api/v1/rules", ctx -> ctx.json(advisor.get().engine().catalogue().values()));
            config.routes.get("/api/v1/knowledge/elements", ctx -> ctx.json(advisor.get().knowledge().elements().values()));
            config.routes.get("/api/v1/knowledge/stages", ctx -> ctx.json(advisor.get().knowledge().stages().values()));
            config.routes.get("/api/v1/knowledge/glossary", ctx -> ctx.json(advisor.get().knowledge().glossary().values()));
            config.routes.get("/api/v1/knowledge/bibliography", ctx -> ctx.json(advisor.get().knowledge().bibliography().values()));
            config.routes.get("/api/v1/knowledge/evidence", ctx -> ctx.json(advisor.get().knowledge().evidence().values()));
        });
    }

    /** Reads a JSON body strictly: JSON content type, not empty, within the size limit, no unknown fields. */
    private <T> T body(Context ctx, Class<T> type) throws IOException {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new UnsupportedMediaTypeResponse("Content-Type must be application/json, got "
                    + (contentType == null ? "none" : contentType), Map.of("field", "Content-Type"));
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) throw new InvalidInputException("(body)", "request body is required");
        T value = json.readValue(bytes, type);
        if (value == null) throw new InvalidInputException("(body)", "request body must be a JSON object");
        return value;
    }
}
