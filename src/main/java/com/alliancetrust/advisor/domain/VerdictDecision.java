package com.alliancetrust.advisor.domain;

import java.util.List;

/** The verdict: the most severe limit any finding set, PROCEED when none did. */
public record VerdictDecision(Verdict verdict, List<Object> basis) implements Conclusion {

    public static VerdictDecision from(List<?> limits) {
        Verdict worst = Verdict.PROCEED;
        for (Object o : limits) {
            Verdict v = ((VerdictLimit) o).atBest();
            if (v.isWorseThan(worst)) worst = v;
        }
        Verdict verdict = worst;
        List<Object> decisive = limits.stream().filter(o -> ((VerdictLimit) o).atBest() == verdict).map(o -> (Object) o).toList();
        return new VerdictDecision(verdict, decisive);
    }

    public Verdict getVerdict() { return verdict; }

    @Override
    public String statement() {
        return "verdict: " + verdict.words();
    }
}
