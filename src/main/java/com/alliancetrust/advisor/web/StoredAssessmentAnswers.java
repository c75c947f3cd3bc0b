package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.store.Recent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;

/**
 * Stored assessments as {@code GET /assessments/{id}} sends them, the last ones read kept as sent.
 * Making one means parsing its 80 KB of stored JSON and rewriting it as a reasoning graph: most of
 * the request's time, where reading the row is about 1%. What is sent depends only on the row, the
 * rules and knowledge version serving it and whether texts are asked for, and a stored assessment is
 * never changed. The row is still read on every request (an assessment no longer there is not
 * found), and one kept is sent only if the row's texts are the ones it was made from.
 */
final class StoredAssessmentAnswers {
    /** About 25 KB each: a few MB in all. */
    static final int KEPT = 128;

    private record Key(String id, String version, boolean texts) {
    }

    /** The answer and, to recognise the row it was made from, the length and hash of the row's two texts. */
    private record Kept(int inputLength, int inputHash, int outputLength, int outputHash, String json) {
        static Kept of(StoredAssessment.Row row, String json) {
            return new Kept(row.input().length(), row.input().hashCode(), row.output().length(), row.output().hashCode(), json);
        }

        boolean madeFrom(StoredAssessment.Row row) {
            return inputLength == row.input().length() && outputLength == row.output().length()
                    && inputHash == row.input().hashCode() && outputHash == row.output().hashCode();
        }
    }

    private final CaseFileService caseFiles;
    private final ObjectMapper json;
    private final Recent<Key, Kept> kept = new Recent<>(KEPT);

    StoredAssessmentAnswers(CaseFileService caseFiles, ObjectMapper json) {
        this.caseFiles = caseFiles;
        this.json = json;
    }

    /** The stored assessment {@code id} as JSON, as {@code reasoned} writes it for {@code current} with or without texts. */
    String answer(String id, Advisor current, boolean texts, Function<StoredAssessment, Object> reasoned) {
        StoredAssessment.Row row = caseFiles.assessmentRow(id);
        Key key = new Key(id, current.version(), texts);
        Kept known = kept.get(key);
        if (known != null && known.madeFrom(row)) return known.json();
        String answer = write(reasoned.apply(caseFiles.read(row)));
        kept.put(key, Kept.of(row, answer));
        return answer;
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a stored assessment as JSON", e);
        }
    }
}
