package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Re-runs a stored assessment's input against the current rules and knowledge, and says what
 * changed and why: the verdict, each element's level, the red flags and the recommendations,
 * each change with the explanation that now (or then) supports it.
 */
public final class AssessmentRerun {

    /** What changed; {@code current} the assessment the current rules make, to be sent as any answer made now is (in graph form). */
    public record Result(String assessmentId, String storedVersion, String currentVersion, boolean rulesChanged,
                         String storedVerdict, String currentVerdict, List<Change> changes, String summary, Object current) {
    }

    /** One difference: what changed, from what to what, and the reason the rules give for it. */
    public record Change(String what, String before, String after, String why) {
    }

    private static final int MAX_RECORDED_TEXT = 10_000;
    private static final int MAX_RECORDED_CHARACTERS = 2_000_000;

    private final Supplier<Advisor> advisor;
    private final CaseFileService caseFiles;
    private final PartnerAssessmentService assessments;
    private final ObjectMapper json;
    /**
     * Writes an assessment as {@link #changes} reads it: every explanation as its why and the name of
     * its rule only. The rest of an explanation is most of an assessment, and {@link #changes} reads none of it.
     */
    private final ObjectMapper outline;

    /** An explanation as {@link #changes} reads it. */
    @JsonIncludeProperties({"why", "rule"})
    private interface WhyAndRule {
    }

    /** A rule as {@link #changes} reads it. */
    @JsonIncludeProperties("name")
    private interface RuleName {
    }

    public AssessmentRerun(Supplier<Advisor> advisor, CaseFileService caseFiles, PartnerAssessmentService assessments, ObjectMapper json) {
        this.advisor = advisor;
        this.caseFiles = caseFiles;
        this.assessments = assessments;
        this.json = json;
        this.outline = json.copy().addMixIn(Explanation.class, WhyAndRule.class).addMixIn(Explanation.RuleRef.class, RuleName.class);
    }

    public Result rerun(String assessmentId) {
        return rerun(assessmentId, advisor.get());
    }

    /** Re-runs with a rule base the caller has already read, so that one request uses one version throughout. */
    public Result rerun(String assessmentId, Advisor current) {
        StoredAssessment stored = caseFiles.assessment(assessmentId);
        PartnerAssessmentRequest input;
        try {
            input = json.treeToValue(stored.input(), PartnerAssessmentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored input of assessment " + assessmentId + " can no longer be read", e);
        }
        JsonNode before = stored.output();
        PartnerAssessment made = assessments.assess(current, input);
        JsonNode after = outline.valueToTree(made);
        List<Change> changes = changes(before, after);
        boolean rulesChanged = !stored.rulesVersion().equals(after.path("version").asText());
        String summary = changes.isEmpty()
                ? "The current rules give the same verdict, profile, red flags and recommendations."
                : changes.size() + " change(s) since this assessment was made" + (rulesChanged
                ? " with rules and knowledge version " + stored.rulesVersion() + "; now " + after.path("version").asText() + "."
                : ", with the same rules and knowledge version.");
        return new Result(assessmentId, stored.rulesVersion(), after.path("version").asText(), rulesChanged,
                before.path("verdict").path("value").asText(), after.path("verdict").path("value").asText(), changes, summary, made);
    }

    /**
     * Refuses, naming the field, a stored assessment from a backup that the API would not have
     * stored: an input it would refuse or one filed under another alliance, a record that does not
     * say what its output says (id, alliance, partner, verdict, rules version) and, when it was made
     * with the rules and knowledge now served, an output other than the one they give for its input.
     * Returns whether the output was derived again (false: made with other rules, kept as recorded).
     * {@code path} names the assessment in the backup document.
     */
    public boolean checkImported(StoredAssessment stored, String path) {
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
        Advisor current = advisor.get();
        try {
            SelectionInput.validate(input, current.knowledge());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + ".input." + e.field(), e.getMessage());
        }
        if (!stored.allianceId().equals(input.allianceId())) {
            throw new InvalidInputException(path + ".input.allianceId", "must be " + stored.allianceId() + ", the alliance the assessment is filed under");
        }
        JsonNode output = stored.output();
        if (!output.isObject()) throw new InvalidInputException(path + ".output", "must be an assessment");
        agrees(path + ".partner", stored.partner(), input.partner().name(), "the partner assessed in its input");
        agrees(path + ".output.partner", output.path("partner").asText(null), stored.partner(), "the partner assessed in its input");
        agrees(path + ".output.assessmentId", output.path("assessmentId").asText(null), stored.id(), "the id of the assessment");
        agrees(path + ".output.allianceId", output.path("allianceId").asText(null), stored.allianceId(), "the alliance it is filed under");
        agrees(path + ".output.version", output.path("version").asText(null), stored.rulesVersion(), "the rules version recorded with it");
        agrees(path + ".verdict", stored.verdict(), output.path("verdict").path("value").asText(null), "the verdict of its output");
        if (Arrays.stream(Verdict.values()).noneMatch(v -> v.name().equals(stored.verdict()))) {
            throw new InvalidInputException(path + ".verdict", "must be one of " + Arrays.toString(Verdict.values()));
        }
        if (!current.version().equals(stored.rulesVersion())) {
            checkRecorded(output, path + ".output");
            return false;
        }
        JsonNode expected = tree(assessments.assess(current, input).stored(stored.id(), stored.allianceId()));
        String difference = firstDifference(expected, output, "");
        if (difference != null) {
            throw new InvalidInputException(path + ".output" + difference, "is not what the rules and knowledge of version "
                    + current.version() + ", which made this assessment, give for its input");
        }
        return true;
    }

    /**
     * Refuses, naming the field, what a record made with other rules and knowledge holds beyond
     * anything the advisor writes: a text longer than {@value #MAX_RECORDED_TEXT} characters (its
     * longest are a few hundred), or more than {@value #MAX_RECORDED_CHARACTERS} characters of JSON in all
     * (an assessment is a few hundred thousand). Such a record cannot be derived again, so it is
     * kept as recorded once it is within these bounds.
     */
    public static void checkRecorded(JsonNode recorded, String path) {
        String tooLong = longText(recorded, path);
        if (tooLong != null) throw new InvalidInputException(tooLong, "must be at most " + MAX_RECORDED_TEXT + " characters");
        if (recorded.toString().length() > MAX_RECORDED_CHARACTERS) {
            throw new InvalidInputException(path, "must be at most " + MAX_RECORDED_CHARACTERS + " characters of JSON");
        }
    }

    private static String longText(JsonNode node, String at) {
        if (node.isTextual()) return node.textValue().length() > MAX_RECORDED_TEXT ? at : null;
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String found = longText(node.get(i), at + "[" + i + "]");
            if (found != null) return found;
        }
        for (var field : node.properties()) {
            if (field.getKey().length() > MAX_RECORDED_TEXT) return at;
            String found = longText(field.getValue(), at + "." + field.getKey());
            if (found != null) return found;
        }
        return null;
    }

    private static void agrees(String field, String value, String expected, String what) {
        if (!Objects.equals(value, expected)) throw new InvalidInputException(field, "must be " + expected + ", " + what);
    }

    /** A value as its JSON reads back, so that it compares equal to a document parsed from text. */
    private JsonNode tree(Object value) {
        try {
            return json.readTree(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("An assessment cannot be written as JSON", e);
        }
    }

    /** Where two JSON documents first differ, as a path such as {@code .verdict.value} (empty at the top), or null when they are equal. */
    static String firstDifference(JsonNode expected, JsonNode actual, String at) {
        if (expected.equals(actual)) return null;
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String difference = firstDifference(expected.path(name), actual.path(name), at + "." + name);
                if (difference != null) return difference;
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), at + "[" + i + "]");
                if (difference != null) return difference;
            }
        }
        return at;
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
