package com.alliancetrust.advisor.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * For coverage of the rules: lets an observer see every rule that fires in any evaluation, with or
 * without explanations, so that a test run can tell which rules no test ever fires. Nothing is
 * registered in the application; then a session gets no listener and the only cost is one check of
 * an empty list. It changes nothing in what the rules conclude.
 */
public final class RuleFirings {
    /** Told of each firing, on the thread running the evaluation; must be thread-safe and quick. */
    @FunctionalInterface
    public interface Observer {
        void fired(String ruleSet, String ruleName);
    }

    private static final List<Observer> OBSERVERS = new CopyOnWriteArrayList<>();

    private RuleFirings() {
    }

    public static void register(Observer observer) {
        OBSERVERS.add(observer);
    }

    public static void unregister(Observer observer) {
        OBSERVERS.remove(observer);
    }

    /**
     * Attaches the registered observers to a new session of the given rule set; does nothing when none
     * is registered. Whether it attached them.
     */
    static boolean observe(KieSession session, String ruleSet) {
        if (OBSERVERS.isEmpty()) return false;
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                String rule = event.getMatch().getRule().getName();
                for (Observer o : OBSERVERS) o.fired(ruleSet, rule);
            }
        });
        return true;
    }
}
