package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.MaxItems;
import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.AssessmentSummary;
import com.alliancetrust.advisor.casefile.Backup;
import com.alliancetrust.advisor.casefile.CaseFile;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.diagnosis.DiagnosisRequest;
import com.alliancetrust.advisor.diagnosis.DiagnosisView;
import com.alliancetrust.advisor.diagnosis.EarlyWarning;
import com.alliancetrust.advisor.checklist.Checklist;
import com.alliancetrust.advisor.checklist.ChecklistContext;
import com.alliancetrust.advisor.checklist.ChecklistExport;
import com.alliancetrust.advisor.checklist.ChecklistService;
import com.alliancetrust.advisor.contract.ContractBalanceRequest;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CountryCatalogue;
import com.alliancetrust.advisor.culture.CultureAdviceRequest;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.CultureDimension;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.knowledge.SurveyItem;
import com.alliancetrust.advisor.monitoring.AllianceHealth;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest;
import com.alliancetrust.advisor.monitoring.Portfolio;
import com.alliancetrust.advisor.reload.ReloadStatus;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.ElementDefinition;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.GlossaryTerm;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.Source;
import com.alliancetrust.advisor.knowledge.StageDefinition;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.1 description, generated from the very records the API reads and writes and from
 * the evidence catalogue, so that it cannot drift from what the server accepts and returns.
 */
public final class OpenApi {
    /** Fields a request must carry; everything else is optional. */
    private static final Map<Class<?>, List<String>> REQUIRED = Map.of(
            PartnerAssessmentRequest.class, List.of("partner", "alliance"),
            PartnerAssessmentRequest.Partner.class, List.of("name"),
            PartnerAssessmentRequest.AlliancePlan.class, List.of("purpose"),
            CandidateComparison.Request.class, List.of("alliance", "candidates"),
            CandidateComparison.Candidate.class, List.of("partner"),
            AllianceDraft.class, List.of("partner", "purpose"),
            Checklist.Mark.class, List.of("status", "version"));

    private static final Map<String, Object> PAGE = query("page", Map.of("type", "integer", "minimum", 1, "default", 1));
    private static final Map<String, Object> SIZE = query("size", Map.of("type", "integer", "minimum", 1, "maximum", Page.MAX_SIZE,
            "default", Page.DEFAULT_SIZE));

    private final KnowledgeBase kb;
    private final Map<String, Object> schemas = new LinkedHashMap<>();

    private OpenApi(KnowledgeBase kb) {
        this.kb = kb;
    }

    public static Map<String, Object> document(KnowledgeBase kb) {
        return new OpenApi(kb).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> paths = new LinkedHashMap<>();
        partnerSelectionPaths(paths);
        caseFilesPaths(paths);
        diagnosisPaths(paths);
        monitoringPaths(paths);
        checklistsPaths(paths);
        negotiationPaths(paths);
        knowledgePaths(paths);
        adminPaths(paths);
        schemas.put("ApiError", schemaOf(ApiError.class));

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Alliance Trust Advisor API", "version", "1",
                "description", "Rules-based advice on trust in strategic alliances. Every conclusion carries its explanation."));
        doc.put("paths", paths);
        // The access token is needed only when the server is started with one (ADVISOR_TOKEN): either scheme entry applies.
        doc.put("security", List.of(Map.of(), Map.of("accessToken", List.of())));
        Map<String, Object> bearer = Map.of("type", "http", "scheme", "bearer");
        doc.put("components", Map.of("schemas", schemas, "securitySchemes", Map.of("accessToken", bearer, "adminToken", bearer)));
        return doc;
    }

    /** The partner assessment and comparison, and the server itself. */
    private void partnerSelectionPaths(Map<String, Object> paths) {
        paths.put("/health", get("Liveness, version of the rules and knowledge base, and rule count", object(Map.of(
                "status", Map.of("type", "string"), "version", Map.of("type", "string"), "rules", Map.of("type", "integer")))));
        paths.put("/openapi.json", get("This description", Map.of("type", "object")));
        paths.put("/api/v1/partner-assessments", post("Assess a candidate partner for a planned alliance; with a contract section, also where the contract on the table stands",
                PartnerAssessmentRequest.class, PartnerAssessment.class));
        paths.put("/api/v1/partner-assessments/compare", post("Rank several candidates for the same alliance",
                CandidateComparison.Request.class, CandidateComparison.Result.class));
    }

    /** Case files, stored assessments and backup. */
    private void caseFilesPaths(Map<String, Object> paths) {
        paths.put("/api/v1/alliances", Map.of(
                "post", operation("Open a case file for an alliance", AllianceDraft.class, "201", ref(Alliance.class)),
                "get", Map.of("summary", "List alliances (archived ones only when asked for), a page at a time",
                        "parameters", List.of(query("status", enumSchema(AllianceStatus.class)), query("purpose", enumSchema(PartnerAssessmentRequest.Purpose.class)),
                                query("owner", Map.of("type", "string")), query("partner", Map.of("type", "string")),
                                query("includeArchived", Map.of("type", "boolean")), PAGE, SIZE),
                        "responses", Map.of("200", content("OK", pageOf(Alliance.class)), "400", content("Invalid parameter", ref(ApiError.class))))));
        paths.put("/api/v1/alliances/{id}", Map.of(
                "get", withId(Map.of("summary", "An alliance's case file: the alliance, its timeline and its assessments",
                        "responses", Map.of("200", content("OK", ref(CaseFile.class)), "404", content("No such alliance", ref(ApiError.class))))),
                "put", withId(operation("Update an alliance; send the version you read (409 if it has changed since)",
                        AllianceDraft.class, "200", ref(Alliance.class)))));
        paths.put("/api/v1/alliances/{id}/archive", Map.of("post", withId(operation("Archive an alliance (optional body: the version you read)",
                HttpApi.ArchiveRequest.class, "200", ref(Alliance.class)))));
        paths.put("/api/v1/alliances/{id}/assessments", Map.of("get", withId(Map.of("summary", "The assessments stored for an alliance",
                "responses", Map.of("200", content("OK", arrayOf(AssessmentSummary.class)))))));
        paths.put("/api/v1/alliances/{id}/export", Map.of("get", withId(Map.of("summary", "One case file as a backup document",
                "responses", Map.of("200", content("OK", ref(Backup.Document.class)))))));
        paths.put("/api/v1/assessments/{id}", Map.of("get", withId(Map.of("summary", "A stored assessment exactly as it was made",
                "responses", Map.of("200", content("OK", ref(StoredAssessment.class)), "404", content("No such assessment", ref(ApiError.class)))))));
        paths.put("/api/v1/assessments/{id}/rerun", Map.of("post", withId(Map.of("summary",
                "Re-run a stored assessment against the current rules and say what changed and why",
                "responses", Map.of("200", content("OK", ref(AssessmentRerun.Result.class)))))));
        paths.put("/api/v1/export", get("Every record as one backup document: the case files, then the diagnoses and checklists kept in none",
                ref(Backup.Document.class)));
        paths.put("/api/v1/import", Map.of("post", operation("Import a backup document in one transaction, checked as the API checks what it"
                        + " stores (400 naming the field); refuses ids already stored (409)",
                Backup.Document.class, "200", ref(Backup.Imported.class))));
    }

    /** The guided breach diagnosis and the early-warning check. */
    private void diagnosisPaths(Map<String, Object> paths) {
        paths.put("/api/v1/diagnoses", Map.of("post", operation("Start a guided breach diagnosis: the answer is the first question",
                DiagnosisRequest.class, "201", ref(DiagnosisView.class))));
        paths.put("/api/v1/diagnoses/one-shot", post("Diagnose a breach from all facts at once: diagnosis and repair plan",
                DiagnosisRequest.class, DiagnosisView.class));
        paths.put("/api/v1/diagnoses/{id}", Map.of("get", withId(Map.of("summary", "A diagnosis session: answers, partial diagnosis, next question",
                "responses", Map.of("200", content("OK", ref(DiagnosisView.class)), "404", content("No such diagnosis", ref(ApiError.class)))))));
        paths.put("/api/v1/diagnoses/{id}/answers", Map.of("post", withId(operation(
                "Answer the question asked, or change an earlier answer", DiagnosisRequest.AnswerRequest.class, "200", ref(DiagnosisView.class)))));
        paths.put("/api/v1/diagnoses/{id}/back", Map.of("post", withId(Map.of("summary", "Take back the last answer",
                "responses", Map.of("200", content("OK", ref(DiagnosisView.class)), "404", content("No such diagnosis", ref(ApiError.class)))))));
        paths.put("/api/v1/early-warning", post("From observed warning signals: is trust eroding, and should a diagnosis start?",
                EarlyWarning.Request.class, EarlyWarning.Result.class));
    }

    /** Health checks, the portfolio and the survey instrument. */
    private void monitoringPaths(Map<String, Object> paths) {
        paths.put("/api/v1/alliances/{id}/health-checks", Map.of("post", withId(refusing(operation(
                "Record a health check: survey answers (kept only as anonymous aggregates), indicators and events;"
                        + " refused (422, nothing recorded) when the rules cannot evaluate the alliance's health with it",
                HealthCheckRequest.class, "201", ref(AllianceHealth.class)), "422", "The rules cannot evaluate the alliance's health with this check"))));
        paths.put("/api/v1/alliances/{id}/health", Map.of("get", withId(Map.of("summary",
                "An alliance's trust health: checks, series per element, levels, stage, pace, warnings",
                "parameters", List.of(Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "string")),
                        query("asOf", Map.of("type", "string", "format", "date"))),
                "responses", Map.of("200", content("OK", ref(AllianceHealth.class)), "404", content("No such alliance", ref(ApiError.class)))))));
        paths.put("/api/v1/portfolio", Map.of("get", Map.of("summary", "Every alliance's health as kept since it last changed,"
                        + " those needing attention first (those not evaluated before them), a page at a time; reading it runs no rule",
                "parameters", List.of(PAGE, SIZE, query("asOf", Map.of("type", "string", "format", "date",
                        "description", "The portfolio is kept as of today: if given, must be today"))),
                "responses", Map.of("200", content("OK", ref(Portfolio.class)), "400", content("Invalid parameter", ref(ApiError.class))))));
        paths.put("/api/v1/knowledge/trust-survey", get("The trust survey instrument", arrayOf(SurveyItem.class)));
    }

    /** Due-diligence checklists. */
    private void checklistsPaths(Map<String, Object> paths) {
        paths.put("/api/v1/checklists", Map.of("post", operation("Build a due-diligence checklist from a deal's context or a stored assessment",
                ChecklistContext.class, "201", ref(Checklist.class))));
        paths.put("/api/v1/checklists/{id}", Map.of("get", withId(Map.of("summary", "A checklist with its items, reasons and status",
                "responses", Map.of("200", content("OK", ref(Checklist.class)), "404", content("No such checklist", ref(ApiError.class)))))));
        paths.put("/api/v1/checklists/{id}/items/{itemId}", Map.of("put", Map.of("summary",
                "Mark an item: status, note, finding (a value of the evidence the item establishes), who and when; send the item's"
                        + " version you read (409 if it is missing or the item has been marked since)",
                "parameters", List.of(Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "string")),
                        Map.of("name", "itemId", "in", "path", "required", true, "schema", Map.of("type", "string"))),
                "requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", ref(Checklist.Mark.class)))),
                "responses", Map.of("200", content("OK", ref(Checklist.class)), "400", content("Refused", ref(ApiError.class)),
                        "404", content("No such checklist or item", ref(ApiError.class)),
                        "409", content("The version is missing, or the item was marked by someone else since it was read", ref(ApiError.class))))));
        paths.put("/api/v1/checklists/{id}/reassess", Map.of("post", withId(Map.of("summary",
                "Apply the checklist's findings to the assessment it was built from and assess again; stored, with what changed and why",
                "responses", Map.of("201", content("Created", ref(ChecklistService.Reassessment.class)), "400", content("Refused", ref(ApiError.class)))))));
        paths.put("/api/v1/checklists/{id}/export", Map.of("get", Map.of("summary", "The checklist with its status as Markdown, CSV or printable HTML",
                "parameters", List.of(Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "string")),
                        query("format", enumSchema(ChecklistExport.Format.class))),
                "responses", Map.of("200", Map.of("description", "The document", "content", Map.of(
                        "text/markdown", Map.of("schema", Map.of("type", "string")), "text/csv", Map.of("schema", Map.of("type", "string")),
                        "text/html", Map.of("schema", Map.of("type", "string"))))))));
    }

    /** Contract balance and cultural adaptation. */
    private void negotiationPaths(Map<String, Object> paths) {
        paths.put("/api/v1/contract-balance", post("Does the contract support or undermine the relationship? Position (under-protected, balanced, control-heavy,"
                + " under-coordinated, over-trusting or unknown) and advice",
                ContractBalanceRequest.class, ContractBalanceService.Result.class));
        paths.put("/api/v1/culture-advice", post("Our culture and the partner's: relative gaps per dimension and the adaptations they call for",
                CultureAdviceRequest.class, CultureAdviceService.Result.class));
    }

    /** The rule catalogue and the knowledge base. */
    private void knowledgePaths(Map<String, Object> paths) {
        paths.put("/api/v1/rules", get("Every rule: id, name, file, description, category, sources", arrayOf(RuleInfo.class)));
        paths.put("/api/v1/knowledge/elements", get("The trust elements", arrayOf(ElementDefinition.class)));
        paths.put("/api/v1/knowledge/stages", get("The stages of trust development", arrayOf(StageDefinition.class)));
        paths.put("/api/v1/knowledge/glossary", get("Glossary", arrayOf(GlossaryTerm.class)));
        paths.put("/api/v1/knowledge/bibliography", get("Bibliography", arrayOf(Source.class)));
        paths.put("/api/v1/knowledge/evidence", get("The evidence catalogue: every field an assessment accepts", arrayOf(EvidenceField.class)));
        paths.put("/api/v1/knowledge/countries", get("The country profiles: how much each knows, and its named practices",
                arrayOf(CountryCatalogue.CountrySummary.class)));
        paths.put("/api/v1/knowledge/countries/{code}", Map.of("get", Map.of("summary",
                "One country's profile: every dimension with its value and source (unknown where none), and its named practices",
                "parameters", List.of(Map.of("name", "code", "in", "path", "required", true, "schema", Map.of("type", "string"))),
                "responses", Map.of("200", content("OK", ref(CountryProfile.class)), "404", content("No profile for that code", ref(ApiError.class))))));
    }

    /** The admin endpoints. */
    private void adminPaths(Map<String, Object> paths) {
        paths.put("/api/v1/admin/reload", Map.of(
                "get", admin("The version served, how many reloads, what is watched, and the last attempt with its errors (file, line, message)"),
                "post", admin("Reload rules/ and knowledge-base/ now; 422 with the errors if they do not load (the previous version stays)")));
    }

    private Map<String, Object> admin(String summary) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", content("OK", ref(ReloadStatus.class)));
        responses.put("401", content("No admin token or a wrong one", ref(ApiError.class)));
        responses.put("403", content("The admin endpoints are off: no admin token configured", ref(ApiError.class)));
        return Map.of("summary", summary, "security", List.of(Map.of("adminToken", List.of())), "responses", responses);
    }

    private Map<String, Object> get(String summary, Map<String, Object> response) {
        return Map.of("get", Map.of("summary", summary, "responses", Map.of("200", content("OK", response))));
    }

    private Map<String, Object> post(String summary, Class<?> request, Class<?> response) {
        return Map.of("post", operation(summary, request, "200", ref(response)));
    }

    private Map<String, Object> operation(String summary, Class<?> request, String status, Map<String, Object> response) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(status, content("OK", response));
        for (String code : List.of("400", "401", "404", "409", "413", "415", "429")) responses.put(code, content("Refused", ref(ApiError.class)));
        return Map.of("summary", summary,
                "requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", ref(request)))),
                "responses", responses);
    }

    /** An operation that may also be refused with {@code status}, for the reason given. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> refusing(Map<String, Object> operation, String status, String why) {
        Map<String, Object> responses = new LinkedHashMap<>((Map<String, Object>) operation.get("responses"));
        responses.put(status, content(why, ref(ApiError.class)));
        Map<String, Object> refusing = new LinkedHashMap<>(operation);
        refusing.put("responses", responses);
        return refusing;
    }

    private static Map<String, Object> withId(Map<String, Object> operation) {
        Map<String, Object> withId = new LinkedHashMap<>(operation);
        withId.put("parameters", List.of(Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "string"))));
        return withId;
    }

    private static Map<String, Object> query(String name, Map<String, Object> schema) {
        return Map.of("name", name, "in", "query", "required", false, "schema", schema);
    }

    private static Map<String, Object> enumSchema(Class<? extends Enum<?>> type) {
        return Map.of("type", "string", "enum", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }

    private Map<String, Object> pageOf(Class<?> type) {
        return object(new LinkedHashMap<>(Map.of("items", arrayOf(type), "page", Map.of("type", "integer"),
                "size", Map.of("type", "integer"), "total", Map.of("type", "integer"))));
    }

    private static Map<String, Object> content(String description, Map<String, Object> schema) {
        return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", schema)));
    }

    private Map<String, Object> arrayOf(Class<?> type) {
        return Map.of("type", "array", "items", ref(type));
    }

    private Map<String, Object> ref(Class<?> type) {
        String name = name(type);
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of()); // placeholder against recursion
            schemas.put(name, schemaOf(type));
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static String name(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
    }

    private Map<String, Object> schemaOf(Class<?> record) {
        if (record == CultureAdviceRequest.Side.class) return cultureSideSchema();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            properties.put(c.getName(), c.getName().equals("evidence") && c.getType() == Map.class
                    ? evidenceSchema() : limited(schemaOf(c.getGenericType()), c.getAnnotation(MaxItems.class)));
        }
        Map<String, Object> schema = object(properties);
        List<String> required = REQUIRED.get(record);
        if (required != null) schema.put("required", required);
        return schema;
    }

    /** A list's schema with the limit the server enforces on it (see {@link MaxItems}). */
    private static Map<String, Object> limited(Map<String, Object> schema, MaxItems limit) {
        if (limit == null) return schema;
        Map<String, Object> limited = new LinkedHashMap<>(schema);
        limited.put("maxItems", limit.value());
        return limited;
    }

    private Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schemaOf(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schemaOf(p.getActualTypeArguments()[1]));
            }
            if (raw == Page.class) return pageOf((Class<?>) p.getActualTypeArguments()[0]);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return Map.of("type", "string");
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) return Map.of("type", "integer");
        if (c == Double.class || c == double.class) return Map.of("type", "number");
        if (c == Boolean.class || c == boolean.class) return Map.of("type", "boolean");
        if (c.isEnum()) return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        if (c.isRecord()) return ref(c);
        if (c == Object.class || JsonNode.class.isAssignableFrom(c)) return Map.of();
        throw new IllegalStateException("No schema mapping for " + c);
    }

    /** The evidence object, element by element, with each field's allowed values from the catalogue. */
    private Map<String, Object> evidenceSchema() {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (TrustElement element : TrustElement.values()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (EvidenceField f : kb.evidenceFor(element)) {
                Map<String, Object> schema = new LinkedHashMap<>();
                if (f.type() == EvidenceField.Type.NUMBER) {
                    schema.put("type", List.of("integer", "null"));
                    schema.put("minimum", f.min());
                    schema.put("maximum", f.max());
                } else {
                    List<String> values = new ArrayList<>(f.values().stream().map(EvidenceField.Choice::value).toList());
                    values.add(SelectionInput.UNKNOWN);
                    schema.put("type", List.of("string", "null"));
                    schema.put("enum", values);
                }
                schema.put("description", f.label() + ". " + f.help());
                fields.put(f.name(), schema);
            }
            groups.put(element.key(), object(fields));
        }
        Map<String, Object> schema = object(groups);
        schema.put("description", "Observable facts per trust element; every item is optional and missing means unknown.");
        return schema;
    }

    /** One side of a cultural comparison: a country with a profile, and the firm's own values with their ranges. */
    private Map<String, Object> cultureSideSchema() {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (CultureDimension d : kb.culture().dimensions().values()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            if (d.categorical()) {
                schema.put("type", List.of("string", "null"));
                schema.put("enum", d.values());
            } else {
                schema.put("type", List.of("integer", "null"));
                schema.put("minimum", d.min());
                schema.put("maximum", d.max());
            }
            schema.put("description", d.name() + ": from " + d.lowEnd() + " to " + d.highEnd() + ".");
            dimensions.put(d.id(), schema);
        }
        Map<String, Object> dimensionsSchema = object(dimensions);
        dimensionsSchema.put("description", "The firm's own values where its culture differs from its country's; each overrides the country's value."
                + " Hall's context and Meyer's communicating measure the same thing in two ways, as do time and scheduling, and powerDistance"
                + " and leading: state both of a pair, or the country's value of the other still counts.");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("country", Map.of("type", "string", "enum", List.copyOf(kb.culture().countries().keySet()),
                "description", "ISO 3166-1 alpha-2 code of a country with a profile"));
        properties.put("dimensions", dimensionsSchema);
        return object(properties);
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }
}
