package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.engine.Derivation;
import com.alliancetrust.advisor.engine.Evaluation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The limits that set a verdict, each with the given facts it is certain to stand on (see
 * {@link Evaluation#standsOn}): a red flag raised by one finding stands as long as that finding
 * does, whatever else changes. On changed facts that still hold every fact of one such limit, the
 * limit still stands and the verdict can be no better than it is, so "what would change this
 * verdict" need not run the rules to know that the change does not raise it. A limit that rests on
 * a count or an absence (confidence, an element's level) stands on nothing certain and is left out.
 */
final class StandingLimits {
    /** The facts the verdict was reached on that no derivation keeps as a premise (policies, readings of the catalogue). */
    private final Set<Object> unseen;
    private final List<Set<Object>> limits;
    private final Set<Object> limitFacts = new HashSet<>();

    private StandingLimits(Set<Object> unseen, List<Set<Object>> limits) {
        this.unseen = unseen;
        this.limits = limits;
        limits.forEach(limitFacts::addAll);
    }

    static StandingLimits of(Evaluation evaluation, VerdictDecision decision) {
        Set<Object> unseen = new HashSet<>(); // of the facts the rules were given, not those they derived
        for (Object fact : evaluation.facts()) if (!Derivation.isPremise(fact) && evaluation.derivationOf(fact).isEmpty()) unseen.add(fact);
        return new StandingLimits(unseen, decision.basis().stream().map(evaluation::standsOn).flatMap(Optional::stream).toList());
    }

    /** Whether one of the limits certainly still stands on these changed facts. */
    boolean standOn(List<Object> changed) {
        if (limits.isEmpty()) return false;
        Set<Object> present = new HashSet<>();
        Set<Object> unseenKept = new HashSet<>(2 * unseen.size());
        for (Object fact : changed) {
            if (!Derivation.isPremise(fact)) {
                if (unseen.contains(fact)) unseenKept.add(fact);
            } else if (limitFacts.contains(fact)) {
                present.add(fact);
            }
        }
        // A fact gone that no derivation keeps as a premise may have been matched unseen: then nothing is certain.
        if (unseenKept.size() < unseen.size()) return false;
        return limits.stream().anyMatch(present::containsAll);
    }
}
