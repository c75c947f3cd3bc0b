package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.Conclusion;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.MissingEvidence;
import com.alliancetrust.advisor.domain.MissingFitFact;
import com.alliancetrust.advisor.engine.Derivation;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.explain.Explanation.InputFact;
import com.alliancetrust.advisor.explain.Explanation.RuleRef;
import com.alliancetrust.advisor.explain.Explanation.SourceRef;
import com.alliancetrust.advisor.explain.Explanation.Step;
import com.alliancetrust.advisor.knowledge.Confidence;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds explanations by walking the derivation graph of one evaluation back from a conclusion to
 * the inputs, so that each "why" is the actual chain of rules that fired, not a canned text.
 *
 * <p>The explanations of one evaluation share most of their inputs, conclusions and sources, so each
 * is worded once per builder. One builder serves one answer, on one thread.
 */
public final class ExplanationBuilder {
    private final Evaluation evaluation;
    private final KnowledgeBase kb;
    private final Function<Input, InputFact> describeInput;
    private final Map<Input, InputFact> inputsInWords = new IdentityHashMap<>();
    private final Map<Object, Step> chainSteps = new IdentityHashMap<>();
    private final Map<Object, String> premisesInWords = new IdentityHashMap<>();
    private final Map<Cited, SourceRef> cited = new HashMap<>();

    /** A source as a rule of some confidence cites it. */
    private record Cited(String id, Confidence confidence) {
    }

    /** @param describeInput words an input for the reader: its label and the label of its value */
    public ExplanationBuilder(Evaluation evaluation, KnowledgeBase kb, Function<Input, InputFact> describeInput) {
        this.evaluation = evaluation;
        this.kb = kb;
        this.describeInput = describeInput;
    }

    public Explanation explain(Object conclusion, String why) {
        Derivation derivation = evaluation.derivationOf(conclusion)
                .orElseThrow(() -> new IllegalArgumentException("Not derived by a rule: " + conclusion));
        Map<Input, Boolean> facts = new LinkedHashMap<>();
        List<Object> chain = new ArrayList<>();
        collect(derivation.premises(), facts, chain, Collections.newSetFromMap(new IdentityHashMap<>()));

        List<Step> steps = chain.stream().map(c -> chainSteps.computeIfAbsent(c, this::step)).toList();

        List<RuleInfo> rules = new ArrayList<>();
        rules.add(derivation.rule());
        chain.forEach(c -> rules.add(evaluation.derivationOf(c).orElseThrow().rule()));
        return new Explanation(why, facts.keySet().stream().map(this::inWords).toList(), steps, ref(derivation.rule()),
                sources(rules));
    }

    /** A conclusion in the chain: its statement, the rule that drew it and its premises, in words. */
    private Step step(Object conclusion) {
        Derivation d = evaluation.derivationOf(conclusion).orElseThrow();
        return new Step(statement(conclusion), ref(d.rule()), d.premises().stream().map(this::describe).toList());
    }

    /** An input as its capability words it; a value it left as a bare code, in words. */
    private InputFact inWords(Input input) {
        return inputsInWords.computeIfAbsent(input, this::worded);
    }

    private InputFact worded(Input input) {
        InputFact fact = describeInput.apply(input);
        return fact.valueLabel() != null && fact.valueLabel().equals(fact.value())
                ? new InputFact(fact.field(), fact.label(), fact.value(), kb.codeWords().of(fact.value())) : fact;
    }

    /** Depth first, so that every conclusion is listed after the conclusions it rests on. */
    private void collect(List<Object> premises, Map<Input, Boolean> facts, List<Object> chain, Set<Object> seen) {
        for (Object premise : premises) {
            if (premise instanceof Input i) {
                facts.putIfAbsent(i, true);
            } else if (premise instanceof Conclusion && seen.add(premise)) {
                evaluation.derivationOf(premise).ifPresent(d -> {
                    collect(d.premises(), facts, chain, seen);
                    chain.add(premise);
                });
            }
        }
    }

    private String describe(Object premise) {
        return premisesInWords.computeIfAbsent(premise, this::premiseInWords);
    }

    private String premiseInWords(Object premise) {
        if (premise instanceof Input i) return i.inputName() + " = " + i.inputValue();
        if (premise instanceof MissingEvidence m) return m.field() + " = UNKNOWN";
        if (premise instanceof MissingFitFact m) return m.field() + " = UNKNOWN";
        return statement(premise);
    }

    private String statement(Object conclusion) {
        return ConclusionWords.of((Conclusion) conclusion, kb);
    }

    public static RuleRef ref(RuleInfo rule) {
        return new RuleRef(rule.id(), rule.name(), rule.file());
    }

    private List<SourceRef> sources(List<RuleInfo> rules) {
        Map<String, SourceRef> sources = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            for (String id : rule.sources()) {
                if (!sources.containsKey(id)) sources.put(id, cited.computeIfAbsent(new Cited(id, rule.confidence()), this::ref));
            }
        }
        return List.copyOf(sources.values());
    }

    private SourceRef ref(Cited cited) {
        Source s = kb.bibliography().get(cited.id());
        return new SourceRef(cited.id(), s.citation(), cited.confidence() == null ? null : cited.confidence().name(), s.note());
    }
}
