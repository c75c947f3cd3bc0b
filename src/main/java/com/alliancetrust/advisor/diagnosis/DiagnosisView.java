package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.knowledge.DiagnosisQuestion;
import com.alliancetrust.advisor.knowledge.RepairStepText;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.List;

/**
 * A diagnosis as the executive sees it: the next question (with why it is asked) or, once enough
 * is known, the full diagnosis and repair plan; the answers so far and the partial diagnosis always.
 * {@code summary} opens it: how recoverable the relationship is (or that the diagnosis is not done),
 * the rules that concluded it, the first step and what to avoid, what is still to answer.
 */
public record DiagnosisView(String id, String allianceId, Status status, Purpose purpose, String account, List<PartView> parts,
                            Question question, Progress progress, List<AnswerView> answers, List<PartDiagnosis> diagnosis,
                            List<Step> plan, List<Step> avoid, List<Question> openQuestions, String version, Integer sessionVersion,
                            @MaxItems(5) List<SummaryLine> summary) {

    public enum Status { IN_PROGRESS, DETERMINED }

    public record PartView(int index, BreachPart.Accused accused, String label) {
    }

    /** A question to answer, and which open conclusion its answer decides. */
    public record Question(int part, String id, String text, String help, DiagnosisQuestion.Type type,
                           List<DiagnosisQuestion.Option> options, String decides, String why) {
    }

    /** Answered so far out of those the rules need now; the number still open can fall as answers rule questions out. */
    public record Progress(int answered, int open) {
    }

    public record AnswerView(int part, String question, String text, List<String> values, List<String> labels) {
    }

    /** What is established about one part of the breach, and the conclusions drawn from it. */
    public record PartDiagnosis(int part, BreachPart.Accused accused, String label, List<Attribute> attributes,
                                List<FindingView> findings) {
    }

    public record Attribute(String question, String label, List<String> values, List<String> valueLabels) {
    }

    public record FindingView(String attribute, String value, Explanation explanation) {
    }

    public record Step(int part, String id, RepairStepText.Phase phase, String title, String text, Explanation explanation) {
    }
}
