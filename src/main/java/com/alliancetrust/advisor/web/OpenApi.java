package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.checklist.Checklist;
import com.alliancetrust.advisor.checklist.ChecklistContext;
import com.alliancetrust.advisor.contract.ContractBalanceRequest;
import com.alliancetrust.advisor.contract.ContractTerms;
import com.alliancetrust.advisor.diagnosis.DiagnosisRequest;
import com.alliancetrust.advisor.domain.AlliancePlan;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Required;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest;
import com.alliancetrust.advisor.culture.CultureAdviceRequest;
import com.alliancetrust.advisor.knowledge.CultureDimension;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.explain.ReasoningGraph;
import com.alliancetrust.advisor.explain.Reasoning;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.1 description, generated from the route table the server registers ({@link Routes}),
 * the very records the API reads and writes and the evidence catalogue, so that it cannot drift
 * from what the server accepts and returns.
 */
public final class OpenApi {
    /**
     * The names of the schemas the web app looks up by name (its forms take their choices from them), fixed
     * here so that renaming, moving or nesting a record does not rename its schema. Every other schema is
     * named after its type ({@code PartnerAssessmentRequestPartner} for {@code Partner}).
     */
    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(AllianceDraft.class, "AllianceDraft"),
            Map.entry(AlliancePlan.class, "PartnerAssessmentRequestAlliancePlan"),
            Map.entry(PartnerAssessmentRequest.DecisionContext.class, "PartnerAssessmentRequestDecisionContext"),
            Map.entry(ContractTerms.class, "ContractTerms"),
            Map.entry(ContractBalanceRequest.Contract.class, "ContractBalanceRequestContract"),
            Map.entry(ContractBalanceRequest.Relationship.class, "ContractBalanceRequestRelationship"),
            Map.entry(ContractBalanceRequest.AllianceFacts.class, "ContractBalanceRequestAllianceFacts"),
            Map.entry(ContractBalanceRequest.Innovation.class, "ContractBalanceRequestInnovation"),
            Map.entry(ContractBalanceRequest.PartnerSide.class, "ContractBalanceRequestPartnerSide"),
            Map.entry(CultureAdviceRequest.Side.class, "CultureAdviceRequestSide"),
            Map.entry(DiagnosisRequest.class, "DiagnosisRequest"),
            Map.entry(ChecklistContext.class, "ChecklistContext"),
            Map.entry(Checklist.Item.class, "ChecklistItem"),
            Map.entry(HealthCheckRequest.class, "HealthCheckRequest"),
            Map.entry(HealthCheckRequest.Respondent.class, "HealthCheckRequestRespondent"),
            Map.entry(HealthCheckRequest.Indicators.class, "HealthCheckRequestIndicators"));

    private final KnowledgeBase kb;
    private final Map<String, Object> schemas = new LinkedHashMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();
    private final Map<Class<?>, Boolean> explained = new HashMap<>();
    /** While a {@link Route.Reasoned} answer is described: explanations are by reference into its reasoning graph. */
    private boolean reasoned;

    private OpenApi(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The description of {@code routes}, with the evidence and cultural dimensions of {@code kb}. */
    static Map<String, Object> document(KnowledgeBase kb, List<Route> routes) {
        return new OpenApi(kb).build(routes);
    }

    private Map<String, Object> build(List<Route> routes) {
        Map<String, Object> paths = paths(routes);
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

    /** Each route's operation, under its path, in the order of the route table. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> paths(List<Route> routes) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            Map<String, Object> operations = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            operations.put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        return paths;
    }

    private Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", route.summary());
        List<Object> parameters = new ArrayList<>();
        for (String name : route.pathParameters()) {
            parameters.add(Map.of("name", name, "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        for (Route.Query q : route.query()) parameters.add(query(q.name(), q.schema()));
        if (!parameters.isEmpty()) operation.put("parameters", parameters);
        if (route.request() != null) {
            operation.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", ref(route.request())))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(route.status()), success(route));
        for (Route.Refusal refusal : route.errors()) responses.put(String.valueOf(refusal.status()), content(refusal.why(), ref(ApiError.class)));
        operation.put("responses", responses);
        // Safeguards lets only the admin token through to the admin paths.
        if (route.path().startsWith(Safeguards.ADMIN)) operation.put("security", List.of(Map.of("adminToken", List.of())));
        // A survey respondent's link is the permission: these need no token.
        if (Routes.RESPONDENT_PATHS.contains(route.path())) operation.put("security", List.of(Map.of()));
        return operation;
    }

    private Map<String, Object> success(Route route) {
        String description = route.status() == 201 ? "Created" : "OK";
        Route.Response response = route.response();
        if (response instanceof Route.Json json) return content(description, ref(json.type()));
        if (response instanceof Route.Reasoned answer) return content(description, reasoned(answer.type()));
        if (response instanceof Route.ListOf list) return content(description, arrayOf(list.type()));
        if (response instanceof Route.PageOf page) return content(description, pageOf(page.type()));
        if (response instanceof Route.Schema schema) return content(description, schema.schema());
        Map<String, Object> media = new LinkedHashMap<>();
        for (String type : ((Route.Documents) response).mediaTypes()) {
            media.put(type, Map.of("schema", type.startsWith("application/") ? Map.of("type", "string", "format", "binary") : Map.of("type", "string")));
        }
        return Map.of("description", "The document", "content", media);
    }

    /**
     * The schema of an answer sent with its reasoning as one graph: explanations by reference
     * ({@code ReasoningExplanation}), {@code trace} as rule ids, and the {@code reasoning} section. A
     * type holding explanations that other answers send self-contained is described apart, its schema
     * named {@code Reasoned} and its own name; the partner assessment's and comparison's own types are
     * sent only so and keep their names.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> reasoned(Class<?> type) {
        reasoned = true;
        try {
            Map<String, Object> ref = ref(type);
            String name = name(type);
            Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) schemas.get(name));
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
            properties.put(ReasoningGraph.SECTION, ref(Reasoning.class));
            schema.put("properties", properties);
            schemas.put(name, schema);
            return ref;
        } finally {
            reasoned = false;
        }
    }

    /** Whether values of this type hold an explanation, at any depth. */
    private boolean explains(Type type) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) if (explains(argument)) return true;
            return false;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord()) return false;
        if (c == Explanation.class || c == Explanation.RuleRef.class) return true;
        Boolean known = explained.get(c);
        if (known != null) return known;
        explained.put(c, false); // against recursion
        boolean explains = false;
        for (RecordComponent component : c.getRecordComponents()) explains |= explains(component.getGenericType());
        explained.put(c, explains);
        return explains;
    }

    private static Map<String, Object> query(String name, Map<String, Object> schema) {
        return Map.of("name", name, "in", "query", "required", false, "schema", schema);
    }

    static Map<String, Object> enumSchema(Class<? extends Enum<?>> type) {
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
        Class<?> before = named.putIfAbsent(name, type);
        if (before != null && before != type) {
            throw new IllegalStateException("Two types would share the schema name " + name + ": " + before.getName() + " and " + type.getName()
                    + "; give one a name in OpenApi.NAMES");
        }
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of()); // placeholder against recursion
            schemas.put(name, schemaOf(type));
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private String name(Class<?> type) {
        String name = plainName(type);
        boolean sentOnlyReasoned = type == PartnerAssessment.class || type.getEnclosingClass() == PartnerAssessment.class
                || type.getEnclosingClass() == CandidateComparison.class;
        return reasoned && !sentOnlyReasoned && explains(type) ? "Reasoned" + name : name;
    }

    private static String plainName(Class<?> type) {
        String fixed = NAMES.get(type);
        if (fixed != null) return fixed;
        return type.getEnclosingClass() == null ? type.getSimpleName() : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
    }

    private Map<String, Object> schemaOf(Class<?> record) {
        if (record == CultureAdviceRequest.Side.class) return cultureSideSchema();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            properties.put(c.getName(), c.getName().equals("evidence") && c.getType() == Map.class ? evidenceSchema()
                    : (c.getName().equals("fit") || c.getName().equals("power")) && c.getType() == Map.class
                    ? dealSchema(DealField.Section.valueOf(c.getName().toUpperCase()))
                    : limited(schemaOf(c.getGenericType()), c.getAnnotation(MaxItems.class)));
        }
        Map<String, Object> schema = object(properties);
        // A number or yes/no of a record is never absent: the mapper refuses a request without it, and every answer has it.
        List<String> required = Arrays.stream(record.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(Required.class) || c.getType().isPrimitive())
                .map(RecordComponent::getName).toList();
        if (!required.isEmpty()) schema.put("required", required);
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
        if (reasoned && c == Explanation.class) return ref(Reasoning.Explanation.class);
        if (reasoned && c == Explanation.RuleRef.class) return Map.of("type", "string"); // a trace: rule ids
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

    /** The fit or the power facts, each with its allowed values from the catalogue. */
    private Map<String, Object> dealSchema(DealField.Section section) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (DealField f : kb.dealFields(section)) {
            List<String> values = new ArrayList<>(f.values().stream().map(DealField.Choice::value).toList());
            values.add(SelectionInput.UNKNOWN);
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", List.of("string", "null"));
            schema.put("enum", values);
            schema.put("description", f.label() + ". " + f.help());
            fields.put(f.name(), schema);
        }
        Map<String, Object> schema = object(fields);
        schema.put("description", section == DealField.Section.FIT
                ? "How the partner fits what the alliance needs (strategic, goals and values, organisational, cultural), judged apart from trust; every item optional, missing means unknown."
                : "How much each side depends on the other: relative size, dependence, switching costs, control of access; every item optional, missing means unknown.");
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

    static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }
}
