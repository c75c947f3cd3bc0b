package com.alliancetrust.advisor.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.engine.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an answer sent with its reasoning as one graph back into self-contained explanations, as the
 * web application does: for tests that look into an answer's explanations. Rules and sources the
 * answer names by id only are read from the catalogue of the test advisor's version, as the web
 * application reads them from {@code GET /api/v1/rules} and {@code GET /api/v1/knowledge/bibliography}.
 */
public final class Reasoned {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Reasoned() {
    }

    /** The answer with each explanation resolved from the graph, in the self-contained form, as the web application resolves it. */
    public static JsonNode resolve(JsonNode graph) {
        JsonNode reasoning = graph.path("reasoning");
        Map<String, JsonNode> facts = byId(reasoning.path("facts"));
        Map<String, JsonNode> conclusions = byId(reasoning.path("conclusions"));
        Map<String, JsonNode> rules = catalogueRules();
        // A rule named by the answer's own short id is the catalogue's rule its entry names.
        byId(reasoning.path("rules")).forEach((id, rule) -> rules.put(id, rule.hasNonNull("rule") ? rules.get(rule.get("rule").asText()) : rule));
        Map<String, JsonNode> sources = bibliography();
        // A source the answer gives only a confidence for takes its citation and note from the bibliography.
        byId(reasoning.path("sources")).forEach((id, own) -> {
            ObjectNode merged = sources.containsKey(id) ? ((ObjectNode) sources.get(id)).deepCopy() : NODES.objectNode();
            own.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) merged.set(f.getKey(), f.getValue());
            });
            if (own.path("confidence").isNull()) merged.putNull("confidence");
            sources.put(id, merged);
        });
        ObjectNode copy = ((ObjectNode) graph).deepCopy();
        copy.remove("reasoning");
        resolve(copy, facts, conclusions, rules, sources);
        return copy;
    }

    private static void resolve(JsonNode node, Map<String, JsonNode> facts, Map<String, JsonNode> conclusions, Map<String, JsonNode> rules,
                                Map<String, JsonNode> sources) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("explanation") && value.isObject() && value.path("facts").isArray()) {
                    object.set(name, explanation(value, facts, conclusions, rules, sources));
                } else if (name.equals("trace")) {
                    ArrayNode refs = NODES.arrayNode();
                    value.forEach(id -> refs.add(ruleRef(rules.get(id.asText()))));
                    object.set(name, refs);
                } else {
                    resolve(value, facts, conclusions, rules, sources);
                }
            }
            worded(object);
        } else if (node instanceof ArrayNode array) {
            array.forEach(n -> resolve(n, facts, conclusions, rules, sources));
        }
    }

    private static ObjectNode explanation(JsonNode refs, Map<String, JsonNode> facts, Map<String, JsonNode> conclusions,
                                          Map<String, JsonNode> rules, Map<String, JsonNode> sources) {
        ObjectNode out = NODES.objectNode();
        out.set("why", refs.get("why"));
        ArrayNode factList = out.putArray("facts");
        refs.path("facts").forEach(id -> {
            ObjectNode f = ((ObjectNode) facts.get(id.asText())).deepCopy();
            f.remove("id");
            factList.add(f);
        });
        ArrayNode chain = out.putArray("conclusions");
        List<JsonNode> rulesUsed = new ArrayList<>();
        if (refs.hasNonNull("rule")) rulesUsed.add(rules.get(refs.get("rule").asText()));
        refs.path("conclusions").forEach(id -> {
            JsonNode c = conclusions.get(id.asText());
            ObjectNode step = chain.addObject();
            step.put("statement", c.path("statement").asText());
            step.set("rule", c.hasNonNull("rule") ? ruleRef(rules.get(c.get("rule").asText())) : NODES.nullNode());
            ArrayNode basedOn = step.putArray("basedOn");
            c.path("basedOn").forEach(b -> {
                JsonNode fact = facts.get(b.asText());
                basedOn.add(fact != null ? fact.path("field").asText() + " = " + fact.path("value").asText()
                        : conclusions.get(b.asText()).path("statement").asText());
            });
            if (c.hasNonNull("rule")) rulesUsed.add(rules.get(c.get("rule").asText()));
        });
        out.set("rule", refs.hasNonNull("rule") ? ruleRef(rules.get(refs.get("rule").asText())) : NODES.nullNode());
        ArrayNode sourceList = out.putArray("sources");
        ArrayNode sourceIds = NODES.arrayNode();
        if (refs.has("sources")) {
            sourceIds.addAll((ArrayNode) refs.get("sources"));
        } else { // those of its rules, each once, in order
            new java.util.LinkedHashSet<>(rulesUsed.stream().filter(java.util.Objects::nonNull)
                    .flatMap(r -> java.util.stream.StreamSupport.stream(r.path("sources").spliterator(), false).map(JsonNode::asText)).toList())
                    .forEach(sourceIds::add);
        }
        sourceIds.forEach(id -> {
            JsonNode s = sources.get(id.asText());
            String confidence = s.hasNonNull("confidence") ? s.get("confidence").asText() : rulesUsed.stream()
                    .filter(r -> r.path("sources").toString().contains("\"" + id.asText() + "\"")).findFirst()
                    .map(r -> r.path("confidence").asText(null)).orElse(null);
            ObjectNode source = sourceList.addObject();
            source.put("id", id.asText());
            source.put("citation", s.path("citation").asText(null));
            source.put("confidence", confidence);
            source.put("note", s.path("note").asText(null));
        });
        return out;
    }

    private static ObjectNode ruleRef(JsonNode rule) {
        ObjectNode ref = NODES.objectNode();
        ref.put("id", rule.path("id").asText());
        ref.put("name", rule.path("name").asText());
        ref.put("file", rule.path("file").asText());
        return ref;
    }

    /** As written: a field whose value is null is left out. */
    public static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = NODES.objectNode();
            object.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) out.set(e.getKey(), withoutNulls(e.getValue()));
            });
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = NODES.arrayNode();
            array.forEach(n -> out.add(withoutNulls(n)));
            return out;
        }
        return node;
    }

    /**
     * A recommendation or business case statement sent without the words it has from the knowledge base
     * (GET /api/v1/knowledge/advice and /api/v1/knowledge/business-case), its words put back; the fields
     * in the order the answer's types give them.
     */
    private static void worded(ObjectNode object) {
        var kb = TestAdvisor.get().knowledge();
        if (object.size() == 1 && object.hasNonNull("field")) {
            String key = object.get("field").asText();
            kb.evidenceField(key).map(f -> new String[] {f.label(), f.collect()})
                    .or(() -> kb.dealField(key).map(f -> new String[] {f.label(), f.collect()}))
                    .or(() -> kb.ourSideField(key).map(f -> new String[] {f.label(), f.collect()}))
                    .ifPresent(words -> object.put("label", words[0]).put("action", words[1]));
            return;
        }
        if (!object.hasNonNull("id") || !object.path("explanation").isObject()) return;
        ObjectNode explanation = (ObjectNode) object.get("explanation");
        String subject = object.hasNonNull("subject") ? object.get("subject").asText() : null;
        if (object.has("priority") && kb.advice().containsKey(object.get("id").asText())) {
            var advice = kb.advice().get(object.get("id").asText());
            if (!object.has("title")) object.put("title", AdviceWording.fill(advice.title(), subject));
            if (!object.has("text")) object.put("text", AdviceWording.fill(advice.text(), subject));
            if (!explanation.has("why") || explanation.get("why").isNull()) explanation.put("why", AdviceWording.fill(advice.why(), subject));
        } else if (object.has("section") && kb.businessCase().containsKey(object.get("id").asText())) {
            var point = kb.businessCase().get(object.get("id").asText());
            if (!object.has("statement")) object.put("statement", point.statement());
            if (!explanation.has("why") || explanation.get("why").isNull()) explanation.put("why", point.why());
        }
    }

    /** The rule catalogue of the test advisor, as {@code GET /api/v1/rules} sends it. */
    private static Map<String, JsonNode> catalogueRules() {
        Map<String, JsonNode> byId = new HashMap<>();
        for (RuleInfo r : TestAdvisor.get().rules()) {
            ObjectNode rule = NODES.objectNode();
            rule.put("id", r.id());
            rule.put("name", r.name());
            rule.put("file", r.file());
            rule.put("description", r.description());
            r.sources().forEach(rule.putArray("sources")::add);
            rule.put("confidence", r.confidence() == null ? null : r.confidence().name());
            byId.putIfAbsent(r.id(), rule);
        }
        return byId;
    }

    /** The bibliography of the test advisor, as {@code GET /api/v1/knowledge/bibliography} sends it. */
    private static Map<String, JsonNode> bibliography() {
        Map<String, JsonNode> byId = new HashMap<>();
        TestAdvisor.get().knowledge().bibliography().values().forEach(s -> {
            ObjectNode source = NODES.objectNode();
            source.put("id", s.id());
            source.put("citation", s.citation());
            source.put("note", s.note());
            byId.put(s.id(), source);
        });
        return byId;
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(n -> byId.put(n.path("id").asText(), n));
        return byId;
    }
}
