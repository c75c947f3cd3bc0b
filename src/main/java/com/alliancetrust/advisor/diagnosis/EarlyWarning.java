package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.RepairStep;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.RepairStepText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** From observed warning signals: is trust eroding, and should a breach diagnosis start? */
public final class EarlyWarning {
    /** The signals an HR executive can observe, as rules name them, with their labels. */
    public static final Map<String, String> SIGNALS = orderedSignals(
            "signal.reducedCommunication", "Less communication than before",
            "signal.moreConflict", "More conflict than before",
            "signal.withheldInformation", "Information being withheld",
            "signal.missedCommitments", "Commitments being missed",
            "signal.contactTurnover", "Turnover of the partner's contacts");

    private static Map<String, String> orderedSignals(String... namesAndLabels) {
        Map<String, String> signals = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) signals.put(namesAndLabels[i], namesAndLabels[i + 1]);
        return java.util.Collections.unmodifiableMap(signals);
    }

    /**
     * Our own conduct, observed beside the signals: never counted as a sign that the partner's trust is
     * eroding, but as part of any erosion that may be ours.
     */
    public static final Map<String, String> OUR_SIGNALS = orderedSignals(
            "ourSignal.leadTurnover", "Our own lead or main contact changed",
            "ourSignal.pressure", "We pressed the partner with a deadline or ultimatums",
            "ourSignal.undisclosedTalks", "We are in talks with others the partner does not know about");

    /** The facts this capability gives its rules: each signal seen (YES) or looked for and not seen (NO). */
    public static final List<FactType> FACTS = java.util.stream.Stream.concat(SIGNALS.entrySet().stream(), OUR_SIGNALS.entrySet().stream())
            .map(s -> FactType.yesNo(s.getKey(), s.getValue())).toList();

    /** Each signal: true (observed), false (looked for, not seen), or absent (not known). */
    public record Request(Boolean reducedCommunication, Boolean moreConflict, Boolean withheldInformation,
                          Boolean missedCommitments, Boolean contactTurnover,
                          Boolean ourLeadTurnover, Boolean ourPressure, Boolean ourUndisclosedTalks) {

        public Request(Boolean reducedCommunication, Boolean moreConflict, Boolean withheldInformation,
                       Boolean missedCommitments, Boolean contactTurnover) {
            this(reducedCommunication, moreConflict, withheldInformation, missedCommitments, contactTurnover, null, null, null);
        }
    }

    /**
     * The answer: {@code erosion} is LIKELY, POSSIBLE, NONE (all signals looked for, none seen) or
     * NOT_ENOUGH_OBSERVED (none seen, some not looked for); {@code basis} says in words how many signals
     * it rests on, and {@code notYetLookedFor} names the signals still to look for. {@code confidence} is
     * that of the rule that drew the conclusion: lower when too little has been observed.
     */
    public record Result(String erosion, String confidence, String basis, int signalsLookedFor, int signalsSeen, int signalsInAll,
                         List<String> notYetLookedFor, Explanation explanation, List<DiagnosisView.Step> recommendations, String version,
                         OurShare ourShare) {
    }

    /**
     * Our own part: POSSIBLE when something our side did was seen (a changed lead, pressure, hidden
     * talks), with why; absent otherwise. The steps addressed to us are among the recommendations.
     */
    public record OurShare(String value, String statement, Explanation explanation) {
    }

    private final Supplier<Advisor> advisor;

    public EarlyWarning(Supplier<Advisor> advisor) {
        this.advisor = advisor;
    }

    public Result check(Request request) {
        Advisor current = advisor.get();
        Map<String, Boolean> signals = new LinkedHashMap<>();
        signals.put("signal.reducedCommunication", request.reducedCommunication());
        signals.put("signal.moreConflict", request.moreConflict());
        signals.put("signal.withheldInformation", request.withheldInformation());
        signals.put("signal.missedCommitments", request.missedCommitments());
        signals.put("signal.contactTurnover", request.contactTurnover());
        List<Object> facts = new ArrayList<>();
        signals.forEach((name, seen) -> {
            if (seen != null) facts.add(Fact.of(name, seen ? "YES" : "NO"));
        });
        Map<String, Boolean> ours = new LinkedHashMap<>();
        ours.put("ourSignal.leadTurnover", request.ourLeadTurnover());
        ours.put("ourSignal.pressure", request.ourPressure());
        ours.put("ourSignal.undisclosedTalks", request.ourUndisclosedTalks());
        ours.forEach((name, seen) -> {
            if (seen != null) facts.add(Fact.of(name, seen ? "YES" : "NO"));
        });
        Evaluation evaluation = current.engine(DiagnosisEngine.RULE_SET).evaluate(facts);
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, current.knowledge(),
                i -> new Explanation.InputFact(i.inputName(), SIGNALS.getOrDefault(i.inputName(), OUR_SIGNALS.get(i.inputName())), i.inputValue(), i.inputValue()));
        Finding erosion = evaluation.all(Finding.class).stream().filter(f -> f.attribute().equals("erosion")).findFirst().orElse(null);
        OurShare ourShare = evaluation.all(Finding.class).stream().filter(f -> f.attribute().equals("ourShare")).findFirst()
                .map(f -> new OurShare(f.value(), "Something our own side did was seen: part of any erosion may be ours to put right."
                        + " It is not counted as a sign against the partner.",
                        explanations.explain(f, evaluation.derivationOf(f).orElseThrow().rule().description()))).orElse(null);
        List<DiagnosisView.Step> steps = new ArrayList<>();
        for (RepairStep s : evaluation.all(RepairStep.class)) {
            RepairStepText text = current.knowledge().repairStep(s.id());
            steps.add(new DiagnosisView.Step(0, s.id(), text.phase(), text.title(), text.text(), explanations.explain(s, text.why())));
        }
        int lookedFor = (int) signals.values().stream().filter(v -> v != null).count();
        int seen = (int) signals.values().stream().filter(Boolean.TRUE::equals).count();
        List<String> notYet = signals.entrySet().stream().filter(e -> e.getValue() == null).map(e -> SIGNALS.get(e.getKey())).toList();
        String basis = basis(lookedFor, seen, notYet.size());
        if (erosion == null) {
            // Nothing looked for at all: no rule can judge, and the honest answer is that too little is observed.
            RepairStepText text = current.knowledge().repairStep("look-for-signals");
            steps.add(new DiagnosisView.Step(0, "look-for-signals", text.phase(), text.title(), text.text(), null));
            return new Result("NOT_ENOUGH_OBSERVED", "LOW", basis, lookedFor, seen, SIGNALS.size(), notYet, null, steps, current.version(), ourShare);
        }
        var rule = evaluation.derivationOf(erosion).orElseThrow().rule();
        return new Result(erosion.value(), rule.confidence().name(), basis, lookedFor, seen, SIGNALS.size(), notYet,
                explanations.explain(erosion, rule.description()), steps, current.version(), ourShare);
    }

    private static String basis(int lookedFor, int seen, int unknown) {
        String of = lookedFor + " of the " + SIGNALS.size() + " warning signs looked for";
        String seenText = seen == 0 ? "none seen" : seen == 1 ? "1 seen" : seen + " seen";
        String rest = unknown == 0 ? "." : "; " + unknown + (unknown == 1 ? " not yet looked at, so it is unknown." : " not yet looked at, so they are unknown.");
        return lookedFor == 0 ? "Rests on no observation: none of the " + SIGNALS.size() + " warning signs has been looked at yet."
                : "Rests on " + of + ", " + seenText + rest;
    }
}
