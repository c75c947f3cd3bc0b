package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.InvalidInputException;
import com.alliancetrust.advisor.Services;
import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.AssessmentRecorder;
import com.alliancetrust.advisor.checklist.Checklist;
import com.alliancetrust.advisor.checklist.ChecklistContext;
import com.alliancetrust.advisor.checklist.ChecklistExport;
import com.alliancetrust.advisor.checklist.ChecklistService;
import com.alliancetrust.advisor.casefile.AllianceFilter;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.Backup;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.contract.ContractBalanceRequest;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CountryCatalogue;
import com.alliancetrust.advisor.culture.CultureAdviceRequest;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.diagnosis.DiagnosisRequest;
import com.alliancetrust.advisor.diagnosis.DiagnosisService;
import com.alliancetrust.advisor.diagnosis.EarlyWarning;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest;
import com.alliancetrust.advisor.monitoring.HealthSummaries;
import com.alliancetrust.advisor.monitoring.MonitoringService;
import com.alliancetrust.advisor.reload.ReloadStatus;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.alliancetrust.advisor.store.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP API. Builds the Javalin application from its services without starting it; handlers
 * are thin, and every failure goes through {@link ErrorMapping}.
 */
public final class HttpApi {
    /** Limit for advisory requests; a backup import may be larger. */
    public static final long MAX_BODY_BYTES = 256 * 1024;
    public static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;
    static final String IMPORT = "/api/v1/import";

    private final Supplier<Advisor> advisor;
    private final PartnerAssessmentService assessments;
    private final CandidateComparison comparison;
    private final CaseFileService caseFiles;
    private final AssessmentRerun rerun;
    private final AssessmentRecorder recorder;
    private final ChecklistService checklists;
    private final ContractBalanceService contractBalance;
    private final CultureAdviceService culture;
    private final Backup backup;
    private final DiagnosisService diagnoses;
    private final EarlyWarning earlyWarning;
    private final MonitoringService monitoring;
    private final HealthSummaries summaries;
    private final ObjectMapper json;
    private final ServerOptions options;

    /** The API with no token, no rate limit and no admin endpoints: {@link ServerOptions#OPEN}. */
    public HttpApi(Supplier<Advisor> advisor, Database database) {
        this(advisor, database, ServerOptions.OPEN);
    }

    public HttpApi(Supplier<Advisor> advisor, Database database, ServerOptions options) {
        this(advisor, database, options, Clock.systemDefaultZone());
    }

    /** With the clock that says which day it is: the portfolio is kept as of today. */
    public HttpApi(Supplier<Advisor> advisor, Database database, ServerOptions options, Clock clock) {
        this(new Services(advisor, database, clock), options);
    }

    /** The API over services wired elsewhere. */
    public HttpApi(Services services, ServerOptions options) {
        this.options = options;
        this.advisor = services.advisor();
        this.json = services.json();
        this.assessments = services.assessments();
        this.comparison = services.comparison();
        this.summaries = services.summaries();
        this.caseFiles = services.caseFiles();
        this.rerun = services.rerun();
        this.recorder = services.recorder();
        this.checklists = services.checklists();
        this.diagnoses = services.diagnoses();
        this.earlyWarning = services.earlyWarning();
        this.contractBalance = services.contractBalance();
        this.culture = services.culture();
        this.monitoring = services.monitoring();
        this.backup = services.backup();
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.jsonMapper(new io.javalin.json.JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_IMPORT_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.events.serverStarted(summaries::start);
            config.events.serverStopping(summaries::stop);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            ErrorMapping.register(config.routes);
            Safeguards.register(config.routes, options);
            WebApp.register(config, options.webRoot());
            config.routes.get("/health", ctx -> {
                Advisor current = advisor.get(); // once: the version and the count must come from the same rule base
                ctx.json(Map.of("status", "UP", "version", current.version(), "rules", current.rules().size()));
            });
            config.routes.get("/openapi.json", perAdvisor(a -> OpenApi.document(a.knowledge())));
            selection(config.routes);
            caseFiles(config.routes);
            diagnosis(config.routes);
            monitoring(config.routes);
            checklist(config.routes);
            knowledge(config.routes);
            admin(config.routes);
        });
    }

    private void selection(RoutesConfig routes) {
        routes.post("/api/v1/partner-assessments", this::assess);
        routes.post("/api/v1/contract-balance", ctx ->
                ctx.json(contractBalance.advise(body(ctx, ContractBalanceRequest.class, MAX_BODY_BYTES))));
        routes.post("/api/v1/culture-advice", ctx -> ctx.json(culture.advise(body(ctx, CultureAdviceRequest.class, MAX_BODY_BYTES))));
        routes.post("/api/v1/partner-assessments/compare", ctx -> {
            CandidateComparison.Request request = body(ctx, CandidateComparison.Request.class, MAX_BODY_BYTES);
            if (request.candidates() != null) Safeguards.chargeMore(ctx, request.candidates().size() - 1); // one assessment each
            ctx.json(comparison.compare(request));
        });
    }

    /** Assesses; with an alliance id, stores input and output in the case file before answering (201). */
    private void assess(Context ctx) throws IOException {
        AssessmentRecorder.Outcome outcome = recorder.assess(body(ctx, PartnerAssessmentRequest.class, MAX_BODY_BYTES));
        ctx.status(outcome.stored() ? HttpStatus.CREATED : HttpStatus.OK).json(outcome.answer());
    }

    private void caseFiles(RoutesConfig routes) {
        routes.post("/api/v1/alliances", ctx ->
                ctx.status(HttpStatus.CREATED).json(caseFiles.create(body(ctx, AllianceDraft.class, MAX_BODY_BYTES))));
        routes.get("/api/v1/alliances", ctx -> ctx.json(caseFiles.list(new AllianceFilter(
                enumParam(ctx, "status", AllianceStatus.class), enumParam(ctx, "purpose", PartnerAssessmentRequest.Purpose.class),
                ctx.queryParam("owner"), ctx.queryParam("partner"), "true".equals(ctx.queryParam("includeArchived"))),
                intParam(ctx, "page", 1), intParam(ctx, "size", Page.DEFAULT_SIZE))));
        routes.get("/api/v1/alliances/{id}", ctx -> ctx.json(caseFiles.read(ctx.pathParam("id"))));
        routes.put("/api/v1/alliances/{id}", ctx ->
                ctx.json(caseFiles.update(ctx.pathParam("id"), body(ctx, AllianceDraft.class, MAX_BODY_BYTES))));
        routes.post("/api/v1/alliances/{id}/archive", ctx -> ctx.json(caseFiles.archive(ctx.pathParam("id"),
                ctx.bodyAsBytes().length == 0 ? null : body(ctx, ArchiveRequest.class, MAX_BODY_BYTES).version())));
        routes.get("/api/v1/alliances/{id}/assessments", ctx -> ctx.json(caseFiles.assessments(ctx.pathParam("id"))));
        routes.get("/api/v1/alliances/{id}/export", ctx -> ctx.json(backup.exportOne(ctx.pathParam("id"))));
        routes.get("/api/v1/assessments/{id}", ctx -> ctx.json(caseFiles.assessment(ctx.pathParam("id"))));
        routes.post("/api/v1/assessments/{id}/rerun", ctx -> ctx.json(rerun.rerun(ctx.pathParam("id"))));
        routes.get("/api/v1/export", ctx -> ctx.json(backup.exportAll()));
        routes.post(IMPORT, ctx -> ctx.json(backup.importDocument(body(ctx, Backup.Document.class, MAX_IMPORT_BYTES))));
    }

    private void diagnosis(RoutesConfig routes) {
        routes.post("/api/v1/diagnoses", ctx ->
                ctx.status(HttpStatus.CREATED).json(diagnoses.start(body(ctx, DiagnosisRequest.class, MAX_BODY_BYTES))));
        routes.post("/api/v1/diagnoses/one-shot", ctx -> ctx.json(diagnoses.oneShot(body(ctx, DiagnosisRequest.class, MAX_BODY_BYTES))));
        routes.get("/api/v1/diagnoses/{id}", ctx -> ctx.json(diagnoses.read(ctx.pathParam("id"))));
        routes.post("/api/v1/diagnoses/{id}/answers", ctx -> ctx.json(diagnoses.answer(ctx.pathParam("id"),
                body(ctx, DiagnosisRequest.AnswerRequest.class, MAX_BODY_BYTES))));
        routes.post("/api/v1/diagnoses/{id}/back", ctx -> ctx.json(diagnoses.back(ctx.pathParam("id"))));
        routes.post("/api/v1/early-warning", ctx -> ctx.json(earlyWarning.check(body(ctx, EarlyWarning.Request.class, MAX_BODY_BYTES))));
    }

    private void monitoring(RoutesConfig routes) {
        routes.post("/api/v1/alliances/{id}/health-checks", ctx -> ctx.status(HttpStatus.CREATED)
                .json(monitoring.record(ctx.pathParam("id"), body(ctx, HealthCheckRequest.class, MAX_BODY_BYTES))));
        routes.get("/api/v1/alliances/{id}/health", ctx -> ctx.json(monitoring.health(ctx.pathParam("id"), ctx.queryParam("asOf"))));
        routes.get("/api/v1/portfolio", ctx -> ctx.json(monitoring.portfolio(ctx.queryParam("asOf"),
                intParam(ctx, "page", 1), intParam(ctx, "size", Page.DEFAULT_SIZE))));
        routes.get("/api/v1/knowledge/trust-survey", perAdvisor(a -> a.knowledge().survey().values()));
    }

    private void checklist(RoutesConfig routes) {
        routes.post("/api/v1/checklists", ctx ->
                ctx.status(HttpStatus.CREATED).json(checklists.create(body(ctx, ChecklistContext.class, MAX_BODY_BYTES))));
        routes.get("/api/v1/checklists/{id}", ctx -> ctx.json(checklists.read(ctx.pathParam("id"))));
        routes.put("/api/v1/checklists/{id}/items/{itemId}", ctx -> ctx.json(checklists.mark(ctx.pathParam("id"),
                ctx.pathParam("itemId"), body(ctx, Checklist.Mark.class, MAX_BODY_BYTES))));
        routes.post("/api/v1/checklists/{id}/reassess", ctx -> ctx.status(HttpStatus.CREATED).json(checklists.reassess(ctx.pathParam("id"))));
        routes.get("/api/v1/checklists/{id}/export", ctx -> {
            ChecklistExport.Format format = enumParam(ctx, "format", ChecklistExport.Format.class);
            ChecklistExport.Format chosen = format == null ? ChecklistExport.Format.MARKDOWN : format;
            ctx.contentType(chosen.contentType()).result(ChecklistExport.render(checklists.read(ctx.pathParam("id")), chosen));
        });
        String stylesheet = ChecklistExport.stylesheet();
        routes.get(ChecklistExport.STYLESHEET_PATH, ctx -> ctx.contentType("text/css; charset=utf-8").result(stylesheet));
    }

    /** Reload status and reload on demand; {@link Safeguards} lets only the admin token through. */
    private void admin(RoutesConfig routes) {
        routes.get(Safeguards.ADMIN + "reload", ctx -> ctx.json(options.reloads().status()));
        routes.post(Safeguards.ADMIN + "reload", ctx -> {
            ReloadStatus status = options.reloads().reload(ReloadStatus.Trigger.ADMIN);
            boolean failed = status.lastAttempt().outcome() == ReloadStatus.Outcome.FAILED;
            ctx.status(failed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).json(status);
        });
    }

    /** The optional body of an archive request: the version the client last read. */
    public record ArchiveRequest(Integer version) {
    }

    private void knowledge(RoutesConfig routes) {
        routes.get("/api/v1/rules", perAdvisor(Advisor::rules));
        routes.get("/api/v1/knowledge/elements", perAdvisor(a -> a.knowledge().elements().values()));
        routes.get("/api/v1/knowledge/stages", perAdvisor(a -> a.knowledge().stages().values()));
        routes.get("/api/v1/knowledge/glossary", perAdvisor(a -> a.knowledge().glossary().values()));
        routes.get("/api/v1/knowledge/bibliography", perAdvisor(a -> a.knowledge().bibliography().values()));
        routes.get("/api/v1/knowledge/evidence", perAdvisor(a -> a.knowledge().evidence().values()));
        routes.get("/api/v1/knowledge/countries", perAdvisor(a -> CountryCatalogue.list(a.knowledge().culture())));
        routes.get("/api/v1/knowledge/countries/{code}", ctx ->
                ctx.json(CountryCatalogue.profile(advisor.get().knowledge().culture(), ctx.pathParam("code"))));
    }

    /** A read that depends only on the advisor: serialised once per advisor, not per request. */
    private PerAdvisorJson perAdvisor(java.util.function.Function<Advisor, Object> content) {
        return new PerAdvisorJson(advisor, json, content);
    }

    /** Reads a JSON body strictly: JSON content type, not empty, within the size limit, no unknown fields. */
    private <T> T body(Context ctx, Class<T> type, long maxBytes) throws IOException {
        byte[] bytes = ctx.bodyAsBytes(); // read even when refused: refusing mid-upload resets the client's connection
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new UnsupportedMediaTypeResponse("Content-Type must be application/json, got "
                    + (contentType == null ? "none" : contentType), Map.of("field", "Content-Type"));
        }
        if (bytes.length > maxBytes) throw Safeguards.tooLarge(maxBytes);
        if (bytes.length == 0) throw new InvalidInputException("(body)", "request body is required");
        Json.requireUtf8(bytes);
        T value = json.readValue(bytes, type);
        if (value == null) throw new InvalidInputException("(body)", "request body must be a JSON object");
        return value;
    }

    private static int intParam(Context ctx, String name, int defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null) return defaultValue;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, got \"" + value + "\"");
        }
    }

    private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
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
