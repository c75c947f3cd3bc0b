package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.domain.Conclusion;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for one session, which rule fired in which order and which rule inserted each derived
 * fact from which premises: the raw material of every "why". A session fires on one thread, so the
 * match being fired is simply remembered between the two events.
 */
final class DerivationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final Map<String, RuleInfo> catalogue;
    private final Set<String> onMatchedFacts;
    private final List<RuleInfo> trace = new ArrayList<>();
    private final IdentityHashMap<Object, Derivation> derivations = new IdentityHashMap<>();
    private final List<Object> inserted = new ArrayList<>();
    private Match firing;

    DerivationRecorder(Map<String, RuleInfo> catalogue, Set<String> onMatchedFacts) {
        this.catalogue = catalogue;
        this.onMatchedFacts = onMatchedFacts;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        trace.add(catalogue.get(firing.getRule().getName()));
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object derived = event.getObject();
        inserted.add(derived);
        if (event.getRule() == null || firing == null) return; // inserted by the application: an input
        Set<Object> premises = Collections.newSetFromMap(new IdentityHashMap<>()); // equal records are distinct facts
        List<Object> ordered = new ArrayList<>();
        // A match that holds a derived fact not kept as a premise rests on more than its premises show.
        boolean onPremises = true;
        for (Object o : firing.getObjects()) {
            if (!Derivation.isPremise(o)) onPremises &= !derivations.containsKey(o);
            else if (premises.add(o)) ordered.add(o);
        }
        if (derived instanceof Conclusion c) {
            for (Object o : c.basis()) if (premises.add(o)) ordered.add(o);
        }
        String rule = event.getRule().getName();
        derivations.put(derived, new Derivation(catalogue.get(rule), List.copyOf(ordered), onPremises && onMatchedFacts.contains(rule)));
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    /** Every fact in the order it entered working memory; rules here never retract. */
    List<Object> inserted() {
        return inserted;
    }

    List<RuleInfo> trace() {
        return trace;
    }

    IdentityHashMap<Object, Derivation> derivations() {
        return derivations;
    }
}
