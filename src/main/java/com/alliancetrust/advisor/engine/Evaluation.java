package com.alliancetrust.advisor.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of running the rules once: every fact in working memory at the end, the rules that
 * fired in order, and for each derived fact the rule and premises it came from.
 */
public record Evaluation(List<Object> facts, List<RuleInfo> trace, IdentityHashMap<Object, Derivation> derivations) {

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> Optional<T> first(Class<T> type) {
        return all(type).stream().findFirst();
    }

    public Optional<Derivation> derivationOf(Object fact) {
        return Optional.ofNullable(derivations.get(fact));
    }

    public Map<Object, Derivation> derivationsView() {
        return java.util.Collections.unmodifiableMap(derivations);
    }
}
