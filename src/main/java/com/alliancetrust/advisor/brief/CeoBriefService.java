package com.alliancetrust.advisor.brief;

import com.alliancetrust.advisor.casefile.AssessmentSummary;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The CEO brief as a one-page PDF: of a stored assessment, of an alliance's latest assessment, or of
 * an assessment made from a request and not stored. A stored assessment is briefed as it was made:
 * made with the rules served now, its input gives the same result again; made with other rules, its
 * stored result is read back.
 */
public final class CeoBriefService {

    /**
     * A brief ready to send: its file name ("kanto-precision-brief-2026-12-06.pdf"), the PDF, its page
     * count read from the PDF, and the brief in the words laid out on that page.
     */
    public record Document(String fileName, byte[] pdf, int pages, CeoBrief brief) {
    }

    private final Supplier<Advisor> advisor;
    private final CaseFileService caseFiles;
    private final PartnerAssessmentService assessments;
    private final ObjectMapper json;
    private final ObjectMapper lenient;
    private final Clock clock;

    public CeoBriefService(Supplier<Advisor> advisor, CaseFileService caseFiles, PartnerAssessmentService assessments, ObjectMapper json,
                           Clock clock) {
        this.advisor = advisor;
        this.caseFiles = caseFiles;
        this.assessments = assessments;
        this.json = json;
        this.lenient = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.clock = clock;
    }

    /** The brief of a stored assessment; 404 naming the id when there is none. */
    public Document forAssessment(String id) {
        StoredAssessment stored = caseFiles.assessment(id);
        PartnerAssessmentRequest request = request(stored);
        Advisor current = advisor.get();
        PartnerAssessment assessment = null;
        if (!current.version().equals(stored.rulesVersion())) {
            try {
                assessment = lenient.treeToValue(stored.output(), PartnerAssessment.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                assessment = null; // a result from another release that no longer reads: briefed from its input again
            }
        }
        if (assessment == null) assessment = assessments.assess(current, request).stored(stored.id(), stored.allianceId());
        return document(assessment, request, current, day(stored.createdAt()));
    }

    /** The brief of an alliance's latest assessment; 404 naming the alliance when it has none or does not exist. */
    public Document forAlliance(String allianceId) {
        List<AssessmentSummary> made = caseFiles.assessments(allianceId);
        if (made.isEmpty()) throw new NotFoundException("Alliance " + allianceId + " has no assessment yet");
        return forAssessment(made.get(made.size() - 1).id());
    }

    /** The brief of an assessment made now from {@code request}, stored nowhere. */
    public Document forRequest(PartnerAssessmentRequest request) {
        Advisor current = advisor.get();
        PartnerAssessment assessment = assessments.assess(current, request);
        return document(assessment, request, current, LocalDate.now(clock));
    }

    private Document document(PartnerAssessment assessment, PartnerAssessmentRequest request, Advisor current, LocalDate day) {
        CeoBrief brief = CeoBriefWriter.write(assessment, request, current.knowledge(), day);
        BriefPdf.Rendered rendered = BriefPdf.onePage(brief, "Brief: " + assessment.partner() + ", " + brief.date());
        return new Document(fileName(assessment.partner(), day), rendered.pdf(), rendered.pages(), rendered.brief());
    }

    private PartnerAssessmentRequest request(StoredAssessment stored) {
        try {
            return json.treeToValue(stored.input(), PartnerAssessmentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored input of assessment " + stored.id() + " can no longer be read", e);
        }
    }

    private LocalDate day(String createdAt) {
        try {
            return LocalDate.parse(createdAt.substring(0, 10));
        } catch (RuntimeException e) {
            return LocalDate.now(clock);
        }
    }

    /** "<partner>-brief-<date>.pdf", the partner's name reduced to letters, digits and hyphens. */
    public static String fileName(String partner, LocalDate day) {
        String plain = Normalizer.normalize(partner == null ? "" : partner, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > 60) safe = safe.substring(0, 60).replaceAll("-+$", "");
        return (safe.isEmpty() ? "partner" : safe) + "-brief-" + day + ".pdf";
    }
}
