package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.InvalidInputException;
import com.alliancetrust.advisor.NotFoundException;
import com.alliancetrust.advisor.casefile.AssessmentRecorder;
import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.domain.CatalogueItem;
import com.alliancetrust.advisor.domain.ChecklistPick;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.MissingEvidence;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.ChecklistItem;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.IpSensitivity;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.Purpose;
import com.alliancetrust.advisor.store.ChecklistStore;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Due-diligence checklists: chosen by rules from the deal's context and from what the partner
 * assessment could not establish or found alarming; tracked item by item; and fed back, finding by
 * finding, into a new assessment of the partner.
 */
public final class ChecklistService {
    static final String RULE_SET = "checklist";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final TypeReference<List<Explanation>> REASONS = new TypeReference<>() {};

    /** What a re-assessment from the checklist's findings produced. */
    public record Reassessment(String checklistId, String previousAssessmentId, String assessmentId, List<AppliedFinding> appliedFindings,
                               List<AssessmentRerun.Change> changes, JsonNode assessment) {
    }

    public record AppliedFinding(String item, String field, String value) {
    }

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final ChecklistStore store = new ChecklistStore();
    private final CaseFileService caseFiles;
    private final AssessmentRecorder recorder;
    private final ObjectMapper json;
    private final JsonText text;

    public ChecklistService(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, AssessmentRecorder recorder, ObjectMapper json) {
        this.advisor = advisor;
        this.db = db;
        this.caseFiles = caseFiles;
        this.recorder = recorder;
        this.json = json;
        this.text = new JsonText(json);
    }

    public Checklist create(ChecklistContext request) {
        if (request == null) throw new InvalidInputException("(body)", "request body is required");
        Advisor current = advisor.get();
        KnowledgeBase kb = current.knowledge();
        StoredAssessment assessment = request.assessmentId() == null ? null : caseFiles.assessmentForInput(request.assessmentId(), "assessmentId");
        ChecklistContext context = withDefaults(request, assessment);
        country(context.partnerCountry(), "partnerCountry");
        country(context.ourCountry(), "ourCountry");
        if (context.allianceId() != null) caseFiles.requireAlliance(context.allianceId(), "allianceId");
        if (context.expectedDurationYears() != null && (context.expectedDurationYears() < 0 || context.expectedDurationYears() > 100)) {
            throw new InvalidInputException("expectedDurationYears", "must be between 0 and 100");
        }
        Evaluation evaluation = current.engine(RULE_SET).evaluate(facts(context, assessment, kb));
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, kb, this::describe);
        Map<String, Priority> priorities = new LinkedHashMap<>();
        Map<String, List<Explanation>> reasons = new LinkedHashMap<>();
        for (ChecklistPick pick : evaluation.all(ChecklistPick.class)) {
            priorities.merge(pick.itemId(), pick.priority(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            Explanation why = explanations.explain(pick, evaluation.derivationOf(pick).orElseThrow().rule().description());
            List<Explanation> list = reasons.computeIfAbsent(pick.itemId(), k -> new ArrayList<>());
            if (list.stream().noneMatch(e -> e.rule().equals(why.rule()))) list.add(why);
        }
        List<String> order = new ArrayList<>(kb.checklist().keySet());
        List<String> chosen = new ArrayList<>(priorities.keySet());
        chosen.sort(Comparator.comparing((String id) -> priorities.get(id)).thenComparing(id -> kb.checklist().get(id).section())
                .thenComparingInt(order::indexOf));

        String id = Ids.newId();
        List<ChecklistStore.ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String item = chosen.get(i);
            rows.add(new ChecklistStore.ItemRow(id, item, i, priorities.get(item).name(), text.write(reasons.get(item)),
                    Checklist.Status.OPEN.name(), null, null, null, null));
        }
        ChecklistStore.Header header = new ChecklistStore.Header(id, context.allianceId(), context.assessmentId(), Ids.now(),
                current.version(), text.write(context), 1);
        db.inTransaction(c -> {
            store.insert(c, header, rows);
            return null;
        });
        if (context.allianceId() != null) {
            caseFiles.note(context.allianceId(), "CHECKLIST", "Due-diligence checklist of " + rows.size() + " items", id);
        }
        return read(id);
    }

    public Checklist read(String id) {
        ChecklistStore.Header header = db.read(c -> store.find(c, id))
                .orElseThrow(() -> new NotFoundException("No checklist with id " + id));
        List<ChecklistStore.ItemRow> rows = db.read(c -> store.items(c, id));
        KnowledgeBase kb = advisor.get().knowledge();
        ChecklistContext context = text.read(header.contextJson(), ChecklistContext.class);
        CountryRisk risk = context.partnerCountry() == null ? null : kb.countryRisk().get(context.partnerCountry());
        List<Checklist.Item> items = rows.stream().map(r -> {
            ChecklistItem item = kb.checklist().get(r.itemId());
            String title = item == null ? r.itemId() : item.title();
            return new Checklist.Item(r.itemId(), item == null ? null : item.section(), title, item == null ? null : item.check(),
                    item == null ? null : item.verify(), item == null ? null : item.why(), Priority.valueOf(r.priority()),
                    text.read(r.reasonsJson(), REASONS), item == null ? null : item.resolves(), Checklist.Status.valueOf(r.status()),
                    r.note(), r.finding(), r.markedAt(), r.markedBy());
        }).toList();
        int done = count(items, Checklist.Status.DONE);
        int na = count(items, Checklist.Status.NOT_APPLICABLE);
        int red = count(items, Checklist.Status.RED_FLAG);
        return new Checklist(header.id(), header.allianceId(), header.assessmentId(), header.createdAt(), header.rulesVersion(), context,
                risk == null ? "UNKNOWN" : risk.band().name() + " (" + risk.name() + ", score " + risk.score() + ")",
                items, new Checklist.Progress(items.size(), items.size() - done - na - red, done, na, red), header.version());
    }

    public Checklist mark(String checklistId, String itemId, Checklist.Mark mark) {
        if (mark == null || mark.status() == null) throw new InvalidInputException("status", "is required: OPEN, DONE, NOT_APPLICABLE or RED_FLAG");
        read(checklistId);
        ChecklistItem item = advisor.get().knowledge().checklist().get(itemId);
        if (mark.note() != null && mark.note().length() > 5000) throw new InvalidInputException("note", "must be at most 5000 characters");
        if (mark.by() != null && mark.by().length() > 200) throw new InvalidInputException("by", "must be at most 200 characters");
        String date = mark.date() == null ? LocalDate.now().toString() : date(mark.date());
        if (mark.finding() != null) {
            if (item == null || item.resolves() == null) {
                throw new InvalidInputException("finding", "item '" + itemId + "' establishes no assessment evidence; record what you found in the note");
            }
            EvidenceField field = advisor.get().knowledge().evidenceField(item.resolves()).orElseThrow();
            boolean valid = field.type() == EvidenceField.Type.NUMBER ? mark.finding().matches("\\d{1,4}")
                    && Integer.parseInt(mark.finding()) >= field.min() && Integer.parseInt(mark.finding()) <= field.max()
                    : field.choice(mark.finding()).isPresent();
            if (!valid) {
                throw new InvalidInputException("finding", "must be a value of " + field.key() + ": " + (field.type() == EvidenceField.Type.NUMBER
                        ? "a whole number from " + field.min() + " to " + field.max()
                        : String.join(", ", field.values().stream().map(EvidenceField.Choice::value).toList())));
            }
        }
        boolean marked = db.inTransaction(c -> store.mark(c, checklistId, itemId, mark.status().name(), mark.note(), mark.finding(), date, mark.by()));
        if (!marked) throw new NotFoundException("Item " + itemId + " is not on checklist " + checklistId);
        return read(checklistId);
    }

    /** Applies the findings recorded on the checklist to the assessment it was built from, and assesses again. */
    public Reassessment reassess(String checklistId) {
        Checklist checklist = read(checklistId);
        if (checklist.assessmentId() == null) {
            throw new InvalidInputException("assessmentId", "this checklist was not built from an assessment, so there is nothing to re-assess");
        }
        StoredAssessment previous = caseFiles.assessment(checklist.assessmentId());
        ObjectNode input = previous.input().deepCopy();
        ObjectNode evidence = input.has("evidence") && input.get("evidence").isObject() ? (ObjectNode) input.get("evidence") : input.putObject("evidence");
        List<AppliedFinding> applied = new ArrayList<>();
        for (Checklist.Item item : checklist.items()) {
            if (item.finding() == null || item.resolves() == null) continue;
            String[] key = item.resolves().split("\\.");
            ObjectNode group = evidence.has(key[0]) && evidence.get(key[0]).isObject() ? (ObjectNode) evidence.get(key[0]) : evidence.putObject(key[0]);
            if (item.finding().matches("\\d+")) group.put(key[1], Integer.parseInt(item.finding()));
            else group.put(key[1], item.finding());
            applied.add(new AppliedFinding(item.id(), item.resolves(), item.finding()));
        }
        if (applied.isEmpty()) throw new InvalidInputException("items", "no finding has been recorded on this checklist yet");
        input.put("allianceId", previous.allianceId());
        PartnerAssessmentRequest request;
        try {
            request = json.treeToValue(input, PartnerAssessmentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored input of assessment " + previous.id() + " can no longer be read", e);
        }
        JsonNode output = recorder.assess(request).output();
        return new Reassessment(checklistId, previous.id(), output.path("assessmentId").asText(), applied,
                AssessmentRerun.changes(previous.output(), output), output);
    }

    private ChecklistContext withDefaults(ChecklistContext r, StoredAssessment a) {
        if (a == null) return r;
        JsonNode in = a.input();
        JsonNode alliance = in.path("alliance");
        JsonNode context = in.path("context");
        boolean pressure = "DETERMINED".equals(context.path("ceoCommitment").asText()) || "HIGH".equals(context.path("timePressure").asText());
        return new ChecklistContext(r.allianceId() != null ? r.allianceId() : a.allianceId(), r.assessmentId(),
                r.partnerCountry() != null ? r.partnerCountry() : text(in.path("partner").path("country")), r.ourCountry(),
                r.purpose() != null ? r.purpose() : alliance.hasNonNull("purpose") ? Purpose.valueOf(alliance.path("purpose").asText()) : null,
                r.ipSensitivity() != null ? r.ipSensitivity()
                        : alliance.hasNonNull("ipSensitivity") ? IpSensitivity.valueOf(alliance.path("ipSensitivity").asText()) : null,
                r.governmentFacing(), r.partnerIsCompetitor(),
                r.virtual() != null ? r.virtual() : alliance.hasNonNull("virtual") ? alliance.path("virtual").asBoolean() : null,
                r.ceoUnderPressure() != null ? r.ceoUnderPressure() : pressure,
                r.expectedDurationYears() != null ? r.expectedDurationYears()
                        : alliance.hasNonNull("expectedDurationYears") ? alliance.path("expectedDurationYears").asInt() : null);
    }

    /** What the rules see: the catalogue, the deal's context and, from a stored assessment, what it could not establish or found alarming. */
    static List<Object> facts(ChecklistContext context, StoredAssessment assessment, KnowledgeBase kb) {
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
        yes(facts, "checklist.partnerIsCompetitor", context.partnerIsCompetitor());
        yes(facts, "checklist.virtual", context.virtual());
        yes(facts, "checklist.ceoPressure", context.ceoUnderPressure());
        if (context.expectedDurationYears() != null) facts.add(Fact.of("checklist.expectedDurationYears", context.expectedDurationYears()));
        if (assessment != null) facts.addAll(assessmentFacts(assessment, kb));
        return facts;
    }

    /** Unknown elements become missing evidence; each red flag points at the evidence that raised it. */
    private static List<Object> assessmentFacts(StoredAssessment a, KnowledgeBase kb) {
        List<Object> facts = new ArrayList<>();
        for (JsonNode element : a.output().path("profile")) {
            if (!"UNKNOWN".equals(element.path("level").asText())) continue;
            TrustElement e = java.util.Arrays.stream(TrustElement.values()).filter(t -> t.name().equals(element.path("element").asText()))
                    .findFirst().orElse(null);
            if (e == null) continue; // an imported assessment may name what this version does not know
            kb.evidenceFor(e).forEach(f -> facts.add(new MissingEvidence(e, f.key())));
        }
        for (JsonNode flag : a.output().path("redFlags")) {
            for (JsonNode fact : flag.path("explanation").path("facts")) facts.add(Fact.of("assessment.redFlagField", fact.path("field").asText()));
        }
        return facts;
    }

    private Explanation.InputFact describe(com.alliancetrust.advisor.domain.Input input) {
        String label = switch (input.inputName()) {
            case "checklist.crossBorder" -> "Cross-border deal";
            case "checklist.corruptionRisk" -> "Corruption risk of the partner's country";
            case "checklist.governmentFacing" -> "Government-facing activities";
            case "checklist.ipSensitivity" -> "Sensitivity of the IP involved";
            case "checklist.partnerIsCompetitor" -> "The partner is also a competitor";
            case "checklist.virtual" -> "Virtual alliance";
            case "checklist.purpose" -> "Alliance purpose";
            case "checklist.ceoPressure" -> "CEO under pressure to close";
            case "checklist.expectedDurationYears" -> "Expected duration (years)";
            case "assessment.redFlagField" -> "Evidence behind a red flag in the assessment";
            default -> input.inputName();
        };
        return new Explanation.InputFact(input.inputName(), label, input.inputValue(), input.inputValue());
    }

    private static void yes(List<Object> facts, String name, Boolean value) {
        if (value != null) facts.add(Fact.of(name, value ? "YES" : "NO"));
    }

    private static void country(String code, String field) {
        if (code != null && !COUNTRIES.contains(code)) {
            throw new InvalidInputException(field, "must be an ISO 3166 two-letter country code such as \"JP\", got \"" + code + "\"");
        }
    }

    private static String date(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date as YYYY-MM-DD, got \"" + value + "\"");
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static int count(List<Checklist.Item> items, Checklist.Status status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }
}
