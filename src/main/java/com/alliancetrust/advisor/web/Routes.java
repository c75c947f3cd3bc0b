package com.alliancetrust.advisor.web;

import static com.alliancetrust.advisor.web.Route.json;
import static com.alliancetrust.advisor.web.Route.listOf;
import static com.alliancetrust.advisor.web.Route.query;
import static com.alliancetrust.advisor.web.Route.refusal;

import com.alliancetrust.advisor.backup.Backup;
import com.alliancetrust.advisor.brief.CeoBrief;
import com.alliancetrust.advisor.brief.CeoBriefService;
import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.AllianceFilter;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.casefile.AssessmentRecorder;
import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.AssessmentSummary;
import com.alliancetrust.advisor.casefile.CaseFile;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.checklist.Checklist;
import com.alliancetrust.advisor.checklist.ChecklistContext;
import com.alliancetrust.advisor.checklist.ChecklistExport;
import com.alliancetrust.advisor.checklist.ChecklistService;
import com.alliancetrust.advisor.contract.ContractBalanceRequest;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CountryCatalogue;
import com.alliancetrust.advisor.culture.CultureAdviceRequest;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.diagnosis.DiagnosisRequest;
import com.alliancetrust.advisor.diagnosis.DiagnosisView;
import com.alliancetrust.advisor.diagnosis.EarlyWarning;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.ElementDefinition;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.GlossaryTerm;
import com.alliancetrust.advisor.knowledge.LabelGroup;
import com.alliancetrust.advisor.knowledge.OurSideField;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.BibliographyEntry;
import com.alliancetrust.advisor.knowledge.CasePointText;
import com.alliancetrust.advisor.knowledge.StageDefinition;
import com.alliancetrust.advisor.knowledge.SurveyItem;
import com.alliancetrust.advisor.monitoring.AllianceHealth;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest;
import com.alliancetrust.advisor.monitoring.Organisation;
import com.alliancetrust.advisor.monitoring.Portfolio;
import com.alliancetrust.advisor.monitoring.SurveyCsv;
import com.alliancetrust.advisor.monitoring.SurveyRound;
import com.alliancetrust.advisor.reload.ReloadStatus;
import com.alliancetrust.advisor.explain.ReasoningGraph;
import com.alliancetrust.advisor.explain.ReasoningGraphWriter;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.trustbuilding.TrustBuildingPlan;
import com.alliancetrust.advisor.trustbuilding.TrustBuildingRequest;
import com.alliancetrust.advisor.trustbuilding.TrackedPlan;
import com.alliancetrust.advisor.wiring.Services;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every route of the API, each declared once with what it reads, what it answers and its handler:
 * {@link HttpApi} registers these, {@link OpenApi} describes these. Handlers are thin and throw.
 */
final class Routes {
    private static final Route.Query PAGE = query("page", Map.of("type", "integer", "minimum", 1, "default", 1));
    private static final Route.Query SIZE = query("size", Map.of("type", "integer", "minimum", 1, "maximum", Page.MAX_SIZE,
            "default", Page.DEFAULT_SIZE));
    private static final String INCLUDE_NAME = "include";
    private static final String TEXTS = "texts";
    /** An answer made now names its rules and sources by id; {@code include=texts} asks for their texts in it as well. */
    private static final Route.Query INCLUDE = query(INCLUDE_NAME, Map.of("type", "string", "enum", List.of(TEXTS), "description",
            "texts: the answer is self-contained: its reasoning also gives each rule's name, file, description, sources and confidence,"
                    + " and each source's citation and note, and every recommendation and business case statement keeps its words;"
                    + " otherwise these are named by id and read from GET /api/v1/rules, /api/v1/knowledge/bibliography,"
                    + " /api/v1/knowledge/advice and /api/v1/knowledge/business-case of the same version (their ETag)"));
    private static final Route.Query AS_OF = query("asOf", Map.of("type", "string", "format", "date"));
    /** The respondents' endpoints: the only ones of the API open without the access token (the link's token is the permission). */
    static final String RESPOND_FORM = "/api/v1/respond/form";
    static final String RESPOND_ANSWERS = "/api/v1/respond/answers";
    static final java.util.Set<String> RESPONDENT_PATHS = java.util.Set.of(RESPOND_FORM, RESPOND_ANSWERS);

    /** The CEO brief of an assessment made from the request, not stored. */
    static final String BRIEF_OF_REQUEST = "/api/v1/partner-assessments/brief.pdf";
    private static final Route.Documents PDF = new Route.Documents(List.of("application/pdf"));
    /** What a brief costs against the rate limit: the assessment, and rendering it (most of the work). */
    private static final Route.Cost BRIEF_COST = ctx -> 5;

    private final Services services;
    private final ServerOptions options;
    private final List<Route> all;
    private final StoredAssessmentAnswers storedAssessments;
    private final ReasoningGraphWriter graphs;

    private Routes(Services services, ServerOptions options) {
        this.services = services;
        this.options = options;
        this.storedAssessments = new StoredAssessmentAnswers(services.caseFiles(), services.json());
        this.graphs = new ReasoningGraphWriter(services.json());
        List<Route> routes = new java.util.ArrayList<>();
        routes.addAll(server());
        routes.addAll(selection());
        routes.addAll(caseFiles());
        routes.addAll(diagnosis());
        routes.addAll(monitoring());
        routes.addAll(surveyRounds());
        routes.addAll(checklists());
        routes.addAll(negotiation());
        routes.addAll(trustPlans());
        routes.addAll(knowledge());
        routes.addAll(admin());
        this.all = List.copyOf(routes);
    }

    static List<Route> of(Services services, ServerOptions options) {
        return new Routes(services, options).all;
    }

    /**
     * Sends {@code value} as the JSON answer, written straight to UTF-8 bytes (or as they are, when it is JSON already
     * written). Javalin's {@code ctx.json} writes a String first and encodes it afterwards: two more passes over the
     * larger answers (tens of KB).
     */
    private void answer(io.javalin.http.Context ctx, Object value) {
        if (value instanceof byte[] written) {
            ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(written);
            return;
        }
        try {
            ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(services.json().writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be written as JSON", e);
        }
    }

    /** A portfolio page costs by its size: a page of fifty as much as two ordinary requests. */
    private static double portfolioCost(io.javalin.http.Context ctx) {
        String size = ctx.queryParam("size");
        return 1 + (size != null && size.matches("\\d{1,6}") ? Integer.parseInt(size) : 50) / 50.0;
    }

    private List<Route> server() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", Map.of("type", "string"));
        health.put("version", Map.of("type", "string"));
        health.put("rules", Map.of("type", "integer"));
        return List.of(
                Route.probe("/health", "Liveness, version of the rules and knowledge base, and rule count", new Route.Schema(OpenApi.object(health)), ctx -> {
                    Advisor current = services.advisor().get(); // once: the version and the count must come from the same rule base
                    answer(ctx, Map.of("status", "UP", "version", current.version(), "rules", current.rules().size()));
                }),
                Route.get("/openapi.json", "This description", new Route.Schema(Map.of("type", "object")),
                        perAdvisor(a -> OpenApi.document(a.knowledge(), this.all))).costing(ctx -> 5));
    }

    /**
     * A stored assessment (kept as it was made, with self-contained explanations) or a re-run, whose
     * {@code output} and {@code current} assessment are sent with their reasoning as one graph, the form
     * an answer made now is written in straight from its objects ({@link ReasoningGraphWriter}); the
     * rules described are those of {@code current}, the rule base the request read once. An answer
     * names its rules and sources by id (their texts are the same for every answer of the version, in
     * the rule catalogue and the bibliography) unless the request asks for them ({@code include=texts});
     * so is a stored assessment made with the rules served now, and one made with other rules is sent
     * with them, since the rules it was made with may be gone from the catalogue.
     */
    private Object reasoned(Object answer, Advisor current, boolean texts) {
        if (answer instanceof StoredAssessment stored) {
            // Made with other rules than those served now: sent with the texts it was made with, which the catalogues may no longer hold.
            boolean otherRules = !current.version().equals(stored.rulesVersion());
            return new StoredAssessment(stored.id(), stored.allianceId(), stored.createdAt(), stored.rulesVersion(), stored.partner(),
                    stored.verdict(), stored.input(), ReasoningGraph.of(stored.output(), current, texts || otherRules));
        }
        if (answer instanceof AssessmentRerun.Result r) {
            // The assessment made now is written straight from its objects, as the assessment endpoint writes it.
            return new AssessmentRerun.Result(r.assessmentId(), r.storedVersion(), r.currentVersion(), r.rulesChanged(), r.storedVerdict(),
                    r.currentVerdict(), r.changes(), r.summary(),
                    new com.fasterxml.jackson.databind.util.RawValue(new String(graphs.write(r.current(), current, texts), java.nio.charset.StandardCharsets.UTF_8)));
        }
        throw new IllegalArgumentException("Not a stored assessment or a re-run: " + answer.getClass().getSimpleName());
    }

    /** Whether the request asks for an answer with the texts of its rules and sources ({@code include=texts}). */
    private static boolean withTexts(io.javalin.http.Context ctx) {
        String include = ctx.queryParam(INCLUDE_NAME);
        if (include == null) return false;
        if (!include.equals(TEXTS)) throw new com.alliancetrust.advisor.domain.InvalidInputException(INCLUDE_NAME,
                "unknown value \"" + include + "\"; allowed: " + TEXTS);
        return true;
    }

    /** The partner assessment and comparison. */
    private List<Route> selection() {
        return List.of(
                Route.post("/api/v1/partner-assessments", "Assess a candidate partner for a planned alliance; with a contract section, also where"
                        + " the contract on the table stands", PartnerAssessmentRequest.class, Route.reasoned(PartnerAssessment.class), (ctx, request) -> {
                    // With an alliance id, input and output are stored in the case file before answering (201).
                    boolean texts = withTexts(ctx); // read first: a wrong value is refused before anything is stored
                    Advisor current = services.advisor().get(); // once: the answer and its reasoning graph come from the same rule base
                    AssessmentRecorder.Outcome outcome = services.recorder().assess(current, request);
                    ctx.status(outcome.stored() ? HttpStatus.CREATED : HttpStatus.OK);
                    // Stored or not, written from the assessment itself: what is stored is that assessment as JSON, and gives the same graph.
                    answer(ctx, graphs.write(outcome.assessment(), current, texts));
                }).query(INCLUDE),
                Route.post(BRIEF_OF_REQUEST, "The CEO brief of an assessment made from this request (stored nowhere) as a one-page A4 PDF,"
                        + " named by partner and date", PartnerAssessmentRequest.class, PDF,
                        (ctx, request) -> pdf(ctx, services.briefs().forRequest(request))).costing(BRIEF_COST),
                Route.post("/api/v1/partner-assessments/brief", "The CEO brief of an assessment made from this request (stored nowhere), in"
                        + " the words of its one-page PDF, for the print view", PartnerAssessmentRequest.class, json(CeoBrief.class),
                        (ctx, request) -> answer(ctx, services.briefs().forRequest(request).brief())).costing(BRIEF_COST),
                Route.post("/api/v1/partner-assessments/compare", "Rank several candidates for the same alliance",
                        CandidateComparison.Request.class, Route.reasoned(CandidateComparison.Result.class), (ctx, request) -> {
                    if (request.candidates() != null) Safeguards.chargeMore(ctx, request.candidates().size() - 1); // one assessment each
                    boolean texts = withTexts(ctx);
                    Advisor current = services.advisor().get();
                    answer(ctx, graphs.write(services.comparison().compare(current, request), current, texts));
                }).query(INCLUDE));
    }

    /** Case files, stored assessments and backup. */
    private List<Route> caseFiles() {
        return List.of(
                Route.post("/api/v1/alliances", "Open a case file for an alliance", AllianceDraft.class, json(Alliance.class),
                        (ctx, draft) -> answer(ctx, services.caseFiles().create(draft))).created(),
                Route.get("/api/v1/alliances", "List alliances (archived ones only when asked for), a page at a time",
                        new Route.PageOf(Alliance.class), ctx -> answer(ctx, services.caseFiles().list(new AllianceFilter(
                                Requests.enumParam(ctx, "status", AllianceStatus.class),
                                Requests.enumParam(ctx, "purpose", Purpose.class),
                                ctx.queryParam("owner"), ctx.queryParam("partner"), "true".equals(ctx.queryParam("includeArchived"))),
                                Requests.intParam(ctx, "page", 1), Requests.intParam(ctx, "size", Page.DEFAULT_SIZE))))
                        .query(query("status", OpenApi.enumSchema(AllianceStatus.class)),
                                query("purpose", OpenApi.enumSchema(Purpose.class)),
                                query("owner", Map.of("type", "string")), query("partner", Map.of("type", "string")),
                                query("includeArchived", Map.of("type", "boolean")), PAGE, SIZE)
                        .refusals(refusal(400, "Invalid parameter")),
                Route.get("/api/v1/alliances/{id}", "An alliance's case file: the alliance, its timeline and its assessments", json(CaseFile.class),
                        ctx -> answer(ctx, services.caseFiles().read(ctx.pathParam("id")))).refusals(refusal(404, "No such alliance")),
                Route.put("/api/v1/alliances/{id}", "Update an alliance; send the version you read (409 if it has changed since)",
                        AllianceDraft.class, json(Alliance.class), (ctx, draft) -> answer(ctx, services.caseFiles().update(ctx.pathParam("id"), draft))),
                Route.postOptionally("/api/v1/alliances/{id}/archive", "Archive an alliance (optional body: the version you read)",
                        HttpApi.ArchiveRequest.class, json(Alliance.class),
                        (ctx, request) -> answer(ctx, services.caseFiles().archive(ctx.pathParam("id"), request == null ? null : request.version()))),
                Route.get("/api/v1/alliances/{id}/assessments", "The assessments stored for an alliance", listOf(AssessmentSummary.class),
                        ctx -> answer(ctx, services.caseFiles().assessments(ctx.pathParam("id")))),
                Route.get("/api/v1/alliances/{id}/brief.pdf", "The CEO brief of the alliance's latest assessment as a one-page A4 PDF,"
                                + " named by partner and date", PDF, ctx -> pdf(ctx, services.briefs().forAlliance(ctx.pathParam("id"))))
                        .refusals(refusal(404, "No such alliance, or it has no assessment yet")).costing(BRIEF_COST),
                Route.get("/api/v1/alliances/{id}/export", "One case file as a backup document", json(Backup.Document.class),
                        ctx -> answer(ctx, services.backup().exportOne(ctx.pathParam("id")))),
                Route.get("/api/v1/assessments/{id}", "A stored assessment exactly as it was made", json(StoredAssessment.class),
                        ctx -> {
                            boolean texts = withTexts(ctx);
                            Advisor current = services.advisor().get();
                            ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(storedAssessments.answer(ctx.pathParam("id"),
                                    current, texts, stored -> reasoned(stored, current, texts)));
                        }).query(INCLUDE).refusals(refusal(404, "No such assessment")),
                Route.get("/api/v1/assessments/{id}/brief.pdf", "The CEO brief of a stored assessment as a one-page A4 PDF, named by partner"
                                + " and date", PDF, ctx -> pdf(ctx, services.briefs().forAssessment(ctx.pathParam("id"))))
                        .refusals(refusal(404, "No such assessment")).costing(BRIEF_COST),
                Route.get("/api/v1/assessments/{id}/brief", "The CEO brief of a stored assessment in the words of its one-page PDF, for the"
                        + " print view", json(CeoBrief.class), ctx -> answer(ctx, services.briefs().forAssessment(ctx.pathParam("id")).brief()))
                        .refusals(refusal(404, "No such assessment")).costing(BRIEF_COST),
                Route.post("/api/v1/assessments/{id}/rerun", "Re-run a stored assessment against the current rules and say what changed and why",
                        json(AssessmentRerun.Result.class), ctx -> {
                            boolean texts = withTexts(ctx);
                            Advisor current = services.advisor().get();
                            answer(ctx, reasoned(services.rerun().rerun(ctx.pathParam("id"), current), current, texts));
                        }).query(INCLUDE),
                Route.get("/api/v1/export", "Every record as one backup document: the case files, then the diagnoses and checklists kept in none",
                        json(Backup.Document.class), ctx -> answer(ctx, services.backup().exportAll())).costing(ctx -> 10),
                Route.post(HttpApi.IMPORT, "Import a backup document in one transaction, checked as the API checks what it"
                                + " stores (400 naming the field); refuses ids already stored (409)", Backup.Document.class, HttpApi.MAX_IMPORT_BYTES,
                        json(Backup.Imported.class), (ctx, document) -> answer(ctx, services.backup().importDocument(document)))
                        .sentWithin(SlowClients.IMPORT_BODY_TIME).costing(ctx -> 1 + ctx.bodyAsBytes().length / (64.0 * 1024)));
    }

    /** The guided breach diagnosis and the early-warning check. */
    private List<Route> diagnosis() {
        return List.of(
                Route.post("/api/v1/diagnoses", "Start a guided breach diagnosis: the answer is the first question", DiagnosisRequest.class,
                        json(DiagnosisView.class), (ctx, request) -> answer(ctx, services.diagnoses().start(request))).created(),
                Route.post("/api/v1/diagnoses/one-shot", "Diagnose a breach from all facts at once: diagnosis and repair plan", DiagnosisRequest.class,
                        json(DiagnosisView.class), (ctx, request) -> answer(ctx, services.diagnoses().oneShot(request))),
                Route.get("/api/v1/diagnoses/{id}", "A diagnosis session: answers, partial diagnosis, next question", json(DiagnosisView.class),
                        ctx -> answer(ctx, services.diagnoses().read(ctx.pathParam("id")))).refusals(refusal(404, "No such diagnosis")),
                Route.post("/api/v1/diagnoses/{id}/answers", "Answer the question asked, or change an earlier answer",
                        DiagnosisRequest.AnswerRequest.class, json(DiagnosisView.class),
                        (ctx, answer) -> answer(ctx, services.diagnoses().answer(ctx.pathParam("id"), answer))),
                Route.post("/api/v1/diagnoses/{id}/back", "Take back the last answer", json(DiagnosisView.class),
                        ctx -> answer(ctx, services.diagnoses().back(ctx.pathParam("id")))).refusals(refusal(404, "No such diagnosis")),
                Route.post("/api/v1/early-warning", "From observed warning signals: is trust eroding, and should a diagnosis start?",
                        EarlyWarning.Request.class, json(EarlyWarning.Result.class),
                        (ctx, request) -> answer(ctx, services.earlyWarning().check(request))));
    }

    /** Health checks, the portfolio and the survey instrument. */
    private List<Route> monitoring() {
        return List.of(
                Route.post("/api/v1/alliances/{id}/health-checks", "Record a health check: survey answers (kept only as anonymous aggregates),"
                                + " indicators and events; refused (422, nothing recorded) when the rules cannot evaluate the alliance's health with it",
                        HealthCheckRequest.class, json(AllianceHealth.class),
                        (ctx, check) -> answer(ctx, services.monitoring().record(ctx.pathParam("id"), check)))
                        .created().refusing(422, "The rules cannot evaluate the alliance's health with this check"),
                Route.get("/api/v1/alliances/{id}/health", "An alliance's trust health: checks, series per element, levels, stage, pace, warnings",
                        json(AllianceHealth.class), ctx -> answer(ctx, services.monitoring().health(ctx.pathParam("id"), ctx.queryParam("asOf"))))
                        .query(AS_OF).refusals(refusal(404, "No such alliance")),
                Route.get("/api/v1/portfolio", "Every alliance's health as kept since it last changed, those needing attention first"
                                + " (those not evaluated before them), a page at a time; reading it runs no rule", json(Portfolio.class),
                        ctx -> answer(ctx, services.monitoring().portfolio(ctx.queryParam("asOf"),
                                Requests.intParam(ctx, "page", 1), Requests.intParam(ctx, "size", Page.DEFAULT_SIZE))))
                        .query(PAGE, SIZE, query("asOf", Map.of("type", "string", "format", "date",
                                "description", "The portfolio is kept as of today: if given, must be today")))
                        .refusals(refusal(400, "Invalid parameter")).costing(Routes::portfolioCost),
                Route.get("/api/v1/organisation", "What the advisor knows about the company itself for advice on the portfolio as a whole:"
                        + " whether it has a dedicated alliance function (NOT_KNOWN until recorded)", json(Organisation.class),
                        ctx -> answer(ctx, services.monitoring().organisation())),
                Route.put("/api/v1/organisation", "Record whether the company has a dedicated alliance function (YES, NO, or NOT_KNOWN to"
                                + " clear it); the portfolio's advice follows", Organisation.Update.class, json(Organisation.class),
                        (ctx, update) -> answer(ctx, services.monitoring().setOrganisation(update))),
                Route.get("/api/v1/knowledge/trust-survey", "The trust survey instrument", listOf(SurveyItem.class),
                        perAdvisor(a -> a.knowledge().survey().values())));
    }

    /** Survey rounds answered by the respondents themselves, their public respondent endpoints, and answers from a survey tool's file. */
    private List<Route> surveyRounds() {
        String rounds = "/api/v1/alliances/{id}/survey-rounds";
        Route.Refusal linkNotOpen = refusal(404, "The link is unknown, or its round is closed, cancelled or past its closing date (one answer for all)");
        return List.of(
                Route.postOptionally(rounds, "Open a survey round: one respondent link per side, shown only in this answer (optional body: the"
                                + " closing date)", SurveyRound.Opening.class, json(SurveyRound.class),
                        (ctx, opening) -> answer(ctx, services.surveyRounds().open(ctx.pathParam("id"), opening))).created(),
                Route.get(rounds, "An alliance's survey rounds, the latest first: state and how many have answered on each side, never an answer",
                        listOf(SurveyRound.class), ctx -> answer(ctx, services.surveyRounds().list(ctx.pathParam("id"))))
                        .refusals(refusal(404, "No such alliance")),
                Route.get(rounds + "/{roundId}", "One survey round: state and how many have answered on each side", json(SurveyRound.class),
                        ctx -> answer(ctx, services.surveyRounds().read(ctx.pathParam("id"), ctx.pathParam("roundId"))))
                        .refusals(refusal(404, "No such round for this alliance")),
                Route.postOptionally(rounds + "/{roundId}/close", "Close the round and record the health check from its answers, with the"
                                + " date, indicators and events given (optional body); refused (409, nothing recorded) while too few have answered for"
                                + " anonymity", SurveyRound.Closing.class,
                        json(AllianceHealth.class), (ctx, closing) -> answer(ctx, services.surveyRounds().close(ctx.pathParam("id"),
                                ctx.pathParam("roundId"), closing))).created().refusing(422, "The rules cannot evaluate the alliance's health with this check"),
                Route.post(rounds + "/{roundId}/cancel", "Cancel the round: its links stop working, its answers are discarded, no check is recorded",
                        json(SurveyRound.class), ctx -> answer(ctx, services.surveyRounds().cancel(ctx.pathParam("id"), ctx.pathParam("roundId"))))
                        .refusals(refusal(404, "No such round for this alliance"), refusal(409, "The round is not open")),
                Route.post(rounds + "/{roundId}/links", "Issue new respondent links for an open round; the old ones stop working",
                        json(SurveyRound.class), ctx -> answer(ctx, services.surveyRounds().newLinks(ctx.pathParam("id"), ctx.pathParam("roundId"))))
                        .refusals(refusal(404, "No such round for this alliance"), refusal(409, "The round is not open")),
                Route.post(RESPOND_FORM, "For a respondent, without the access token: the statements a link's round asks about",
                        SurveyRound.Respondent.class, json(SurveyRound.Form.class), (ctx, respondent) -> answer(ctx, services.surveyRounds().form(respondent)))
                        .refusals(refusal(400, "Refused"), linkNotOpen, refusal(413, "Refused"), refusal(415, "Refused"), refusal(429, "Refused")),
                Route.post(RESPOND_ANSWERS, "For a respondent, without the access token: send one's answers, added to the anonymous totals of the"
                                + " link's round and side", SurveyRound.Answers.class, json(SurveyRound.Received.class),
                        (ctx, answers) -> answer(ctx, services.surveyRounds().answer(answers)))
                        .refusals(refusal(400, "Refused"), linkNotOpen, refusal(409, "The round has taken as many answers as a check can"),
                                refusal(413, "Refused"), refusal(415, "Refused"), refusal(429, "Refused")),
                Route.post("/api/v1/alliances/{id}/health-checks/csv", "Record a health check from a survey tool's CSV file (one row per"
                                + " respondent, a side column, one column per statement); refused naming the line and column of a problem",
                        SurveyCsv.Import.class, json(AllianceHealth.class), (ctx, file) -> answer(ctx, services.monitoring().record(ctx.pathParam("id"),
                                SurveyCsv.request(file, services.advisor().get().knowledge().survey()))))
                        .created().refusing(422, "The rules cannot evaluate the alliance's health with this check"),
                Route.get("/api/v1/knowledge/trust-survey/template.csv", "The CSV template for answers from a survey tool: the header row"
                                + " (side, then the statements' ids) and an example row per side", new Route.Documents(List.of("text/csv")),
                        ctx -> ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"trust-survey-template.csv\"")
                                .result(SurveyCsv.template(services.advisor().get().knowledge().survey()))));
    }

    /** Due-diligence checklists. */
    private List<Route> checklists() {
        return List.of(
                Route.post("/api/v1/checklists", "Build a due-diligence checklist from a deal's context or a stored assessment",
                        ChecklistContext.class, json(Checklist.class), (ctx, context) -> answer(ctx, services.checklists().create(context))).created(),
                Route.get("/api/v1/checklists/{id}", "A checklist with its items, reasons and status", json(Checklist.class),
                        ctx -> answer(ctx, services.checklists().read(ctx.pathParam("id")))).refusals(refusal(404, "No such checklist")),
                Route.put("/api/v1/checklists/{id}/items/{itemId}", "Mark an item: status, note, finding (a value of the evidence the item"
                                + " establishes), who and when; send the item's version you read (400 if it is missing, 409 if the item has been marked since)",
                        Checklist.Mark.class, json(Checklist.class),
                        (ctx, mark) -> answer(ctx, services.checklists().mark(ctx.pathParam("id"), ctx.pathParam("itemId"), mark)))
                        .refusals(refusal(400, "Refused"), refusal(404, "No such checklist or item"),
                                refusal(409, "The item was marked by someone else since it was read")),
                Route.put("/api/v1/checklists/{id}/assessment", "Tie a checklist built without a stored assessment to one stored in a case"
                                + " file since, so that its findings can re-assess the partner; it keeps its items and marks and joins that case file",
                        ChecklistService.Attachment.class, json(Checklist.class),
                        (ctx, attachment) -> answer(ctx, services.checklists().attach(ctx.pathParam("id"), attachment)))
                        .refusals(refusal(400, "Refused"), refusal(404, "No such checklist"),
                                refusal(409, "The checklist is already built from an assessment")),
                Route.post("/api/v1/checklists/{id}/reassess", "Apply the checklist's findings to the assessment it was built from and assess"
                                + " again; stored, with what changed and why", json(ChecklistService.Reassessment.class),
                        ctx -> answer(ctx, services.checklists().reassess(ctx.pathParam("id")))).created().refusals(refusal(400, "Refused")),
                Route.get("/api/v1/checklists/{id}/export", "The checklist with its status as Markdown, CSV or printable HTML",
                        new Route.Documents(List.of("text/markdown", "text/csv", "text/html")), ctx -> {
                            ChecklistExport.Format format = Requests.enumParam(ctx, "format", ChecklistExport.Format.class);
                            ChecklistExport.Format chosen = format == null ? ChecklistExport.Format.MARKDOWN : format;
                            ctx.contentType(chosen.contentType()).result(ChecklistExport.render(services.checklists().read(ctx.pathParam("id")), chosen));
                        }).query(query("format", OpenApi.enumSchema(ChecklistExport.Format.class))));
    }

    /** Contract balance and cultural adaptation. */
    private List<Route> negotiation() {
        return List.of(
                Route.post("/api/v1/contract-balance", "Does the contract support or undermine the relationship? Position (under-protected, balanced,"
                                + " control-heavy, under-coordinated, over-trusting or unknown) and advice", ContractBalanceRequest.class,
                        json(ContractBalanceService.Result.class), (ctx, request) -> answer(ctx, services.contractBalance().advise(request))),
                Route.post("/api/v1/culture-advice", "Our culture and the partner's: relative gaps per dimension and the adaptations they call for",
                        CultureAdviceRequest.class, Route.reasoned(CultureAdviceService.Result.class), (ctx, request) -> {
                    boolean texts = withTexts(ctx);
                    Advisor current = services.advisor().get(); // once: the advice and its reasoning graph come from the same rule base
                    answer(ctx, graphs.write(services.culture().advise(current, request), current, texts));
                }).query(INCLUDE),
                Route.post("/api/v1/trust-building-plans", "The plan after signing: how to build trust in a new or healthy alliance, phase by"
                                + " phase and dated, tailored to the partner's trust profile, the stage, the cultural gap and the contract;"
                                + " from a stored assessment or from facts given", TrustBuildingRequest.class,
                        json(TrustBuildingPlan.class), (ctx, request) -> answer(ctx, services.trustBuilding().plan(request))));
    }

    /** Trust-building plans kept in case files and tracked step by step. */
    private List<Route> trustPlans() {
        return List.of(
                Route.post("/api/v1/alliances/{id}/trust-building-plans", "Make a trust-building plan for the alliance and keep it in its case"
                                + " file: from the case file's latest assessment (or the one named), each step due when its phase is, to be tracked",
                        TrustBuildingRequest.class, json(TrackedPlan.class),
                        (ctx, request) -> answer(ctx, services.trustPlans().create(ctx.pathParam("id"), request))).created()
                        .refusals(refusal(400, "Refused"), refusal(404, "No such alliance")),
                Route.get("/api/v1/alliances/{id}/trust-building-plan", "The latest trust-building plan kept in the case file, with each"
                                + " step's due date and status", json(TrackedPlan.class),
                        ctx -> answer(ctx, services.trustPlans().latest(ctx.pathParam("id"))))
                        .refusals(refusal(404, "No such alliance, or no plan in its case file")),
                Route.get("/api/v1/trust-building-plans/{id}", "A trust-building plan kept in a case file, with each step's due date and status",
                        json(TrackedPlan.class), ctx -> answer(ctx, services.trustPlans().read(ctx.pathParam("id"))))
                        .refusals(refusal(404, "No such plan")),
                Route.put("/api/v1/trust-building-plans/{id}/steps/{stepId}", "Mark a step of the plan: status (open, done, not applicable),"
                                + " note, who and when; send the step's version you read (400 if it is missing, 409 if the step has been marked since);"
                                + " noted on the case file's timeline", TrackedPlan.Mark.class, json(TrackedPlan.class),
                        (ctx, mark) -> answer(ctx, services.trustPlans().mark(ctx.pathParam("id"), ctx.pathParam("stepId"), mark)))
                        .refusals(refusal(400, "Refused"), refusal(404, "No such plan or step"),
                                refusal(409, "The step was marked by someone else since it was read")));
    }

    /** The rule catalogue and the knowledge base. */
    private List<Route> knowledge() {
        return List.of(
                Route.get("/api/v1/rules", "Every rule: id, name, file, description, category, sources, confidence; what an answer's rule ids name",
                        listOf(RuleInfo.class),
                        perAdvisor(Advisor::rules)),
                Route.get("/api/v1/knowledge/elements", "The trust elements", listOf(ElementDefinition.class),
                        perAdvisor(a -> a.knowledge().elements().values())),
                Route.get("/api/v1/knowledge/stages", "The stages of trust development", listOf(StageDefinition.class),
                        perAdvisor(a -> a.knowledge().stages().values())),
                Route.get("/api/v1/knowledge/glossary", "Glossary", listOf(GlossaryTerm.class), perAdvisor(a -> a.knowledge().glossary().values())),
                Route.get("/api/v1/knowledge/labels", "Plain words for the codes answers carry (verdicts, levels, statuses...), group by group:"
                        + " what the web application shows in their place", listOf(LabelGroup.class), perAdvisor(a -> a.knowledge().labels().values())),
                Route.get("/api/v1/knowledge/bibliography", "Bibliography: each source with its citation, as explanations cite it by id",
                        listOf(BibliographyEntry.class), perAdvisor(a -> a.knowledge().bibliography().values().stream().map(BibliographyEntry::of).toList())),
                Route.get("/api/v1/knowledge/advice", "The wording of every piece of advice by id ({subject} stands for the recommendation's"
                        + " subject): an assessment made now leaves out a recommendation's title, text or why where it is this wording",
                        listOf(AdviceText.class), perAdvisor(a -> a.knowledge().advice().values())),
                Route.get("/api/v1/knowledge/business-case", "The wording of every statement of the business case by id: an assessment made"
                        + " now leaves out a statement or its why where it is this wording", listOf(CasePointText.class),
                        perAdvisor(a -> a.knowledge().businessCase().values())),
                Route.get("/api/v1/knowledge/evidence", "The evidence catalogue: every field an assessment accepts", listOf(EvidenceField.class),
                        perAdvisor(a -> a.knowledge().evidence().values())),
                Route.get("/api/v1/knowledge/our-side", "What an assessment accepts about our own side's conduct in the deal, with help and how to"
                                + " find out; read as the relational risk we create, never as evidence about the partner", listOf(OurSideField.class),
                        perAdvisor(a -> a.knowledge().ourSide().values())),
                Route.get("/api/v1/knowledge/fit-and-power", "The catalogue of facts about the deal beside trust: partner fit (sent as"
                        + " fit) and power and dependence (sent as power), each with help text and how to find it out", listOf(DealField.class),
                        perAdvisor(a -> a.knowledge().deal().values())),
                Route.get("/api/v1/knowledge/country-names", "Every country a request accepts (ISO 3166 two-letter code) with its English"
                        + " name, and whether the knowledge base holds its culture profile", listOf(CountryCatalogue.CountryName.class),
                        perAdvisor(a -> CountryCatalogue.names(a.knowledge().culture()))),
                Route.get("/api/v1/knowledge/countries", "The country profiles: how much each knows, and its named practices",
                        listOf(CountryCatalogue.CountrySummary.class), perAdvisor(a -> CountryCatalogue.list(a.knowledge().culture()))),
                Route.get("/api/v1/knowledge/countries/{code}", "One country's profile: every dimension with its value and source (unknown where"
                                + " none), and its named practices", json(CountryProfile.class),
                        ctx -> answer(ctx, CountryCatalogue.profile(services.advisor().get().knowledge().culture(), ctx.pathParam("code"))))
                        .refusals(refusal(404, "No profile for that code")));
    }

    /** Reload status and reload on demand; {@link Safeguards} lets only the admin token through. */
    private List<Route> admin() {
        Route.Refusal[] refusals = {refusal(401, "No admin token or a wrong one"),
                refusal(403, "The admin endpoints are off: no admin token configured")};
        return List.of(
                Route.get(Safeguards.ADMIN + "reload", "The version served, how many reloads, what is watched, and the last attempt with its"
                        + " errors (file, line, message)", json(ReloadStatus.class), ctx -> answer(ctx, options.reloads().status())).refusals(refusals),
                Route.post(Safeguards.ADMIN + "reload", "Reload rules/ and knowledge-base/ now; 422 with the errors if they do not load"
                        + " (the previous version stays)", json(ReloadStatus.class), ctx -> {
                    ReloadStatus status = options.reloads().reload(ReloadStatus.Trigger.ADMIN);
                    boolean failed = status.lastAttempt().outcome() == ReloadStatus.Outcome.FAILED;
                    ctx.status(failed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
                    answer(ctx, status);
                }).refusals(refusals));
    }

    /** Sends a brief as a PDF to download, named by partner and date. */
    private static void pdf(io.javalin.http.Context ctx, CeoBriefService.Document brief) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + brief.fileName() + "\"");
        ctx.contentType("application/pdf").result(brief.pdf());
    }

    /** A read that depends only on the advisor: serialised once per advisor, not per request. */
    private PerAdvisorJson perAdvisor(Function<Advisor, Object> content) {
        return new PerAdvisorJson(services.advisor(), services.json(), content);
    }
}
