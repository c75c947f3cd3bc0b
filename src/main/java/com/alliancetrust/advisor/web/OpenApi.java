package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.domain.TrustElement;
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
            CandidateComparison.Candidate.class, List.of("partner"));

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
        paths.put("/health", get("Liveness, version of the rules and knowledge base, and rule count", object(Map.of(
                "status", Map.of("type", "string"), "version", Map.of("type", "string"), "rules", Map.of("type", "integer")))));
        paths.put("/openapi.json", get("This description", Map.of("type", "object")));
        paths.put("/api/v1/partner-assessments", post("Assess a candidate partner for a planned alliance",
                PartnerAssessmentRequest.class, PartnerAssessment.class));
        paths.put("/api/v1/partner-assessments/compare", post("Rank several candidates for the same alliance",
                CandidateComparison.Request.class, CandidateComparison.Result.class));
        paths.put("/api/v1/rules", get("Every rule: id, name, file, description, category, sources", arrayOf(RuleInfo.class)));
        paths.put("/api/v1/knowledge/elements", get("The trust elements", arrayOf(ElementDefinition.class)));
        paths.put("/api/v1/knowledge/stages", get("The stages of trust development", arrayOf(StageDefinition.class)));
        paths.put("/api/v1/knowledge/glossary", get("Glossary", arrayOf(GlossaryTerm.class)));
        paths.put("/api/v1/knowledge/bibliography", get("Bibliography", arrayOf(Source.class)));
        paths.put("/api/v1/knowledge/evidence", get("The evidence catalogue: every field an assessment accepts", arrayOf(EvidenceField.class)));
        schemas.put("ApiError", schemaOf(ApiError.class));

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Alliance Trust Advisor API", "version", "1",
                "description", "Rules-based advice on trust in strategic alliances. Every conclusion carries its explanation."));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas));
        return doc;
    }

    private Map<String, Object> get(String summary, Map<String, Object> response) {
        return Map.of("get", Map.of("summary", summary, "responses", Map.of("200", content("OK", response))));
    }

    private Map<String, Object> post(String summary, Class<?> request, Class<?> response) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", content("OK", ref(response)));
        for (String code : List.of("400", "413", "415")) responses.put(code, content("Invalid request", ref(ApiError.class)));
        return Map.of("post", Map.of("summary", summary,
                "requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", ref(request)))),
                "responses", responses));
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
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            properties.put(c.getName(), c.getName().equals("evidence") && c.getType() == Map.class
                    ? evidenceSchema() : schemaOf(c.getGenericType()));
        }
        Map<String, Object> schema = object(properties);
        List<String> required = REQUIRED.get(record);
        if (required != null) schema.put("required", required);
        return schema;
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
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return Map.of("type", "string");
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) return Map.of("type", "integer");
        if (c == Double.class || c == double.class) return Map.of("type", "number");
        if (c == Boolean.class || c == boolean.class) return Map.of("type", "boolean");
        if (c.isEnum()) return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        if (c.isRecord()) return ref(c);
        if (c == Object.class || c == JsonNode.class) return Map.of();
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

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }
}
