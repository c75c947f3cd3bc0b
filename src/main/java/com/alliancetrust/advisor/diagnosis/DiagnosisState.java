package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.Purpose;
import java.util.ArrayList;
import java.util.List;

/** A diagnosis session's stored state: how it started and the answers given, in order. */
public record DiagnosisState(String allianceId, Purpose purpose, String account, List<Part> parts, List<Answer> answers) {

    public record Part(int index, BreachPart.Accused accused, String label) {
    }

    public List<BreachPart> breachParts() {
        return parts.stream().map(p -> new BreachPart(p.index(), p.accused())).toList();
    }

    public DiagnosisState withAnswers(List<Answer> answers) {
        return new DiagnosisState(allianceId, purpose, account, parts, List.copyOf(answers));
    }

    /** Replaces any earlier answer to the same question of the same part. */
    public DiagnosisState answering(int part, String question, List<String> values) {
        List<Answer> next = new ArrayList<>(answers.stream().filter(a -> !(a.part() == part && a.question().equals(question))).toList());
        values.forEach(v -> next.add(new Answer(part, question, v)));
        return withAnswers(next);
    }
}
