package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.engine.RuleInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an answer with its reasoning as one graph: every input fact, intermediate conclusion, rule
 * and research source once, in the answer's {@code reasoning} section, each with an id; every
 * explanation in the answer keeps its {@code why} and refers to the facts, conclusions, deciding rule
 * and sources by id (see {@link Reasoning}). An answer's explanations are built self-contained
 * ({@link Explanation}) and stored so; this turns such an answer, as JSON, into the graph form it is
 * sent in. An answer already in graph form is returned as it is.
 *
 * <p>Facts are the same fact when field and value are; conclusions when statement, rule and what
 * they rest on are. Ids are given in order of first appearance: the same answer always gets the
 * same ids.
 */
public final class ReasoningGraph {
    /** The name of the section holding the graph. */
    public static final String SECTION = "reasoning";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<String, Optional<RuleInfo>> rules;
    private final Function<String, Optional<String>> fieldLabels;
    private final Map<String, ObjectNode> facts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> conclusions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> ruleNodes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> sources = new LinkedHashMap<>();

    private ReasoningGraph(Function<String, Optional<RuleInfo>> rules, Function<String, Optional<String>> fieldLabels) {
        this.rules = rules;
        this.fieldLabels = fieldLabels;
    }

    /**
     * The answer in graph form: a copy of {@code answer} with every explanation by reference and the
     * {@code reasoning} section added.
     *
     * @param rules the rule catalogue, for each rule's description, sources and confidence (a rule no longer in it keeps what the answer said of it)
     * @param fieldLabels the label of an input field, for the facts an explanation names as not known
     */
    public static JsonNode of(JsonNode answer, Function<String, Optional<RuleInfo>> rules, Function<String, Optional<String>> fieldLabels) {
        if (answer == null || !answer.isObject() || answer.has(SECTION)) return answer;
        ReasoningGraph graph = new ReasoningGraph(rules, fieldLabels);
        ObjectNode copy = ((ObjectNode) answer).deepCopy();
        graph.walk(copy);
        copy.set(SECTION, graph.section());
        return copy;
    }

    /** With the rules and the knowledge base of this advisor. */
    public static JsonNode of(JsonNode answer, com.alliancetrust.advisor.engine.Advisor advisor) {
        var kb = advisor.knowledge();
        return of(answer, advisor.rules(), field -> kb.evidenceField(field).map(f -> f.label())
                .or(() -> kb.dealField(field).map(f -> f.label())).or(() -> kb.ourSideField(field).map(f -> f.label())));
    }

    /** With the catalogue of these rules. */
    public static JsonNode of(JsonNode answer, List<RuleInfo> catalogue, Function<String, Optional<String>> fieldLabels) {
        Map<String, RuleInfo> byId = new HashMap<>();
        catalogue.forEach(r -> byId.putIfAbsent(r.id(), r));
        return of(answer, id -> Optional.ofNullable(byId.get(id)), fieldLabels);
    }

    private void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("explanation") && isExplanation(value)) {
                    object.set(name, byReference((ObjectNode) value));
                } else if (name.equals("trace") && value.isArray()) {
                    ArrayNode ids = NODES.arrayNode();
                    value.forEach(r -> ids.add(r.isObject() ? rule(r) : r.asText()));
                    object.set(name, ids);
                } else {
                    walk(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::walk);
        }
    }

    private static boolean isExplanation(JsonNode node) {
        return node.isObject() && node.path("facts").isArray() && node.path("conclusions").isArray()
                && (node.path("facts").isEmpty() || node.path("facts").get(0).isObject())
                && (node.path("conclusions").isEmpty() || node.path("conclusions").get(0).isObject());
    }

    /** One explanation by reference; what it names is added to the graph. */
    private ObjectNode byReference(ObjectNode explanation) {
        ObjectNode out = NODES.objectNode();
        out.set("why", explanation.path("why").isMissingNode() ? NODES.nullNode() : explanation.get("why"));
        // What the chain's "based on" says of a premise, read back to its id.
        Map<String, String> premises = new HashMap<>();
        ArrayNode factIds = out.putArray("facts");
        for (JsonNode f : explanation.path("facts")) {
            String id = fact(f.path("field").asText(), f.path("value").asText(), text(f, "label"), text(f, "valueLabel"));
            factIds.add(id);
            premises.putIfAbsent(f.path("field").asText() + " = " + f.path("value").asText(), id);
        }
        ArrayNode chain = out.putArray("conclusions");
        for (JsonNode step : explanation.path("conclusions")) {
            List<String> basedOn = new ArrayList<>();
            for (JsonNode b : step.path("basedOn")) basedOn.add(premise(b.asText(), premises));
            String ruleId = step.path("rule").isObject() ? rule(step.get("rule")) : null;
            String id = conclusion(step.path("statement").asText(), ruleId, basedOn);
            premises.putIfAbsent(step.path("statement").asText(), id);
            chain.add(id);
        }
        out.set("rule", explanation.path("rule").isObject() ? NODES.textNode(rule(explanation.get("rule"))) : NODES.nullNode());
        ArrayNode sourceIds = out.putArray("sources");
        for (JsonNode s : explanation.path("sources")) sourceIds.add(source(s));
        return out;
    }

    /** A premise named in words: a fact or conclusion of the same explanation, an item not known, or a statement alone. */
    private String premise(String words, Map<String, String> premises) {
        String known = premises.get(words);
        if (known != null) return known;
        int eq = words.indexOf(" = ");
        if (eq > 0 && words.endsWith(" = UNKNOWN") && !words.substring(0, eq).contains(" ")) {
            String field = words.substring(0, eq);
            return fact(field, "UNKNOWN", fieldLabels.apply(field).orElse(field), "Not known");
        }
        return conclusion(words, null, List.of());
    }

    private String fact(String field, String value, String label, String valueLabel) {
        String key = field + "\u0000" + value;
        ObjectNode fact = facts.get(key);
        if (fact == null) {
            fact = NODES.objectNode();
            fact.put("id", "f" + (facts.size() + 1));
            fact.put("field", field);
            fact.put("label", label);
            fact.put("value", value);
            fact.put("valueLabel", valueLabel);
            facts.put(key, fact);
        }
        return fact.get("id").asText();
    }

    private String conclusion(String statement, String ruleId, List<String> basedOn) {
        String key = statement + "\u0000" + ruleId + "\u0000" + String.join(",", basedOn);
        ObjectNode conclusion = conclusions.get(key);
        if (conclusion == null) {
            conclusion = NODES.objectNode();
            conclusion.put("id", "c" + (conclusions.size() + 1));
            conclusion.put("statement", statement);
            conclusion.put("rule", ruleId);
            ArrayNode on = conclusion.putArray("basedOn");
            basedOn.forEach(on::add);
            conclusions.put(key, conclusion);
        }
        return conclusion.get("id").asText();
    }

    /** A rule, once: from the catalogue when it is there, otherwise as the answer named it. */
    private String rule(JsonNode ref) {
        String id = ref.path("id").asText();
        if (!ruleNodes.containsKey(id)) {
            ObjectNode rule = NODES.objectNode();
            rule.put("id", id);
            Optional<RuleInfo> info = rules.apply(id);
            rule.put("name", info.map(RuleInfo::name).orElse(text(ref, "name")));
            rule.put("file", info.map(RuleInfo::file).orElse(text(ref, "file")));
            rule.put("description", info.map(RuleInfo::description).orElse(null));
            ArrayNode cited = rule.putArray("sources");
            info.ifPresent(i -> i.sources().forEach(cited::add));
            rule.put("confidence", info.map(i -> i.confidence() == null ? null : i.confidence().name()).orElse(null));
            ruleNodes.put(id, rule);
        }
        return id;
    }

    /**
     * A source, once. The confidence an explanation gave a source is that of the first of its rules
     * citing it; the graph keeps it with the source when every explanation agrees, and null when they
     * differ (each rule's confidence is in the graph, for a reader to take the first rule's).
     */
    private String source(JsonNode ref) {
        String id = ref.path("id").asText();
        ObjectNode source = sources.get(id);
        if (source == null) {
            source = NODES.objectNode();
            source.put("id", id);
            source.put("citation", text(ref, "citation"));
            source.put("note", text(ref, "note"));
            source.put("confidence", text(ref, "confidence"));
            sources.put(id, source);
        } else if (!java.util.Objects.equals(text(source, "confidence"), text(ref, "confidence"))) {
            source.putNull("confidence"); // the explanations differ: each reads it from its own rules
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private ObjectNode section() {
        ObjectNode section = NODES.objectNode();
        section.putArray("facts").addAll(List.copyOf(facts.values()));
        section.putArray("conclusions").addAll(List.copyOf(conclusions.values()));
        section.putArray("rules").addAll(List.copyOf(ruleNodes.values()));
        section.putArray("sources").addAll(List.copyOf(sources.values()));
        return section;
    }
}
