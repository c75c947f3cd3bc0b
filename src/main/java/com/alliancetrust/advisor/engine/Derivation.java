package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.domain.Conclusion;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.MissingEvidence;
import java.util.List;

/**
 * How a derived fact came about: the rule whose consequence inserted it and the facts that rule
 * matched. When {@code onMatchedFacts}, the rule concludes from the facts it matched alone (see
 * {@link MatchedFactsRules}) and every derived fact of its match is among the premises: the derived
 * fact holds as long as those facts are there.
 */
public record Derivation(RuleInfo rule, List<Object> premises, boolean onMatchedFacts) {

    /** Whether a fact a rule matched is kept among its premises: inputs and conclusions are; the knowledge base's policies are not. */
    public static boolean isPremise(Object fact) {
        return PREMISE.get(fact.getClass());
    }

    // Known per class: checking a fact against several interfaces in turn is slow on the hot paths that ask.
    private static final ClassValue<Boolean> PREMISE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Input.class.isAssignableFrom(type) || Conclusion.class.isAssignableFrom(type) || MissingEvidence.class.isAssignableFrom(type);
        }
    };
}
