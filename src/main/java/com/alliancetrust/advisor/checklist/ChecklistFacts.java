package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.domain.CatalogueItem;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts the checklist rules reason over, and how each is named in an explanation. */
final class ChecklistFacts {
    private static final Map<String, String> LABELS = FactType.labels(ChecklistContext.FACTS);

    private ChecklistFacts() {
    }

    /** What the rules see: the catalogue, the deal's context and, from a stored assessment, what it could not establish or found alarming. */
    static List<Object> of(ChecklistContext context, StoredAssessment assessment, KnowledgeBase kb) {
        CountryRisk risk = context.partnerCountry() == null ? null : kb.countryRisk().get(context.partnerCountry());
        List<Object> facts = new ArrayList<>();
        kb.checklist().values().forEach(i -> facts.add(new CatalogueItem(i.id(), i.section().name(), i.resolves())));
        if (context.partnerCountry() != null && context.ourCountry() != null) {
            facts.add(Fact.of("checklist.crossBorder", context.partnerCountry().equals(context.ourCountry()) ? "NO" : "YES"));
        }
        if (risk != null) facts.add(Fact.of("checklist.corruptionRisk", risk.band().name()));
        if (context.purpose() != null) facts.add(Fact.of("checklist.purpose", context.purpose().name()));
        if (context.ipSensitivity() != null) facts.add(Fact.of("checklist.ipSensitivity", context.ipSensitivity().name()));
        yes(facts, "checklist.governmentFacing", context.governmentFacing());
        yes(facts, "checklist.intermediaries", context.intermediaries());
        yes(facts, "checklist.partnerIsCompetitor", context.partnerIsCompetitor());
        yes(facts, "checklist.virtual", context.virtual());
        yes(facts, "checklist.ceoPressure", context.ceoUnderPressure());
        if (context.expectedDurationYears() != null) facts.add(Fact.of("checklist.expectedDurationYears", context.expectedDurationYears()));
        if (assessment != null) facts.addAll(assessmentFacts(assessment, kb));
        return facts;
    }

    /**
     * What the assessment knew, as facts named by their evidence key; the evidence of each element it
     * left UNKNOWN; the findings it left to resolve; and, for each red flag, the evidence that raised it.
     */
    private static List<Object> assessmentFacts(StoredAssessment a, KnowledgeBase kb) {
        List<Object> facts = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        a.input().path("evidence").fields().forEachRemaining(group -> group.getValue().fields().forEachRemaining(item -> {
            String key = group.getKey() + "." + item.getKey();
            JsonNode value = item.getValue();
            if (kb.evidenceField(key).isEmpty() || value.isNull() || value.asText().equals(SelectionInput.UNKNOWN)) return;
            facts.add(value.isNumber() ? Fact.of(key, value.asInt()) : Fact.of(key, value.asText()));
            known.add(key);
        }));
        Set<String> against = new LinkedHashSet<>();
        for (JsonNode element : a.output().path("profile")) {
            TrustElement e = java.util.Arrays.stream(TrustElement.values()).filter(t -> t.name().equals(element.path("element").asText()))
                    .findFirst().orElse(null);
            if (e == null) continue; // an imported assessment may name what this version does not know
            if (element.path("level").asText().equals("UNKNOWN")) {
                kb.evidenceFor(e).forEach(f -> { if (!known.contains(f.key())) facts.add(Fact.of("assessment.unknownEvidence", f.key())); });
            }
        }
        for (JsonNode finding : a.output().path("findings")) {
            String field = finding.path("field").asText();
            if (kb.evidenceField(field).isPresent()) against.add(field);
        }
        against.forEach(field -> facts.add(Fact.of("assessment.evidenceAgainst", field)));
        Set<String> flagged = new LinkedHashSet<>();
        for (JsonNode flag : a.output().path("redFlags")) {
            for (JsonNode fact : flag.path("explanation").path("facts")) flagged.add(fact.path("field").asText());
        }
        flagged.forEach(field -> facts.add(Fact.of("assessment.redFlagField", field)));
        return facts;
    }

    static Explanation.InputFact describe(Input input, KnowledgeBase kb) {
        Optional<EvidenceField> evidence = kb.evidenceField(input.inputName());
        if (evidence.isPresent()) {
            return new Explanation.InputFact(input.inputName(), evidence.get().label() + " (from the assessment)", input.inputValue(),
                    evidence.get().describe(input.inputValue()));
        }
        String label = LABELS.getOrDefault(input.inputName(), input.inputName());
        if (input.inputName().startsWith("assessment.")) { // its value names an evidence field
            return new Explanation.InputFact(input.inputName(), label, input.inputValue(),
                    kb.evidenceField(input.inputValue()).map(EvidenceField::label).orElse(input.inputValue()));
        }
        return new Explanation.InputFact(input.inputName(), label, input.inputValue(), input.inputValue());
    }

    private static void yes(List<Object> facts, String name, Boolean value) {
        if (value != null) facts.add(Fact.of(name, value ? "YES" : "NO"));
    }
}
