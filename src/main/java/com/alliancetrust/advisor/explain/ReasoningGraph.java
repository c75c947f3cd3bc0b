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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Writes an answer with its reasoning as one graph: every input fact, intermediate conclusion, rule
 * and research source once, in the answer's {@code reasoning} section, each with an id; every
 * explanation in the answer keeps its {@code why} and refers to the facts, conclusions, deciding rule
 * and sources by id (see {@link Reasoning}). An answer's explanations are built self-contained
 * ({@link Explanation}) and stored so; this turns such an answer, as JSON, into the graph form it is
 * sent in. An answer already in graph form is returned as it is. An answer made now is written in the
 * same form straight from its objects, through the same graph ({@link ReasoningGraphWriter}).
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
    private final Map<FactKey, ObjectNode> facts = new LinkedHashMap<>();
    private final Map<ConclusionKey, ObjectNode> conclusions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> ruleNodes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> sources = new LinkedHashMap<>();
    /** Named by id only: the confidence the first explanation gave a source, those given differing ones, and those not their rules'. */
    private final Map<String, String> givenConfidence = new LinkedHashMap<>();
    private final Set<String> givenDiffering = new HashSet<>();
    private final Set<String> notByRules = new HashSet<>();
    private final Map<Object, Known> knownByObject = new IdentityHashMap<>();
    /** Each input fact of the answer (one instance, named by many explanations): its id, and its premise in words, "field = value". */
    private final Map<Explanation.InputFact, FactRef> factRefs = new IdentityHashMap<>();

    private record FactRef(String id, String premise) {
    }

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

    /** With the rules and the knowledge base of this advisor, and the texts of its rules and sources. */
    public static JsonNode of(JsonNode answer, Advisor advisor) {
        return of(answer, advisor, true);
    }

    /**
     * The answer in graph form: a copy of {@code answer} with every explanation by reference and the
     * {@code reasoning} section added, with the rules and the knowledge base of this advisor. The rule
     * catalogue gives each rule's description, sources and confidence (a rule no longer in it keeps
     * what the answer said of it); the knowledge base the label of an input field an explanation names
     * as not known.
     *
     * <p>With the texts of its rules and sources ({@code withTexts}) or naming them by id only: a rule's
     * name, file, description, sources and confidence, and a source's citation and note, are the same
     * for every answer of one rules version, and a reader takes them from the rule catalogue and the
     * bibliography of that version. Without texts, the rules the catalogue does not hold and the
     * sources the bibliography does not are still given, as the answer named them, and the trace names
     * each rule once, in the order it first fired. The rules the catalogue holds are listed once each
     * with a short id of the answer's own ({@code r1}, {@code r2}, ...) and their id in the catalogue
     * ({@code rule}); the answer refers to them by the short id. Without texts too, a recommendation's
     * title, text and why, a business case statement and its why, and the label and how-to-find-out
     * of a step to find an input out ({@link Action}), are left out where they are the knowledge
     * base's wording of that advice, statement or input field (see {@link Wording}).
     */
    public static JsonNode of(JsonNode answer, Advisor advisor, boolean withTexts) {
        return of(answer, () -> of(advisor, withTexts));
    }

    private static JsonNode of(JsonNode answer, Supplier<ReasoningGraph> graphs) {
        if (answer == null || !answer.isObject() || answer.has(SECTION)) return answer;
        ReasoningGraph graph = graphs.get();
        ObjectNode copy = ((ObjectNode) answer).deepCopy();
        graph.walk(copy);
        copy.set(SECTION, graph.section());
        return copy;
    }

    /** An empty graph with the rules and the knowledge base of this advisor, to be filled by one answer. */
    static ReasoningGraph of(Advisor advisor, boolean withTexts) {
        var kb = advisor.knowledge();
        return new ReasoningGraph(advisor::rule, field -> kb.evidenceField(field).map(f -> f.label())
                .or(() -> kb.dealField(field).map(f -> f.label())).or(() -> kb.ourSideField(field).map(f -> f.label())),
                id -> kb.bibliography().containsKey(id), withTexts, withTexts ? Wording.NONE : new Wording() {
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
                });
    }

    private void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String why = knownWording(object);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("explanation") && isExplanation(value)) {
                    object.set(name, byReference(explanationOf(value), why));
                } else if (name.equals("trace") && value.isArray()) {
                    List<String> ids = new ArrayList<>();
                    value.forEach(r -> ids.add(r.isObject() ? rule(ruleOf(r)) : r.asText()));
                    object.set(name, trace(ids));
                } else {
                    walk(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::walk);
        }
    }

    /** A trace by rule id: without texts, each rule once, in the order it first fired. */
    ArrayNode trace(List<String> ids) {
        ArrayNode trace = NODES.arrayNode();
        Set<String> named = new HashSet<>();
        for (String id : ids) if (withTexts || named.add(id)) trace.add(id);
        return trace;
    }

    /** An object of the answer as the graph reads it: a field's text by name (null when it has none), and how many fields it has. */
    interface Fields {
        String text(String name);

        int size();
    }

    /** Of an object of the answer, the fields whose words are the knowledge base's, and the why the knowledge base gives it. */
    record Known(Set<String> leftOut, String why) {
        static final Known NOTHING = new Known(Set.of(), null);
    }

    /**
     * A recommendation ({@code priority}), a business case statement ({@code section}) or a step to
     * find an input out the knowledge base words: the fields it has in the knowledge base's words,
     * and the why it would give, if any.
     */
    Known known(Fields object) {
        // The size last: it reads every field of the object.
        if (object.text("field") != null && object.text("label") != null && object.text("action") != null && object.size() == 3) {
            // A step to find an input out, in its catalogue's words: named by the field alone.
            Optional<FieldWords> words = wording.field(object.text("field"));
            boolean same = words.isPresent() && words.get().label() != null && words.get().label().equals(object.text("label"))
                    && words.get().collect() != null && words.get().collect().equals(object.text("action"));
            return same ? new Known(Set.of("label", "action"), null) : Known.NOTHING;
        }
        String id = object.text("id");
        if (id == null || object.text("explanation") == null) return Known.NOTHING;
        Set<String> leftOut = new HashSet<>();
        if (object.text("priority") != null) {
            Optional<AdviceText> advice = wording.advice(id);
            if (advice.isEmpty()) return Known.NOTHING;
            String subject = object.text("subject");
            if (same(object, "title", AdviceWording.fill(advice.get().title(), subject))) leftOut.add("title");
            if (same(object, "text", AdviceWording.fill(advice.get().text(), subject))) leftOut.add("text");
            return new Known(leftOut, AdviceWording.fill(advice.get().why(), subject));
        }
        if (object.text("section") != null) {
            Optional<CasePointText> point = wording.casePoint(id);
            if (point.isEmpty()) return Known.NOTHING;
            if (same(object, "statement", point.get().statement())) leftOut.add("statement");
            return new Known(leftOut, point.get().why());
        }
        return Known.NOTHING;
    }

    /** The same for an object of the answer as it is written, reckoned once for each. */
    Known known(Object object, Fields fields) {
        return knownByObject.computeIfAbsent(object, o -> known(fields));
    }

    private static boolean same(Fields object, String field, String words) {
        return words != null && words.equals(object.text(field));
    }

    /** The same, for an object of the answer as JSON: its words left out where they are the knowledge base's; the why it would give. */
    private String knownWording(ObjectNode object) {
        Known known = known(new Fields() {
            @Override
            public String text(String name) {
                JsonNode value = object.get(name);
                return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : "";
            }

            @Override
            public int size() {
                return object.size();
            }
        });
        known.leftOut().forEach(object::remove);
        return known.why();
    }

    private static boolean isExplanation(JsonNode node) {
        return node.isObject() && node.path("facts").isArray() && node.path("conclusions").isArray()
                && (node.path("facts").isEmpty() || node.path("facts").get(0).isObject())
                && (node.path("conclusions").isEmpty() || node.path("conclusions").get(0).isObject());
    }

    /** An explanation as an answer wrote it as JSON (a stored one, say): read as the record it was written from. */
    private static Explanation explanationOf(JsonNode e) {
        List<Explanation.InputFact> facts = new ArrayList<>();
        for (JsonNode f : e.path("facts")) {
            facts.add(new Explanation.InputFact(f.path("field").asText(), text(f, "label"), f.path("value").asText(), text(f, "valueLabel")));
        }
        List<Explanation.Step> steps = new ArrayList<>();
        for (JsonNode step : e.path("conclusions")) {
            List<String> basedOn = new ArrayList<>();
            step.path("basedOn").forEach(b -> basedOn.add(b.asText()));
            steps.add(new Explanation.Step(step.path("statement").asText(), step.path("rule").isObject() ? ruleOf(step.get("rule")) : null, basedOn));
        }
        List<Explanation.SourceRef> sources = new ArrayList<>();
        for (JsonNode s : e.path("sources")) {
            sources.add(new Explanation.SourceRef(s.path("id").asText(), text(s, "citation"), text(s, "confidence"), text(s, "note")));
        }
        return new Explanation(text(e, "why"), facts, steps, e.path("rule").isObject() ? ruleOf(e.get("rule")) : null, sources);
    }

    private static Explanation.RuleRef ruleOf(JsonNode ref) {
        return new Explanation.RuleRef(ref.path("id").asText(), text(ref, "name"), text(ref, "file"));
    }

    /**
     * One explanation by reference; what it names is added to the graph. Its why is left out when it
     * is {@code knownWhy}, the why the knowledge base words for what it explains.
     */
    ObjectNode byReference(Explanation explanation, String knownWhy) {
        ObjectNode out = NODES.objectNode();
        String why = explanation.why();
        if (why == null || !why.equals(knownWhy)) out.put("why", why);
        // What the chain's "based on" says of a premise, read back to its id.
        Map<String, String> premises = new HashMap<>();
        ArrayNode factIds = out.putArray("facts");
        for (Explanation.InputFact f : explanation.facts()) {
            FactRef ref = factRefs.computeIfAbsent(f, this::factRef);
            factIds.add(ref.id());
            premises.putIfAbsent(ref.premise(), ref.id());
        }
        ArrayNode chain = out.putArray("conclusions");
        List<String> used = new ArrayList<>(); // the rules a reader takes a source's confidence from, first the deciding rule, then the chain's
        if (explanation.rule() != null) used.add(orEmpty(explanation.rule().id()));
        for (Explanation.Step step : explanation.conclusions()) {
            List<String> basedOn = new ArrayList<>();
            if (step.basedOn() != null) for (String b : step.basedOn()) basedOn.add(premise(orEmpty(b), premises));
            String ruleId = step.rule() != null ? rule(step.rule()) : null;
            String statement = orEmpty(step.statement());
            String id = conclusion(statement, ruleId, basedOn);
            premises.putIfAbsent(statement, id);
            chain.add(id);
            if (step.rule() != null) used.add(orEmpty(step.rule().id()));
        }
        out.put("rule", explanation.rule() != null ? rule(explanation.rule()) : null);
        List<String> sourceIds = new ArrayList<>();
        if (explanation.sources() != null) for (Explanation.SourceRef s : explanation.sources()) sourceIds.add(source(s, used));
        // Without texts, sources that are those of its rules, in the catalogue's order, are left for the reader to take from them.
        if (withTexts || !sourceIds.equals(sourcesOfRules(used))) sourceIds.forEach(out.putArray("sources")::add);
        return out;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private FactRef factRef(Explanation.InputFact f) {
        String field = orEmpty(f.field());
        String value = orEmpty(f.value());
        return new FactRef(fact(field, value, f.label(), f.valueLabel()), field + " = " + value);
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

    /** The same fact: the same field and value. */
    private record FactKey(String field, String value) {
    }

    /** The same conclusion: the same statement, drawn by the same rule from the same premises. */
    private record ConclusionKey(String statement, String rule, List<String> basedOn) {
    }

    private String fact(String field, String value, String label, String valueLabel) {
        FactKey key = new FactKey(field, value);
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
        ConclusionKey key = new ConclusionKey(statement, ruleId, basedOn);
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
    String rule(Explanation.RuleRef ref) {
        String id = orEmpty(ref.id());
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
            rule.put("name", info.map(RuleInfo::name).orElse(ref.name()));
            rule.put("file", info.map(RuleInfo::file).orElse(ref.file()));
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
    private String source(Explanation.SourceRef ref, List<String> used) {
        String id = orEmpty(ref.id());
        if (!withTexts && knownSource.test(id)) {
            // The bibliography holds it. Its confidence is that of the first of the explanation's rules citing it; one given
            // otherwise (research cited from the knowledge base rather than by a rule) is kept with the source's id.
            String given = ref.confidence();
            if (!givenConfidence.containsKey(id)) givenConfidence.put(id, given);
            else if (!Objects.equals(givenConfidence.get(id), given)) givenDiffering.add(id);
            if (!Objects.equals(given, confidenceByRules(id, used))) notByRules.add(id);
            return id;
        }
        ObjectNode source = sources.get(id);
        if (source == null) {
            source = NODES.objectNode();
            source.put("id", id);
            source.put("citation", ref.citation());
            source.put("note", ref.note());
            source.put("confidence", ref.confidence());
            sources.put(id, source);
        } else if (!Objects.equals(text(source, "confidence"), ref.confidence())) {
            source.putNull("confidence"); // the explanations differ: each reads it from its own rules
        }
        return id;
    }

    /** The sources these rules cite, each once, in the order of the rules and of each rule's sources in the catalogue. */
    private List<String> sourcesOfRules(List<String> used) {
        Set<String> ids = new LinkedHashSet<>();
        for (String ruleId : used) rules.apply(ruleId).ifPresent(r -> ids.addAll(r.sources()));
        return List.copyOf(ids);
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

    ObjectNode section() {
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
