package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Purpose;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What is known when a diagnosis starts (or, in one-shot mode, everything known). Either
 * {@code accused} for a single breach, or {@code parts} for a breach with parts of different kinds.
 * The account is stored and shown back, never reasoned on. {@code ourCountry} and {@code partnerCountry}
 * (country codes) let the diagnosis check whether a cultural difference explains the behaviour; for
 * a stored alliance the partner's country defaults to the one in its case file.
 */
public record DiagnosisRequest(String allianceId, BreachPart.Accused accused, @MaxItems(DiagnosisService.MAX_PARTS) List<PartRequest> parts,
                               Purpose purpose, String stageAtTime, String account, @MaxItems(100) List<AnswerRequest> known,
                               String ourCountry, String partnerCountry) {

    public record PartRequest(BreachPart.Accused accused, String label) {
    }

    /** One answer: {@code value} for a single choice, {@code values} for several; {@code part} defaults to 1. */
    public record AnswerRequest(Integer part, String question, JsonNode value, @MaxItems(20) List<String> values) {
    }
}
