package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.ArrayList;
import java.util.List;

/** A diagnosis session's stored state: how it started and the answers given, in order. */
public record DiagnosisState(String allianceId, Purpose purpose, String account, List<Part> parts, List<Answer> answers,
                             String ourCountry, String partnerCountry) {

    public DiagnosisState(String allianceId, Purpose purpose, String account, List<Part> parts, List<Answer> answers) {
        this(allianceId, purpose, account, parts, answers, null, null);
    }

    public record Part(int index, BreachPart.Accused accused, String label) {
    }

    public List<BreachPart> breachParts() {
        return parts.stream().map(p -> new BreachPart(p.index(), p.accused())).toList();
    }

    public DiagnosisState withAnswers(List<Answer> answers) {
        return new DiagnosisState(allianceId, purpose, account, parts, List.copyOf(answers), ourCountry, partnerCountry);
    }

    /** Adds the answer at the end or, if the question was answered before, replaces that answer where it stands. */
    public DiagnosisState answering(int part, String question, List<String> values) {
        List<Answer> next = new ArrayList<>();
        boolean placed = false;
        for (Answer a : answers) {
            if (a.part() == part && a.question().equals(question)) {
                if (!placed) values.forEach(v -> next.add(new Answer(part, question, v)));
                placed = true;
            } else {
                next.add(a);
            }
        }
        if (!placed) values.forEach(v -> next.add(new Answer(part, question, v)));
        return withAnswers(next);
    }

    /** Position of the first answer to a question, or -1. */
    public int positionOf(int part, String question) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).part() == part && answers.get(i).question().equals(question)) return i;
        }
        return -1;
    }
}
