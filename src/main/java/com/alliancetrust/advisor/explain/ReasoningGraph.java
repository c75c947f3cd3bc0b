package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.CasePointText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
    private final Predicate<String> knownSource;
    private final boolean withTexts;
    private final Wording wording;
    private final Map<String, ObjectNode> facts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> conclusions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> ruleNodes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> sources = new LinkedHashMap<>();
    /** Named by id only: the confidence the first explanation gave a source, those given differing ones, and those not their rules'. */
    private final Map<String, String> givenConfidence = new LinkedHashMap<>();
    private final Set<String> givenDiffering = new HashSet<>();
    private final Set<String> notByRules = new HashSet<>();

    private ReasoningGraph(Function<String, Optional<RuleInfo>> rules, Function<String, Optional<String>> fieldLabels,
                           Predicate<String> knownSource, boolean withTexts, Wording wording) {
        Map<String, Optional<RuleInfo>> looked = new HashMap<>(); // an answer names its few rules many times over
        this.rules = id -> looked.computeIfAbsent(id, rules);
        this.fieldLabels = fieldLabels;
        this.knownSource = knownSource;
        this.withTexts = withTexts;
        this.wording = wording;
    }

    /** An input field's label and how to find it out, as its catalogue words them. */
    public record FieldWords(String label, String collect) {
    }

    /**
     * The knowledge base's wording of advice and of the business case's statements, by id: what a
     * recommendation or a statement of the business case says when it says exactly that (its subject
     * filled in) is left to the reader to take from the knowledge base of the same version.
     */
    public interface Wording {
        Optional<AdviceText> advice(String id);

        Optional<CasePointText> casePoint(String id);

        /** An input field of the catalogues (evidence, fit and power, our side) by its key: its label and how to find it out. */
        default Optional<FieldWords> field(String key) {
            return Optional.empty();
        }

        Wording NONE = new Wording() {
            @Override
            public Optional<AdviceText> advice(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<CasePointText> casePoint(String id) {
                return Optional.empty();
            }
        };
    }

    /**
     * The answer in graph form: a copy of {@code answer} with every explanation by reference and the
     * {@code reasoning} section added.
     *
     * @param rules the rule catalogue, for each rule's description, sources and confidence (a rule no longer in it keeps what the answer said of it)
     * @param fieldLabels the label of an input field, for the facts an explanation names as not known
     */
    public static JsonNode of(JsonNode answer, Function<String, Optional<RuleInfo>> rules, Function<String, Optional<String>> fieldLabels) {
        return of(answer, rules, fieldLabels, id -> false, true, Wording.NONE);
    }

    /**
     * The answer in graph form, with the texts of its rules and sources ({@code withTexts}) or naming
     * them by id only: a rule's name, file, description, sources and confidence, and a source's
     * citation and note, are the same for every answer of one rules version, and a reader takes them
     * from the rule catalogue and the bibliography of that version. Without texts, the rules the
     * catalogue does not hold and the sources the bibliography does not are still given, as the answer
     * named them, and the trace names each rule once, in the order it first fired. The rules the catalogue
     * holds are listed once each with a short id of the answer's own ({@code r1}, {@code r2}, ...) and
     * their id in the catalogue ({@code rule}); the answer refers to them by the short id. Without texts too, a
     * recommendation's title, text and why, a business case statement and its why, and the label and
     * how-to-find-out of a step to find an input out ({@link Action}), are left out where they are the
     * knowledge base's wording of that advice, statement or input field (see {@link Wording}).
     *
     * @param knownSource whether the bibliography holds a source
     */
    public static JsonNode of(JsonNode answer, Function<String, Optional<RuleInfo>> rules, Function<String, Optional<String>> fieldLabels,
                              Predicate<String> knownSource, boolean withTexts, Wording wording) {
        return of(answer, rules, fieldLabels, knownSource, withTexts, wording, false);
    }

    private static JsonNode of(JsonNode answer, Function<String, Optional<RuleInfo>> rules, Function<String, Optional<String>> fieldLabels,
                               Predicate<String> knownSource, boolean withTexts, Wording wording, boolean owned) {
        if (answer == null || !answer.isObject() || answer.has(SECTION)) return answer;
        ReasoningGraph graph = new ReasoningGraph(rules, fieldLabels, knownSource, withTexts, withTexts ? Wording.NONE : wording);
        ObjectNode copy = owned ? (ObjectNode) answer : ((ObjectNode) answer).deepCopy();
        graph.walk(copy);
        copy.set(SECTION, graph.section());
        return copy;
    }

    /** With the rules and the knowledge base of this advisor, and the texts of its rules and sources. */
    public static JsonNode of(JsonNode answer, Advisor advisor) {
        return of(answer, advisor, true);
    }

    /** With the rules and the knowledge base of this advisor; with the texts of its rules and sources or by id only. */
    public static JsonNode of(JsonNode answer, Advisor advisor, boolean withTexts) {
        return of(answer, advisor, withTexts, false);
    }

    /**
     * The same, written into {@code answer} itself rather than into a copy: for a tree made for this
     * answer alone (the answer as JSON, about to be sent), which nothing else reads.
     */
    public static JsonNode ofOwned(JsonNode answer, Advisor advisor, boolean withTexts) {
        return of(answer, advisor, withTexts, true);
    }

    private static JsonNode of(JsonNode answer, Advisor advisor, boolean withTexts, boolean owned) {
        var kb = advisor.knowledge();
        return of(answer, advisor::rule, field -> kb.evidenceField(field).map(f -> f.label())
                .or(() -> kb.dealField(field).map(f -> f.label())).or(() -> kb.ourSideField(field).map(f -> f.label())),
                id -> kb.bibliography().containsKey(id), withTexts, new Wording() {
                    @Override
                    public Optional<AdviceText> advice(String id) {
                        return Optional.ofNullable(kb.advice().get(id));
                    }

                    @Override
                    public Optional<CasePointText> casePoint(String id) {
                        return Optional.ofNullable(kb.businessCase().get(id));
                    }

                    @Override
                    public Optional<FieldWords> field(String key) {
                        return kb.evidenceField(key).map(f -> new FieldWords(f.label(), f.collect()))
                                .or(() -> kb.dealField(key).map(f -> new FieldWords(f.label(), f.collect())))
                                .or(() -> kb.ourSideField(key).map(f -> new FieldWords(f.label(), f.collect())));
                    }
                }, owned);
    }

    /** With the catalogue of these rules. */
    public static JsonNode of(JsonNode answer, List<RuleInfo> catalogue, Function<String, Optional<String>> fieldLabels) {
        Map<String, RuleInfo> byId = new HashMap<>();
        catalogue.forEach(r -> byId.putIfAbsent(r.id(), r));
        return of(answer, id -> Optional.ofNullable(byId.get(id)), fieldLabels);
    }

    private void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String why = knownWording(object);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("explanation") && isExplanation(value)) {
                    ObjectNode explanation = byReference((ObjectNode) value);
                    if (why != null && why.equals(text(explanation, "why"))) explanation.remove("why");
                    object.set(name, explanation);
                } else if (name.equals("trace") && value.isArray()) {
                    ArrayNode ids = NODES.arrayNode();
                    Set<String> named = new HashSet<>();
                    value.forEach(r -> {
                        String id = r.isObject() ? rule(r) : r.asText();
                        if (withTexts || named.add(id)) ids.add(id);
                    });
                    object.set(name, ids);
                } else {
                    walk(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::walk);
        }
    }

    /**
     * A recommendation ({@code priority}) or a business case statement ({@code section}) the knowledge
     * base words: its words left out where they are the knowledge base's; the why it would give, if any.
     */
    private String knownWording(ObjectNode object) {
        if (object.size() == 3 && object.hasNonNull("field") && object.has("label") && object.has("action")) {
            // A step to find an input out, in its catalogue's words: named by the field alone.
            Optional<FieldWords> words = wording.field(object.get("field").asText());
            if (words.isPresent() && words.get().label() != null && words.get().label().equals(text(object, "label"))
                    && words.get().collect() != null && words.get().collect().equals(text(object, "action"))) {
                object.remove("label");
                object.remove("action");
            }
            return null;
        }
        if (!object.hasNonNull("id") || !object.has("explanation")) return null;
        String id = object.get("id").asText();
        if (object.has("priority")) {
            Optional<AdviceText> advice = wording.advice(id);
            if (advice.isEmpty()) return null;
            String subject = text(object, "subject");
            removeIfSame(object, "title", AdviceWording.fill(advice.get().title(), subject));
            removeIfSame(object, "text", AdviceWording.fill(advice.get().text(), subject));
            return AdviceWording.fill(advice.get().why(), subject);
        }
        if (object.has("section")) {
            Optional<CasePointText> point = wording.casePoint(id);
            if (point.isEmpty()) return null;
            removeIfSame(object, "statement", point.get().statement());
            return point.get().why();
        }
        return null;
    }

    private static void removeIfSame(ObjectNode object, String field, String words) {
        if (words != null && words.equals(text(object, field))) object.remove(field);
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
        // The rules a reader takes a source's confidence from, first the deciding rule, then the chain's.
        List<String> used = new ArrayList<>();
        if (explanation.path("rule").isObject()) used.add(explanation.get("rule").path("id").asText());
        for (JsonNode step : explanation.path("conclusions")) if (step.path("rule").isObject()) used.add(step.get("rule").path("id").asText());
        ArrayNode sourceIds = out.putArray("sources");
        for (JsonNode s : explanation.path("sources")) sourceIds.add(source(s, used));
        // Without texts, sources that are those of its rules, in the catalogue's order, are left for the reader to take from them.
        if (!withTexts && sourceIds.equals(sourcesOfRules(used))) out.remove("sources");
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
            Optional<RuleInfo> info = rules.apply(id);
            if (!withTexts && info.isPresent()) {
                // Named by a short id of the answer's own, and by its id in the catalogue of this version once, here.
                ObjectNode rule = NODES.objectNode();
                rule.put("id", "r" + (ruleNodes.size() + 1));
                rule.put("rule", id);
                ruleNodes.put(id, rule);
                return rule.get("id").asText();
            }
            ObjectNode rule = NODES.objectNode();
            rule.put("id", id);
            rule.put("name", info.map(RuleInfo::name).orElse(text(ref, "name")));
            rule.put("file", info.map(RuleInfo::file).orElse(text(ref, "file")));
            rule.put("description", info.map(RuleInfo::description).orElse(null));
            ArrayNode cited = rule.putArray("sources");
            info.ifPresent(i -> i.sources().forEach(cited::add));
            rule.put("confidence", info.map(i -> i.confidence() == null ? null : i.confidence().name()).orElse(null));
            ruleNodes.put(id, rule);
        }
        return ruleNodes.get(id).get("id").asText();
    }

    /**
     * A source, once. The confidence an explanation gave a source is that of the first of its rules
     * citing it; the graph keeps it with the source when every explanation agrees, and null when they
     * differ (each rule's confidence is in the graph, for a reader to take the first rule's).
     */
    private String source(JsonNode ref, List<String> used) {
        String id = ref.path("id").asText();
        if (!withTexts && knownSource.test(id)) {
            // The bibliography holds it. Its confidence is that of the first of the explanation's rules citing it; one given
            // otherwise (research cited from the knowledge base rather than by a rule) is kept with the source's id.
            String given = text(ref, "confidence");
            if (!givenConfidence.containsKey(id)) givenConfidence.put(id, given);
            else if (!Objects.equals(givenConfidence.get(id), given)) givenDiffering.add(id);
            if (!Objects.equals(given, confidenceByRules(id, used))) notByRules.add(id);
            return id;
        }
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

    /** The sources these rules cite, each once, in the order of the rules and of each rule's sources in the catalogue. */
    private ArrayNode sourcesOfRules(List<String> used) {
        Set<String> ids = new LinkedHashSet<>();
        for (String ruleId : used) rules.apply(ruleId).ifPresent(r -> ids.addAll(r.sources()));
        ArrayNode list = NODES.arrayNode();
        ids.forEach(list::add);
        return list;
    }

    /** The confidence of the first of these rules citing the source, as the catalogue gives it. */
    private String confidenceByRules(String sourceId, List<String> used) {
        for (String ruleId : used) {
            Optional<RuleInfo> info = rules.apply(ruleId);
            if (info.isPresent() && info.get().sources().contains(sourceId)) {
                return info.get().confidence() == null ? null : info.get().confidence().name();
            }
        }
        return null;
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
        ArrayNode sourceList = section.putArray("sources");
        sourceList.addAll(List.copyOf(sources.values()));
        // A source named by id whose confidence is not that of the explanation's rules keeps the confidence given,
        // when every explanation gave the same; otherwise each explanation reads it from its own rules.
        givenConfidence.forEach((id, given) -> {
            if (!notByRules.contains(id)) return;
            ObjectNode source = sourceList.addObject();
            source.put("id", id);
            source.put("confidence", givenDiffering.contains(id) ? null : given);
        });
        return section;
    }
}
