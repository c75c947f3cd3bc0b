package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.KnowledgeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input fact the rules can be given, by name: those the capabilities make from a request or a
 * record, and the evidence, fit and power facts of the knowledge base. A rule that names a fact outside it, or
 * compares a fact with a value it never takes, would load and never fire; checked at load instead.
 */
final class FactVocabulary {
    private final Map<String, FactType> facts;

    private FactVocabulary(Map<String, FactType> facts) {
        this.facts = facts;
    }

    /** The capabilities' facts and the evidence fields; a name declared twice must be declared alike. */
    static FactVocabulary of(Collection<FactType> inputs, KnowledgeBase kb) {
        List<FactType> all = new ArrayList<>(inputs);
        kb.evidence().values().forEach(f -> all.add(evidence(f)));
        kb.deal().values().forEach(f -> all.add(FactType.choice(f.key(), f.label(), f.values().stream().map(DealField.Choice::value).toArray(String[]::new))));
        Map<String, FactType> facts = new LinkedHashMap<>();
        for (FactType f : all) {
            FactType earlier = facts.putIfAbsent(f.name(), f);
            if (earlier != null && (earlier.kind() != f.kind() || !earlier.values().equals(f.values()))) {
                throw new KnowledgeException("The input fact '" + f.name() + "' is given in two ways: " + describe(earlier) + " and " + describe(f));
            }
        }
        return new FactVocabulary(facts);
    }

    private static FactType evidence(EvidenceField f) {
        return f.type() == EvidenceField.Type.NUMBER ? FactType.number(f.key(), f.label())
                : FactType.choice(f.key(), f.label(), f.values().stream().map(EvidenceField.Choice::value).toArray(String[]::new));
    }

    /** What is wrong with how a rule uses a fact, with file and line; null if nothing. */
    String problem(FactUse use) {
        if (use.name() == null) return null; // a rule that selects facts by another test than one name
        String where = use.location() + ": rule \"" + use.rule() + "\" ";
        FactType fact = facts.get(use.name());
        if (fact == null) {
            return where + "matches the input fact '" + use.name() + "', which is not in knowledge-base/evidence.yaml or given by any request";
        }
        if (fact.kind() == FactType.Kind.NUMBER && !use.values().isEmpty()) {
            return where + "compares '" + use.name() + "' with text (" + String.join(", ", use.values()) + "), but it is a number: compare its number";
        }
        if (fact.kind() != FactType.Kind.NUMBER && use.number()) {
            return where + "compares the number of '" + use.name() + "', which has none: " + describe(fact);
        }
        if (fact.kind() == FactType.Kind.CHOICE) {
            List<String> unknown = use.values().stream().filter(v -> !fact.values().contains(v)).toList();
            if (!unknown.isEmpty()) {
                return where + "compares '" + use.name() + "' with " + String.join(", ", unknown.stream().map(v -> "\"" + v + "\"").toList())
                        + ", which it never takes: " + describe(fact);
            }
        }
        return null;
    }

    private static String describe(FactType f) {
        return switch (f.kind()) {
            case NUMBER -> "a number";
            case TEXT -> "any text";
            case CHOICE -> "one of " + String.join(", ", f.values().stream().sorted().toList());
        };
    }
}
