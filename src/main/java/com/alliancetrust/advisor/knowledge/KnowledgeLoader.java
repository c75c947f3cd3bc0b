package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.domain.ControlProvision;
import com.alliancetrust.advisor.domain.CoordinationProvision;
import com.alliancetrust.advisor.domain.OurConduct;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.TrustStage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@code knowledge-base/*.yaml} into immutable records, strictly: an unknown field, a missing
 * file or a reference to a source that is not in the bibliography stops the load with the file
 * and line. Scenario cases under {@code cases/} are test data and are not loaded here.
 */
public final class KnowledgeLoader {

    private record BibliographyFile(List<Source> sources) {}
    private record GlossaryFile(List<GlossaryTerm> terms) {}
    private record ElementsFile(List<ElementDefinition> elements) {}
    private record StagesFile(List<StageDefinition> stages) {}
    private record EvidenceFile(List<EvidenceField> fields, List<DealField> fit, List<DealField> power) {}
    private record AdviceFile(List<AdviceText> advice) {}
    private record RedFlagsFile(List<RedFlagText> redFlags) {}
    private record QuestionsFile(List<DiagnosisQuestion> questions) {}
    private record RepairStepsFile(List<RepairStepText> steps) {}
    private record SurveyFile(Scale scale, List<SurveyItem> items) {}
    private record Scale(int min, int max, List<String> labels) {}
    private record ChecklistFile(List<ChecklistItem> items) {}
    private record CountryEntry(String country, String name, int score) {}
    private record CountryRiskFile(String source, List<CountryEntry> countries) {}
    private record ConflictsFile(List<AdviceConflict> conflicts) {}
    private record OurSideFile(List<OurSideField> fields) {}
    private record BusinessCaseFile(List<CasePointText> points) {}
    private record LabelsFile(List<LabelGroup> groups) {}
    private record TrustBuildingFile(List<PlanPhase> phases, List<AdviceText> advice) {}

    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** How a fit fact can bear on its kind of fit: no demonstration, nothing-adverse or to-verify reading as for trust evidence. */
    private static final List<Bearing> FIT_READINGS = List.of(Bearing.SUPPORTS, Bearing.NEUTRAL, Bearing.SLIGHTLY_AGAINST,
            Bearing.AGAINST, Bearing.STRONGLY_AGAINST);

    private final Map<String, ContentFile> files = new LinkedHashMap<>();
    private final List<ContentFile> all;
    private final List<String> problems = new ArrayList<>();

    public static KnowledgeBase load(Collection<ContentFile> knowledgeFiles) {
        return new KnowledgeLoader(knowledgeFiles).build();
    }

    private KnowledgeLoader(Collection<ContentFile> knowledgeFiles) {
        this.all = List.copyOf(knowledgeFiles);
        for (ContentFile f : knowledgeFiles) {
            if (!f.path().contains("/cases/")) files.put(f.name(), f);
        }
    }

    private KnowledgeBase build() {
        var bibliographyFile = read("bibliography.yaml", BibliographyFile.class);
        var glossaryFile = read("glossary.yaml", GlossaryFile.class);
        var elementsFile = read("trust-elements.yaml", ElementsFile.class);
        var stagesFile = read("trust-stages.yaml", StagesFile.class);
        var evidenceFile = read("evidence.yaml", EvidenceFile.class);
        var adviceFile = read("advice.yaml", AdviceFile.class);
        var redFlagsFile = read("red-flags.yaml", RedFlagsFile.class);
        var questionsFile = read("diagnosis-questions.yaml", QuestionsFile.class);
        var stepsFile = read("repair-steps.yaml", RepairStepsFile.class);
        var surveyFile = read("trust-survey.yaml", SurveyFile.class);
        var monitoringFile = read("monitoring-advice.yaml", AdviceFile.class);
        var contractFile = read("contract-advice.yaml", AdviceFile.class);
        var cultureFile = read("culture-advice.yaml", AdviceFile.class);
        var checklistFile = read("checklist-items.yaml", ChecklistFile.class);
        var countryFile = read("country-risk.yaml", CountryRiskFile.class);
        var policy = read("selection-policy.yaml", SelectionPolicy.class);
        var monitoringPolicy = read("monitoring-policy.yaml", MonitoringPolicyFile.class);
        var conflictsFile = read("advice-conflicts.yaml", ConflictsFile.class);
        var buildingFile = read("trust-building.yaml", TrustBuildingFile.class);
        var contractPolicy = read("contract-policy.yaml", ContractPolicy.class);
        var ourSideFile = read("our-side.yaml", OurSideFile.class);
        var businessCaseFile = read("business-case.yaml", BusinessCaseFile.class);
        var summaryWording = read("summary.yaml", SummaryWording.class);
        var labelsFile = read("labels.yaml", LabelsFile.class);
        failIfProblems();

        var bibliography = index(bibliographyFile.sources(), Source::id, "bibliography.yaml");
        var glossary = index(glossaryFile.terms(), GlossaryTerm::id, "glossary.yaml");
        var elements = new EnumMap<TrustElement, ElementDefinition>(TrustElement.class);
        elements.putAll(index(elementsFile.elements(), ElementDefinition::id, "trust-elements.yaml"));
        var stages = new EnumMap<TrustStage, StageDefinition>(TrustStage.class);
        stages.putAll(index(stagesFile.stages(), StageDefinition::id, "trust-stages.yaml"));
        var evidence = index(evidenceFile.fields(), EvidenceField::key, "evidence.yaml");
        List<DealField> dealFields = new ArrayList<>();
        if (evidenceFile.fit() != null) evidenceFile.fit().forEach(f -> dealFields.add(f.in(DealField.Section.FIT)));
        if (evidenceFile.power() != null) evidenceFile.power().forEach(f -> dealFields.add(f.in(DealField.Section.POWER)));
        var deal = index(dealFields, DealField::key, "evidence.yaml");
        // Recommendations of every capability share one id space, so that no id means two things.
        List<AdviceText> allAdvice = new ArrayList<>(adviceFile.advice());
        allAdvice.addAll(monitoringFile.advice());
        allAdvice.addAll(contractFile.advice());
        allAdvice.addAll(cultureFile.advice());
        allAdvice.addAll(buildingFile.advice());
        var advice = index(allAdvice, AdviceText::id, "advice.yaml, monitoring-advice.yaml, contract-advice.yaml, culture-advice.yaml and trust-building.yaml");
        var phases = index(buildingFile.phases(), PlanPhase::id, "trust-building.yaml");
        var survey = index(surveyFile.items(), SurveyItem::id, "trust-survey.yaml");
        var checklist = index(checklistFile.items(), ChecklistItem::id, "checklist-items.yaml");
        var countries = index(countryFile.countries().stream().map(c -> new CountryRisk(c.country(), c.name(), c.score(),
                c.score() >= 60 ? CountryRisk.Band.LOW : c.score() >= 40 ? CountryRisk.Band.MEDIUM : CountryRisk.Band.HIGH,
                countryFile.source())).toList(), CountryRisk::country, "country-risk.yaml");
        var redFlags = index(redFlagsFile.redFlags(), RedFlagText::id, "red-flags.yaml");
        var questions = index(questionsFile.questions(), DiagnosisQuestion::id, "diagnosis-questions.yaml");
        var repairSteps = index(stepsFile.steps(), RepairStepText::id, "repair-steps.yaml");
        var ourSide = index(ourSideFile.fields(), OurSideField::key, "our-side.yaml");
        var businessCase = index(businessCaseFile.points(), CasePointText::id, "business-case.yaml");
        var labels = index(labelsFile.groups(), LabelGroup::group, "labels.yaml");
        labels.values().stream().filter(g -> g.labels() == null || g.labels().isEmpty() || g.labels().values().stream().anyMatch(w -> w == null || w.isBlank()))
                .forEach(g -> problems.add("labels.yaml: group '" + g.group() + "' needs words for each of its codes"));
        failIfProblems();
        var culture = CultureKnowledgeLoader.load(all, bibliography.keySet(), problems);

        for (TrustElement e : TrustElement.values()) {
            if (!elements.containsKey(e)) problems.add("trust-elements.yaml: no definition for " + e);
        }
        for (TrustStage s : TrustStage.values()) {
            if (!stages.containsKey(s)) problems.add("trust-stages.yaml: no definition for " + s);
        }
        glossary.values().forEach(t -> checkSources("glossary.yaml", t.id(), t.sources(), bibliography));
        elements.values().forEach(e -> checkSources("trust-elements.yaml", e.id().name(), e.sources(), bibliography));
        stages.values().forEach(s -> checkSources("trust-stages.yaml", s.id().name(), s.sources(), bibliography));
        evidence.values().forEach(this::checkEvidenceField);
        deal.values().forEach(this::checkDealField);
        repairSteps.values().forEach(r -> checkSources("repair-steps.yaml", r.id(), r.sources(), bibliography));
        advice.values().forEach(a -> checkSources("advice", a.id(), a.sources(), bibliography));
        survey.values().forEach(i -> checkSources("trust-survey.yaml", i.id(), i.sources(), bibliography));
        checklist.values().forEach(i -> checkSources("checklist-items.yaml", i.id(), i.sources(), bibliography));
        checklist.values().stream().filter(i -> i.resolves() != null && !evidence.containsKey(i.resolves()))
                .forEach(i -> problems.add("checklist-items.yaml: item '" + i.id() + "' resolves unknown evidence field '" + i.resolves() + "'"));
        checklist.values().stream().filter(i -> i.section() == null || i.sources() == null || i.sources().isEmpty())
                .forEach(i -> problems.add("checklist-items.yaml: item '" + i.id() + "' needs a section and at least one source"));
        checkSources("country-risk.yaml", "source", List.of(countryFile.source()), bibliography);
        phases.values().forEach(p -> checkSources("trust-building.yaml", p.id(), p.sources(), bibliography));
        phases.values().stream().filter(p -> p.name() == null || p.reason() == null || p.confidence() == null || p.dueAfterDays() <= 0)
                .forEach(p -> problems.add("trust-building.yaml: phase '" + p.id() + "' needs a name, a reason, a confidence and a due day after the start"));
        buildingFile.advice().stream().filter(a -> !phases.containsKey(a.category()))
                .forEach(a -> problems.add("trust-building.yaml: step '" + a.id() + "' names phase '" + a.category() + "', which is not one of its phases"));
        checkOurSide(ourSide);
        businessCase.values().forEach(p -> checkSources("business-case.yaml", p.id(), p.sources(), bibliography));
        businessCase.values().stream().filter(p -> p.statement() == null || p.why() == null || p.sources() == null || p.sources().isEmpty())
                .forEach(p -> problems.add("business-case.yaml: '" + p.id() + "' needs a statement, why and at least one source"));
        checkSummaryWording(summaryWording);
        checkPolicy(policy, evidence, bibliography);
        checkContractPolicy(contractPolicy, bibliography);
        checkMonitoringPolicy(monitoringPolicy, bibliography);
        redFlags.values().stream().filter(f -> f.allows() == null || f.resolvedBy() == null)
                .forEach(f -> problems.add("red-flags.yaml: '" + f.id() + "' must declare the best verdict it allows (allows) and how it is resolved (resolvedBy)"));
        List<AdviceConflict> conflicts = conflictsFile.conflicts() == null ? List.of() : List.copyOf(conflictsFile.conflicts());
        for (AdviceConflict c : conflicts) {
            if (c.ids() == null || c.ids().size() != 2 || c.prefer() == null || !c.ids().contains(c.prefer()) || c.reason() == null) {
                problems.add("advice-conflicts.yaml: a conflict names two advice ids, the one preferred among them, and the reason");
            } else {
                // Two pieces of advice, or two steps of a repair plan (repair-steps.yaml).
                boolean steps = c.ids().stream().allMatch(repairSteps::containsKey);
                if (!steps) {
                    c.ids().stream().filter(id -> !advice.containsKey(id.split("/", 2)[0]))
                            .forEach(id -> problems.add("advice-conflicts.yaml: unknown advice id '" + id + "'"));
                }
            }
        }
        if (surveyFile.scale() == null || surveyFile.scale().min() != 1 || surveyFile.scale().max() != 5) {
            problems.add("trust-survey.yaml: the scale must run from 1 to 5");
        }
        for (TrustElement e : TrustElement.values()) {
            if (survey.values().stream().noneMatch(i -> i.element() == e)) problems.add("trust-survey.yaml: no item for " + e);
        }
        survey.values().stream().filter(i -> (i.element() == null) == (i.measures() == null)
                        || (i.measures() != null && !SurveyItem.IDENTIFICATION.equals(i.measures())))
                .forEach(i -> problems.add("trust-survey.yaml: item '" + i.id() + "' measures either a trust element (element) or "
                        + SurveyItem.IDENTIFICATION + " (measures), not both"));
        repairSteps.values().stream().filter(r -> r.phase() == null || r.sources() == null || r.sources().isEmpty())
                .forEach(r -> problems.add("repair-steps.yaml: step '" + r.id() + "' needs a phase and at least one source"));
        questions.values().stream().filter(q -> q.type() == null || q.options() == null || q.options().size() < 2 || q.decides() == null)
                .forEach(q -> problems.add("diagnosis-questions.yaml: question '" + q.id() + "' needs a type, two options and what it decides"));
        failIfProblems();
        // Keep file order (and enum order for elements and stages): it is the order readers meet them in.
        return new KnowledgeBase(frozen(bibliography), frozen(glossary), frozen(elements), frozen(stages),
                frozen(evidence), frozen(deal), frozen(advice), frozen(redFlags), frozen(questions), frozen(repairSteps), frozen(survey),
                frozen(checklist), frozen(countries), culture, policy, conflicts, contractPolicy, monitoringPolicy, frozen(phases),
                frozen(ourSide), frozen(businessCase), summaryWording, frozen(labels), CodeWords.of(labels.values()),
                SelectionFacts.of(policy, redFlags.values(), evidence.values(), deal.values()));
    }

    /** Every kind of line has a limit, the limits fit in the most lines a summary has, and every wording has an id and a text. */
    private void checkSummaryWording(SummaryWording w) {
        if (w.limits() == null || w.lines() == null || w.reason() == null || w.maxLines() < 1) {
            problems.add("summary.yaml: needs limits, maxLines, the reason for them and lines");
            return;
        }
        for (var kind : com.alliancetrust.advisor.domain.SummaryKind.values()) {
            if (w.limits().get(kind) == null || w.limits().get(kind) < 1) problems.add("summary.yaml: no limit for " + kind);
        }
        if (w.limits().get(com.alliancetrust.advisor.domain.SummaryKind.DECISION) != null
                && w.limits().get(com.alliancetrust.advisor.domain.SummaryKind.DECISION) != 1) {
            problems.add("summary.yaml: a summary states one decision");
        }
        if (w.limits().values().stream().mapToInt(Integer::intValue).sum() > w.maxLines()) {
            problems.add("summary.yaml: the limits add up to more than maxLines");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var t : w.lines()) {
            if (t.id() == null || t.text() == null || t.text().isBlank()) problems.add("summary.yaml: every line needs an id and a text");
            else if (!ids.add(t.id())) problems.add("summary.yaml: line '" + t.id() + "' is worded twice");
        }
    }

    /**
     * A knowledge file as {@code type}: from the JSON packaged for exactly its text, if there is one
     * (see {@link PrecompiledKnowledge}); else, or if that JSON does not make a {@code type}, from its
     * YAML, whose failure says where in the file it is.
     */
    static <T> T parse(ContentFile file, Class<T> type) throws JsonProcessingException {
        Optional<byte[]> json = PrecompiledKnowledge.json(file);
        if (json.isPresent()) {
            try {
                return PrecompiledKnowledge.JSON.readValue(json.get(), type);
            } catch (IOException e) {
                // read as YAML below
            }
        }
        return YAML.readValue(file.text(), type);
    }

    private <T> T read(String name, Class<T> type) {
        ContentFile file = files.get(name);
        if (file == null) {
            problems.add("knowledge-base/" + name + ": missing");
            return null;
        }
        try {
            T value = parse(file, type);
            if (value == null) problems.add(file.path() + ": empty");
            return value;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            if (e instanceof UnrecognizedPropertyException u) line = keyLine(file.text(), u.getPropertyName(), line);
            problems.add(file.path() + (line <= 0 ? "" : ":" + line) + ": " + e.getOriginalMessage());
            return null;
        }
    }

    /**
     * The line of an unknown key. Records are read whole before their fields are matched, so the
     * parser's location is the end of the entry: the key itself is the nearest one above it.
     */
    private static int keyLine(String text, String key, int reported) {
        List<String> lines = text.lines().toList();
        Pattern asKey = Pattern.compile("^[\\s-]*\"?" + Pattern.quote(key) + "\"?\\s*:");
        for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
            if (asKey.matcher(lines.get(i)).find()) return i + 1;
        }
        return reported;
    }

    private <K, V> Map<K, V> index(List<V> entries, Function<V, K> id, String file) {
        Map<K, V> map = new LinkedHashMap<>();
        if (entries == null) return map;
        for (V entry : entries) {
            K key = id.apply(entry);
            if (key == null) problems.add(file + ": an entry has no id");
            else if (map.put(key, entry) != null) problems.add(file + ": duplicate id '" + key + "'");
        }
        return map;
    }

    private void checkSources(String file, String owner, List<String> sources, Map<String, Source> bibliography) {
        if (sources == null) return;
        for (String s : sources) {
            if (!bibliography.containsKey(s)) problems.add(file + ": '" + owner + "' cites unknown source '" + s + "'");
        }
    }

    /** Every parameter of a policy file justified: a value, a reason, sources in the bibliography and a confidence. */
    private boolean checkParameters(String file, List<SelectionPolicy.Parameter<?>> parameters, Map<String, Source> bibliography) {
        for (var p : parameters) {
            if (p == null || p.value() == null || p.reason() == null || p.confidence() == null || p.sources() == null || p.sources().isEmpty()) {
                problems.add(file + ": every parameter needs a value, a reason, sources and a confidence");
                return false;
            }
            checkSources(file, String.valueOf(p.value()), p.sources(), bibliography);
        }
        return true;
    }

    private void checkPolicy(SelectionPolicy policy, Map<String, EvidenceField> evidence, Map<String, Source> bibliography) {
        if (!checkParameters("selection-policy.yaml", policy.parameters(), bibliography)) return;
        for (TrustElement e : TrustElement.values()) {
            if (!policy.confidenceWeights().value().containsKey(e)) problems.add("selection-policy.yaml: no confidence weight for " + e);
        }
        if (policy.decideAt().value() > policy.plainGoAt().value()) {
            problems.add("selection-policy.yaml: decideAt must not be above plainGoAt");
        }
        policy.requiredForGoAhead().value().stream().filter(k -> !evidence.containsKey(k))
                .forEach(k -> problems.add("selection-policy.yaml: requiredForGoAhead names unknown evidence '" + k + "'"));
    }

    /** Every parameter justified, and a weight for every provision the contract endpoint accepts, and for nothing else. */
    private void checkContractPolicy(ContractPolicy policy, Map<String, Source> bibliography) {
        if (!checkParameters("contract-policy.yaml", policy.parameters(), bibliography)) return;
        checkKeys("controlWeights", policy.controlWeights().value(), ControlProvision.class);
        checkKeys("coordinationWeights", policy.coordinationWeights().value(), CoordinationProvision.class);
        for (String basis : List.of("LOW_TRUST", "EARLY", "ESTABLISHED")) {
            if (!policy.allowance().value().containsKey(basis)) problems.add("contract-policy.yaml: allowance has no value for " + basis);
        }
        if (policy.lengthyDraftPages().value() >= policy.longDraftPages().value()) {
            problems.add("contract-policy.yaml: lengthyDraftPages must be below longDraftPages");
        }
    }

    private void checkKeys(String parameter, Map<String, Integer> weights, Class<? extends Enum<?>> kinds) {
        List<String> names = java.util.Arrays.stream(kinds.getEnumConstants()).map(Enum::name).toList();
        names.stream().filter(n -> !weights.containsKey(n)).forEach(n -> problems.add("contract-policy.yaml: " + parameter + " has no weight for " + n));
        weights.keySet().stream().filter(k -> !names.contains(k)).forEach(k -> problems.add("contract-policy.yaml: " + parameter + " names unknown provision " + k));
    }

    private void checkMonitoringPolicy(MonitoringPolicyFile policy, Map<String, Source> bibliography) {
        if (!checkParameters("monitoring-policy.yaml", policy.parameters(), bibliography)) return;
        if (policy.lowBelow().value() >= policy.highAt().value() || policy.highAt().value() > policy.veryHighAt().value()) {
            problems.add("monitoring-policy.yaml: lowBelow must be below highAt, and highAt not above veryHighAt");
        }
        if (policy.quarterlyDays().value() >= policy.twiceYearlyDays().value()) {
            problems.add("monitoring-policy.yaml: quarterlyDays must be below twiceYearlyDays");
        }
        if (policy.surveyRoundDays().value() < 1 || policy.surveyRoundDays().value() > policy.surveyRoundMaxDays().value()) {
            problems.add("monitoring-policy.yaml: surveyRoundDays must be at least 1 and not above surveyRoundMaxDays");
        }
    }

    /** One entry per item of our own conduct, each worded with help and how to find out, and every value in words. */
    private void checkOurSide(Map<String, OurSideField> ourSide) {
        OurConduct.ITEMS.forEach((item, values) -> {
            OurSideField f = ourSide.get(OurConduct.PREFIX + item);
            if (f == null) {
                problems.add("our-side.yaml: no entry for '" + item + "'");
                return;
            }
            if (f.label() == null || f.help() == null || f.collect() == null) problems.add("our-side.yaml: '" + item + "' needs a label, help and collect text");
            for (Enum<?> v : values.getEnumConstants()) {
                if (f.choice(v.name()).isEmpty()) problems.add("our-side.yaml: '" + item + "' has no wording for " + v.name());
            }
        });
        ourSide.keySet().stream().filter(k -> !OurConduct.ITEMS.containsKey(k.substring(OurConduct.PREFIX.length())))
                .forEach(k -> problems.add("our-side.yaml: unknown item '" + k + "'"));
    }

    private void checkEvidenceField(EvidenceField f) {
        String where = "evidence.yaml: field '" + f.key() + "'";
        if (f.label() == null || f.help() == null || f.collect() == null) problems.add(where + " needs a label, help and collect text");
        if (f.type() == EvidenceField.Type.CHOICE && (f.values() == null || f.values().size() < 2)) problems.add(where + " needs at least two values");
        if (f.type() == EvidenceField.Type.NUMBER && (f.min() == null || f.max() == null || f.whatIf() == null)) problems.add(where + " needs min, max and whatIf");
    }

    /** A fit fact names its kind and reads every value; a power fact does neither (its rules read the facts together). */
    private void checkDealField(DealField f) {
        String where = "evidence.yaml: " + f.section().key() + " fact '" + f.name() + "'";
        if (f.label() == null || f.help() == null || f.collect() == null) problems.add(where + " needs a label, help and collect text");
        if (f.values() == null || f.values().size() < 2) {
            problems.add(where + " needs at least two values");
            return;
        }
        boolean fit = f.section() == DealField.Section.FIT;
        if (fit && f.kind() == null) problems.add(where + " needs the kind of fit it bears on");
        if (!fit && f.kind() != null) problems.add(where + " is not about fit and names no kind");
        for (DealField.Choice c : f.values()) {
            if (c.value() == null || c.label() == null) problems.add(where + " has a value without a label");
            else if (fit && c.reading() == null) problems.add(where + ": value " + c.value() + " needs a reading (how it bears on its kind of fit)");
            else if (fit && !FIT_READINGS.contains(c.reading())) problems.add(where + ": value " + c.value() + " reads as " + c.reading()
                    + "; a fit fact reads as one of " + FIT_READINGS);
            else if (!fit && c.reading() != null) problems.add(where + ": value " + c.value() + " is read by the rules, not by the catalogue: give it no reading");
        }
    }

    private void failIfProblems() {
        if (!problems.isEmpty()) throw new KnowledgeException("Knowledge base is invalid:\n  " + String.join("\n  ", problems));
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(map);
    }
}
