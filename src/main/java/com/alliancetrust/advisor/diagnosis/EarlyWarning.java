package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.RepairStep;
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
    public static final Map<String, String> SIGNALS = Map.of(
            "signal.reducedCommunication", "Less communication than before",
            "signal.moreConflict", "More conflict than before",
            "signal.withheldInformation", "Information being withheld",
            "signal.missedCommitments", "Commitments being missed",
            "signal.contactTurnover", "Turnover of the partner's contacts");

    /** The facts this capability gives its rules: each signal seen (YES) or looked for and not seen (NO). */
    public static final List<FactType> FACTS = SIGNALS.entrySet().stream().map(s -> FactType.yesNo(s.getKey(), s.getValue())).toList();

    /** Each signal: true (observed), false (looked for, not seen), or absent (not known). */
    public record Request(Boolean reducedCommunication, Boolean moreConflict, Boolean withheldInformation,
                          Boolean missedCommitments, Boolean contactTurnover) {
    }

    public record Result(String erosion, Explanation explanation, List<DiagnosisView.Step> recommendations, String version) {
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
        Evaluation evaluation = current.engine(DiagnosisEngine.RULE_SET).evaluate(facts);
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, current.knowledge(),
                i -> new Explanation.InputFact(i.inputName(), SIGNALS.get(i.inputName()), i.inputValue(), i.inputValue()));
        Finding erosion = evaluation.all(Finding.class).stream().filter(f -> f.attribute().equals("erosion")).findFirst().orElse(null);
        List<DiagnosisView.Step> steps = new ArrayList<>();
        for (RepairStep s : evaluation.all(RepairStep.class)) {
            RepairStepText text = current.knowledge().repairStep(s.id());
            steps.add(new DiagnosisView.Step(0, s.id(), text.phase(), text.title(), text.text(), explanations.explain(s, text.why())));
        }
        return erosion == null
                ? new Result("UNKNOWN", null, steps, current.version())
                : new Result(erosion.value(), explanations.explain(erosion, evaluation.derivationOf(erosion).orElseThrow().rule().description()),
                steps, current.version());
    }
}
