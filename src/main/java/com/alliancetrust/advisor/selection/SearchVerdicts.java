package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.EvaluationException;
import com.alliancetrust.advisor.engine.IncrementalRun;
import java.util.List;
import java.util.function.Function;

/**
 * The verdicts one "what would change this verdict" search asks for: the verdict the rules give on
 * changed facts, from the rules up to the verdict. By default all of one search's verdicts come from
 * one session, each changed set of facts applied as the few input facts that differ (see
 * {@link IncrementalRun}); {@link Mode#FRESH} runs each in a fresh session instead, the way it was
 * done before, to compare the two.
 */
final class SearchVerdicts implements Function<SelectionInput, Verdict>, AutoCloseable {
    enum Mode { INCREMENTAL, FRESH }

    private final Advisor advisor;
    private final SelectionInput input;
    private final Verdict known;
    private final Mode mode;
    private IncrementalRun run; // opened at the first verdict asked for: a search that asks none needs no session
    private SelectionInput lastChanged;
    private List<Object> lastFacts;

    /** @param known the verdict on {@code input} itself, known already */
    SearchVerdicts(Advisor advisor, SelectionInput input, Verdict known, Mode mode) {
        this.advisor = advisor;
        this.input = input;
        this.known = known;
        this.mode = mode;
    }

    @Override
    public Verdict apply(SelectionInput changed) {
        if (changed.equals(input)) return known;
        List<Object> facts = facts(changed);
        if (mode == Mode.FRESH) {
            return advisor.engine(Advisor.SELECTION).conclude(facts, "verdict", VerdictDecision.class).get(0).verdict();
        }
        if (run == null) run = advisor.engine(Advisor.SELECTION).incremental("verdict");
        List<VerdictDecision> decisions = run.conclude(facts, VerdictDecision.class);
        if (decisions.size() != 1) {
            throw new EvaluationException(Advisor.SELECTION, "The rules in rules/" + Advisor.SELECTION + " reached "
                    + decisions.size() + " verdicts on one set of facts instead of one");
        }
        return decisions.get(0).verdict();
    }

    /** The facts the rules are given for changed input; the last ones are kept, as a search looks at a change's facts before it runs it. */
    List<Object> facts(SelectionInput changed) {
        if (changed != lastChanged) {
            lastFacts = changed.facts(advisor.knowledge());
            lastChanged = changed;
        }
        return lastFacts;
    }

    @Override
    public void close() {
        if (run != null) run.close();
    }
}
