package com.alliancetrust.advisor.engine;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The given facts a derived fact stands on, when it is certain to hold as long as they do: every
     * rule in its derivation concluded from the facts it matched alone. It then holds whatever else
     * changes, provided the facts those rules matched that are not kept as premises (the knowledge
     * base's policies) stay too. Empty when a rule in its derivation also read what it did not match,
     * such as an absence or a count.
     */
    public Optional<Set<Object>> standsOn(Object derived) {
        Set<Object> given = new HashSet<>();
        return standsOn(derived, given, Collections.newSetFromMap(new IdentityHashMap<>())) ? Optional.of(given) : Optional.empty();
    }

    private boolean standsOn(Object fact, Set<Object> given, Set<Object> seen) {
        if (!seen.add(fact)) return true;
        Derivation d = derivations.get(fact);
        if (d == null) { // given, not derived
            given.add(fact);
            return true;
        }
        if (!d.onMatchedFacts()) return false;
        for (Object premise : d.premises()) if (!standsOn(premise, given, seen)) return false;
        return true;
    }

    public Map<Object, Derivation> derivationsView() {
        return Collections.unmodifiableMap(derivations);
    }
}
