package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.InvalidInputException;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Re-runs a stored assessment's input against the current rules and knowledge, and says what
 * changed and why: the verdict, each element's level, the red flags and the recommendations,
 * each change with the explanation that now (or then) supports it.
 */
public final class AssessmentRerun {

    public record Result(String assessmentId, String storedVersion, String currentVersion, boolean rulesChanged,
                         String storedVerdict, String currentVerdict, List<Change> changes, String summary, JsonNode current) {
    }

    /** One difference: what changed, from what to what, and the reason the rules give for it. */
    public record Change(String what, String before, String after, String why) {
    }

    private final CaseFileService caseFiles;
    private final PartnerAssessmentService assessments;
    private final ObjectMapper json;

    public AssessmentRerun(CaseFileService caseFiles, PartnerAssessmentService assessments, ObjectMapper json) {
        this.caseFiles = caseFiles;
        this.assessments = assessments;
        this.json = json;
    }

    public Result rerun(String assessmentId) {
        StoredAssessment stored = caseFiles.assessment(assessmentId);
        PartnerAssessmentRequest input;
        try {
            input = json.treeToValue(stored.input(), PartnerAssessmentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored input of assessment " + assessmentId + " can no longer be read", e);
        }
        JsonNode before = stored.output();
        JsonNode after = json.valueToTree(assessments.assess(input));
        List<Change> changes = changes(before, after);
        boolean rulesChanged = !stored.rulesVersion().equals(after.path("version").asText());
        String summary = changes.isEmpty()
                ? "The current rules give the same verdict, profile, red flags and recommendations."
                : changes.size() + " change(s) since this assessment was made" + (rulesChanged
                ? " with rules and knowledge version " + stored.rulesVersion() + "; now " + after.path("version").asText() + "."
                : ", with the same rules and knowledge version.");
        return new Result(assessmentId, stored.rulesVersion(), after.path("version").asText(), rulesChanged,
                before.path("verdict").path("value").asText(), after.path("verdict").path("value").asText(), changes, summary, after);
    }

    /** Refuses, naming the field, a stored assessment from a backup whose input could not be assessed again. */
    public void checkImported(StoredAssessment stored, String path) {
        PartnerAssessmentRequest input;
        try {
            input = json.treeToValue(stored.input(), PartnerAssessmentRequest.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            StringBuilder at = new StringBuilder(path + ".input");
            for (var r : e.getPath()) {
                if (r.getFieldName() != null) at.append('.').append(r.getFieldName());
                else if (r.getIndex() >= 0) at.append('[').append(r.getIndex()).append(']');
            }
            throw new InvalidInputException(at.toString(), "is not a value a partner assessment request can hold");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(path + ".input", "is not a partner assessment request");
        }
        if (input == null) throw new InvalidInputException(path + ".input", "is not a partner assessment request");
        try {
            assessments.validate(input);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + ".input." + e.field(), e.getMessage());
        }
        if (!stored.output().isObject()) throw new InvalidInputException(path + ".output", "must be an assessment");
    }

    /** What differs between two assessment outputs, each difference with the reason the rules give for it. */
    public static List<Change> changes(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "verdict", before.path("verdict").path("value"), after.path("verdict").path("value"),
                after.path("verdict").path("explanation").path("why"));
        compare(changes, "overall trustworthiness", before.path("overall").path("level"), after.path("overall").path("level"),
                after.path("overall").path("explanation").path("why"));
        Map<String, JsonNode> elementsBefore = byKey(before.path("profile"), "element");
        byKey(after.path("profile"), "element").forEach((element, now) -> {
            JsonNode then = elementsBefore.getOrDefault(element, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            compare(changes, element.toLowerCase() + " level", then.path("level"), now.path("level"), now.path("explanation").path("why"));
        });
        compare(changes, "likely trust stage", before.path("stage").path("stage"), after.path("stage").path("stage"),
                after.path("stage").path("explanation").path("why"));
        compare(changes, "contract position", before.path("contractBalance").path("position"), after.path("contractBalance").path("position"),
                after.path("contractBalance").path("explanation").path("why"));
        difference(changes, "red flag", byKey(before.path("redFlags"), "id"), byKey(after.path("redFlags"), "id"));
        difference(changes, "finding to resolve", byKey(before.path("findings"), "field"), byKey(after.path("findings"), "field"));
        difference(changes, "recommendation", recommendations(before), recommendations(after));
        return changes;
    }

    private static void compare(List<Change> changes, String what, JsonNode before, JsonNode after, JsonNode why) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) changes.add(new Change(what, b, a, why.asText(null)));
    }

    /** Items present on one side only: added ones explained by the current rules, removed ones by the stored explanation. */
    private static void difference(List<Change> changes, String what, Map<String, JsonNode> before, Map<String, JsonNode> after) {
        after.forEach((key, item) -> {
            if (!before.containsKey(key)) {
                changes.add(new Change(what + " added: " + key, null, item.path("title").asText(key), item.path("explanation").path("why").asText(null)));
            }
        });
        before.forEach((key, item) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(what + " removed: " + key, item.path("title").asText(key), null,
                        "The current rules no longer draw this conclusion from the same input; it rested on: "
                                + item.path("explanation").path("rule").path("name").asText("an earlier rule")));
            }
        });
    }

    private static Map<String, JsonNode> recommendations(JsonNode assessment) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        assessment.path("recommendations").forEach(r -> map.put(r.path("id").asText()
                + (r.hasNonNull("subject") ? "/" + r.path("subject").asText() : ""), r));
        return map;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        array.forEach(item -> map.put(item.path(key).asText(), item));
        return map;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
