package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.ContentFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A session given back and handed out again concludes exactly as a new session would, and holds nothing of before; a
 * search's session is kept as it is, unless the search did not settle.
 */
class SessionPoolsTest {
    private static final int ALL = RuleEngine.PHASES.size() - 1;
    private static final RuleEngine.Limits LIMITS = new RuleEngine.Limits(10_000, RuleEngine.Limits.DEFAULT_TIME);

    @Test
    void a_reused_session_concludes_on_every_scenario_as_a_new_session_and_keeps_nothing_of_the_one_before() throws Exception {
        List<ContentFile> files = TestAdvisor.get().content().rules().stream().filter(f -> f.path().startsWith("rules/selection/")).toList();
        KieBase base = PrecompiledRuleBase.find("selection", files).orElseThrow().kieBase(Set.of());
        List<List<Object>> inputs = PhaseRuleBasesTest.selectionInputs();
        SessionPools pools = new SessionPools();
        KieSession first = pools.open(base);
        pools.release(base, first, true);
        for (List<Object> facts : inputs) { // each scenario on the session the one before gave back
            KieSession session = pools.open(base);
            assertThat(session).as("the session given back is handed out again").isSameAs(first);
            assertThat(session.getObjects()).as("no fact left from before").isEmpty();
            assertThat(session.getAgendaEventListeners()).as("no listener left from before").isEmpty();
            session.addEventListener(new DefaultAgendaEventListener());
            facts.forEach(session::insert);
            for (int i = ALL; i >= 0; i--) session.getAgenda().getAgendaGroup(RuleEngine.PHASES.get(i)).setFocus();
            session.fireAllRules(10_000);
            assertThat(session.getObjects().stream().map(String::valueOf).sorted().toList()).as("on %s", facts)
                    .isEqualTo(PhaseRuleBasesTest.run(base, facts, ALL));
            pools.release(base, session, true);
        }
    }

    @Test
    void a_search_that_settled_leaves_its_session_with_its_facts_for_the_next_and_one_that_did_not_leaves_none() throws Exception {
        List<ContentFile> files = TestAdvisor.get().content().rules().stream().filter(f -> f.path().startsWith("rules/selection/")).toList();
        KieBase base = PrecompiledRuleBase.find("selection", files).orElseThrow().kieBase(Set.of());
        List<Object> facts = PhaseRuleBasesTest.selectionInputs().get(0);
        SessionPools pools = new SessionPools();
        assertThat(pools.openSearch(base)).as("none before a search").isNull();
        IncrementalRun.Memory memory = new IncrementalRun.Memory(pools.open(base));
        try (IncrementalRun run = new IncrementalRun(memory, ALL, LIMITS, "selection", settled -> pools.releaseSearch(base, memory, settled))) {
            run.conclude(facts, Object.class);
        }
        IncrementalRun.Memory kept = pools.openSearch(base);
        assertThat(kept).as("the session of the search that settled").isSameAs(memory);
        assertThat(List.<Object>copyOf(kept.session().getObjects())).as("with the facts of its last run").containsAll(facts);
        pools.releaseSearch(base, kept, false); // as a search stopped as a runaway gives it back
        assertThat(pools.openSearch(base)).as("a session that did not settle is not kept").isNull();
    }

    @Test
    void a_session_stopped_as_a_runaway_is_never_handed_out_again() throws Exception {
        List<ContentFile> files = TestAdvisor.get().content().rules().stream().filter(f -> f.path().startsWith("rules/trustbuilding/")).toList();
        KieBase base = PrecompiledRuleBase.find("trustbuilding", files).orElseThrow().kieBase(Set.of());
        SessionPools pools = new SessionPools();
        KieSession stopped = pools.open(base);
        pools.release(base, stopped, false);
        assertThat(pools.open(base)).isNotSameAs(stopped);
    }
}
