package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.engine.Advisor;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes an answer made now in graph form straight from its objects: the bytes {@link ReasoningGraph}
 * gives for the answer as JSON, without making that JSON first. Each explanation is written by
 * reference as it is met, the knowledge base's words are left out as they are met, and the graph
 * follows the answer's own fields. For an assessment, making and walking the self-contained answer
 * as a tree (about 70 KB) had cost a third of the whole request.
 *
 * <p>Answers kept self-contained (a stored assessment) are still turned into graph form as JSON.
 */
public final class ReasoningGraphWriter {
    /** The fields of an object of the answer whose words may be the knowledge base's (see {@link ReasoningGraph#known}). */
    private static final Set<String> WORDED = Set.of("title", "text", "statement", "label", "action");

    private final ObjectMapper json;

    /** Writes with the settings of {@code json}. */
    public ReasoningGraphWriter(ObjectMapper json) {
        this.json = json.copy().registerModule(new SimpleModule("reasoning-graph").setSerializerModifier(new ByReference()));
    }

    /**
     * The answer in graph form, as JSON, with the rules and the knowledge base of {@code advisor}; with
     * the texts of its rules and sources or naming them by id (see {@link ReasoningGraph#of(com.fasterxml.jackson.databind.JsonNode,
     * Advisor, boolean)}).
     */
    public byte[] write(Object answer, Advisor advisor, boolean withTexts) {
        ReasoningGraph graph = ReasoningGraph.of(advisor, withTexts);
        try {
            return json.writer().withAttribute(ReasoningGraph.class, graph).writeValueAsBytes(new Sent(answer, graph));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be written as JSON", e);
        }
    }

    /** The answer's own fields, then the graph they were written into. */
    @JsonPropertyOrder({"answer", ReasoningGraph.SECTION})
    record Sent(@JsonUnwrapped Object answer, @JsonIgnore ReasoningGraph graph) {
        @JsonProperty(ReasoningGraph.SECTION)
        ObjectNode reasoning() {
            return graph.section();
        }
    }

    /** Writes explanations, traces and the knowledge base's words as the graph has them, when an answer is written as a graph. */
    private static final class ByReference extends BeanSerializerModifier {
        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
            List<BeanPropertyWriter> all = List.copyOf(properties);
            List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
            for (BeanPropertyWriter p : properties) {
                if (p.getName().equals("explanation")) changed.add(new ExplanationWriter(p, all));
                else if (p.getName().equals("trace")) changed.add(new TraceWriter(p, all));
                else if (WORDED.contains(p.getName())) changed.add(new WordedWriter(p, all));
                else changed.add(p);
            }
            return changed;
        }
    }

    /** A property as it is written outside a graph (the writer it stands in for), and every property of its object. */
    private abstract static class InGraph extends BeanPropertyWriter {
        final BeanPropertyWriter base;
        private final List<BeanPropertyWriter> all;

        InGraph(BeanPropertyWriter base, List<BeanPropertyWriter> all) {
            super(base);
            this.base = base;
            this.all = all;
        }

        @Override
        public final void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            if (!(prov.getAttribute(ReasoningGraph.class) instanceof ReasoningGraph graph) || !inGraph(bean, base.get(bean), graph, gen, prov)) {
                base.serializeAsField(bean, gen, prov);
            }
        }

        /** Writes the property as the graph has it; false to write it as it is. */
        abstract boolean inGraph(Object bean, Object value, ReasoningGraph graph, JsonGenerator gen, SerializerProvider prov) throws Exception;

        void write(Object value, JsonGenerator gen, SerializerProvider prov) throws Exception {
            gen.writeFieldName(_name);
            prov.defaultSerializeValue(value, gen);
        }

        /** What the knowledge base words of the object this property belongs to. */
        ReasoningGraph.Known known(Object bean, ReasoningGraph graph) {
            return graph.known(bean, fieldsOf(bean, all));
        }
    }

    /** A self-contained explanation, by reference; its why left out when it is the knowledge base's. */
    private static final class ExplanationWriter extends InGraph {
        ExplanationWriter(BeanPropertyWriter base, List<BeanPropertyWriter> all) {
            super(base, all);
        }

        @Override
        boolean inGraph(Object bean, Object value, ReasoningGraph graph, JsonGenerator gen, SerializerProvider prov) throws Exception {
            if (!(value instanceof Explanation e) || !selfContained(e)) return false;
            write(graph.byReference(e, known(bean, graph).why()), gen, prov);
            return true;
        }

        /** As {@link ReasoningGraph} recognises one in JSON: with its facts and its chain of conclusions. */
        private static boolean selfContained(Explanation e) {
            return e.facts() != null && e.conclusions() != null && (e.facts().isEmpty() || e.facts().get(0) != null)
                    && (e.conclusions().isEmpty() || e.conclusions().get(0) != null);
        }
    }

    /** The rules that fired, by id. */
    private static final class TraceWriter extends InGraph {
        TraceWriter(BeanPropertyWriter base, List<BeanPropertyWriter> all) {
            super(base, all);
        }

        @Override
        boolean inGraph(Object bean, Object value, ReasoningGraph graph, JsonGenerator gen, SerializerProvider prov) throws Exception {
            if (!(value instanceof List<?> trace)) return false;
            List<String> ids = new ArrayList<>(trace.size());
            for (Object rule : trace) {
                if (rule instanceof Explanation.RuleRef ref) ids.add(graph.rule(ref));
                else if (rule instanceof String id) ids.add(id);
                else throw new IllegalStateException("A trace names rules, not " + rule);
            }
            write(graph.trace(ids), gen, prov);
            return true;
        }
    }

    /** A field left out where its words are the knowledge base's. */
    private static final class WordedWriter extends InGraph {
        WordedWriter(BeanPropertyWriter base, List<BeanPropertyWriter> all) {
            super(base, all);
        }

        @Override
        boolean inGraph(Object bean, Object value, ReasoningGraph graph, JsonGenerator gen, SerializerProvider prov) {
            return value != null && known(bean, graph).leftOut().contains(getName());
        }
    }

    /** An object of the answer as the graph reads it, as it would be written: its fields that are not null. */
    private static ReasoningGraph.Fields fieldsOf(Object bean, List<BeanPropertyWriter> properties) {
        return new ReasoningGraph.Fields() {
            @Override
            public String text(String name) {
                for (BeanPropertyWriter p : properties) {
                    if (p.getName().equals(name)) {
                        Object value = value(p);
                        if (value == null) return null;
                        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                                ? String.valueOf(value) : "";
                    }
                }
                return null;
            }

            @Override
            public int size() {
                int size = 0;
                for (BeanPropertyWriter p : properties) if (value(p) != null) size++;
                return size;
            }

            private Object value(BeanPropertyWriter p) {
                try {
                    return p.get(bean);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot read " + p.getName() + " of " + bean.getClass().getSimpleName(), e);
                }
            }
        };
    }
}
