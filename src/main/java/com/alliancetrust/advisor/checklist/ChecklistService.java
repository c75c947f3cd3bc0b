package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.casefile.AssessmentRecorder;
import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.domain.ChecklistPick;
import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.ChecklistItem;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Due-diligence checklists: chosen by rules from the deal's context and from what the partner
 * assessment could not establish or found alarming; tracked item by item; and fed back, finding by
 * finding, into a new assessment of the partner.
 */
public final class ChecklistService {
    static final String RULE_SET = "checklist";
    private static final int MAX_NOTE = 5000;
    private static final int MAX_BY = 200;
    private static final int MAX_ITEM_ID = 64;
    private static final Pattern ITEM_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What a re-assessment from the checklist's findings produced. */
    public record Reassessment(String checklistId, String previousAssessmentId, String assessmentId, List<AppliedFinding> appliedFindings,
                               List<AssessmentRerun.Change> changes, JsonNode assessment) {
    }

    /**
     * A finding recorded on the checklist and applied as evidence: where it came from (item, status,
     * note, who and when) and which conclusions of the new assessment now rest on it.
     */
    public record AppliedFinding(String item, String title, String field, String value, Checklist.Status status, String note,
                                 String markedBy, String markedAt, List<String> supports, String words) {
    }

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final ChecklistStore store;
    private final CaseFileService caseFiles;
    private final AssessmentRecorder recorder;
    private final ObjectMapper json;

    public ChecklistService(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, AssessmentRecorder recorder, ObjectMapper json) {
        this.advisor = advisor;
        this.db = db;
        this.caseFiles = caseFiles;
        this.recorder = recorder;
        this.json = json;
        this.store = new ChecklistStore(json);
    }

    public Checklist create(ChecklistContext request) {
        InputChecks.body(request);
        Advisor current = advisor.get();
        StoredAssessment assessment = request.assessmentId() == null ? null : caseFiles.assessmentForInput(request.assessmentId(), "assessmentId");
        if (assessment != null && request.allianceId() != null && !request.allianceId().equals(assessment.allianceId())) {
            throw new InvalidInputException("allianceId", "assessment " + assessment.id() + " belongs to alliance " + assessment.allianceId()
                    + ", not " + request.allianceId() + "; leave allianceId out to use the assessment's");
        }
        ChecklistContext context = withDefaults(request, assessment);
        checkContext(context, "");
        if (context.allianceId() != null) caseFiles.requireAlliance(context.allianceId(), "allianceId");
        StoredChecklist checklist = new StoredChecklist(Ids.newId(), Ids.now(), current.version(), context, 1,
                choose(current, context, assessment));
        ChecklistStore.Written written = store.write(checklist);
        StoredChecklist kept = db.inTransaction(c -> {
            StoredChecklist stored = store.insert(c, written);
            if (context.allianceId() != null) {
                caseFiles.note(c, context.allianceId(), "CHECKLIST", "Due-diligence checklist of " + checklist.items().size() + " items", checklist.id());
            }
            return stored;
        });
        return view(current, kept); // as stored: reading it back would only parse again what was just written
    }

    /** The items the rules choose for a deal, unmarked: most urgent first, each with why it is there. */
    private List<StoredChecklist.Item> choose(Advisor current, ChecklistContext context, StoredAssessment assessment) {
        KnowledgeBase kb = current.knowledge();
        Evaluation evaluation = current.engine(RULE_SET).evaluate(ChecklistFacts.of(context, assessment, kb));
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, kb, input -> ChecklistFacts.describe(input, kb));
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
        // Most urgent first; within a priority, the checks more aspects of the deal call for; then in catalogue order.
        chosen.sort(Comparator.comparing((String id) -> priorities.get(id)).thenComparing(id -> -reasons.get(id).size())
                .thenComparing(id -> kb.checklist().get(id).section()).thenComparingInt(order::indexOf));
        return chosen.stream().map(id -> new StoredChecklist.Item(id, priorities.get(id), List.copyOf(reasons.get(id)), Checklist.Status.OPEN,
                null, null, null, null, 1)).toList();
    }

    /** Which stored assessment a checklist built without one is to be fed back into. */
    public record Attachment(@com.alliancetrust.advisor.domain.Required String assessmentId) {
    }

    /**
     * Ties a checklist built from the deal alone, or from an assessment that was not stored, to an
     * assessment stored in a case file since, so that its findings can re-assess the partner. The
     * checklist keeps its items and marks; it joins the assessment's case file.
     */
    public Checklist attach(String checklistId, Attachment attachment) {
        InputChecks.body(attachment);
        if (attachment.assessmentId() == null || attachment.assessmentId().isBlank()) {
            throw new InvalidInputException("assessmentId", "is required: the id of an assessment stored in a case file");
        }
        StoredChecklist stored = db.read(c -> store.find(c, checklistId)).orElseThrow(() -> new NotFoundException("No checklist with id " + checklistId));
        ChecklistContext was = stored.context();
        if (was.assessmentId() != null) {
            throw new ConflictException("assessmentId", "this checklist is already built from an assessment; build a new checklist for another one");
        }
        StoredAssessment assessment = caseFiles.assessmentForInput(attachment.assessmentId(), "assessmentId");
        if (assessment.allianceId() == null) throw new InvalidInputException("assessmentId", "the assessment is not stored in a case file");
        if (was.allianceId() != null && !was.allianceId().equals(assessment.allianceId())) {
            throw new InvalidInputException("assessmentId", "the assessment is stored in another case file than the checklist's;"
                    + " store it in the checklist's case file");
        }
        ChecklistContext now = new ChecklistContext(assessment.allianceId(), assessment.id(), was.partnerCountry(), was.ourCountry(), was.purpose(),
                was.ipSensitivity(), was.governmentFacing(), was.partnerIsCompetitor(), was.virtual(), was.ceoUnderPressure(),
                was.expectedDurationYears(), was.intermediaries());
        db.inTransaction(c -> {
            if (!store.attach(c, checklistId, now)) {
                throw new ConflictException("assessmentId", "this checklist was tied to an assessment meanwhile; read it again");
            }
            if (was.allianceId() == null && now.allianceId() != null) {
                caseFiles.note(c, now.allianceId(), "CHECKLIST", "Due-diligence checklist of " + stored.items().size() + " items", checklistId);
            }
            return null;
        });
        return read(checklistId);
    }

    public Checklist read(String id) {
        return read(advisor.get(), id);
    }

    private Checklist read(Advisor current, String id) {
        return view(current, db.read(c -> store.find(c, id)).orElseThrow(() -> noChecklist(id)));
    }

    private static NotFoundException noChecklist(String id) {
        return new NotFoundException("No checklist with id " + id);
    }

    /** A stored checklist as the reader sees it: each item in the knowledge base's words, with the progress and summary. */
    private static Checklist view(Advisor current, StoredChecklist stored) {
        KnowledgeBase kb = current.knowledge();
        ChecklistContext context = stored.context();
        CountryRisk risk = context.partnerCountry() == null ? null : kb.countryRisk().get(context.partnerCountry());
        List<Checklist.Item> items = stored.items().stream().map(r -> {
            ChecklistItem item = kb.checklist().get(r.id());
            String title = item == null ? r.id() : item.title();
            return new Checklist.Item(r.id(), item == null ? null : item.section(), title, item == null ? null : item.check(),
                    item == null ? null : item.verify(), item == null ? null : item.why(), r.priority(), r.reasons(),
                    item == null ? null : item.resolves(), r.status(), r.note(), r.finding(), r.markedAt(), r.markedBy(), r.version(),
                    findingWords(kb, item == null ? null : item.resolves(), r.finding()));
        }).toList();
        int done = count(items, Checklist.Status.DONE);
        int na = count(items, Checklist.Status.NOT_APPLICABLE);
        int red = count(items, Checklist.Status.RED_FLAG);
        var progress = new Checklist.Progress(items.size(), items.size() - done - na - red, done, na, red);
        return new Checklist(stored.id(), context.allianceId(), context.assessmentId(), stored.createdAt(), stored.rulesVersion(), context,
                risk == null ? "UNKNOWN" : risk.band().name() + " (" + risk.name() + ", score " + risk.score() + ")",
                items, progress, stored.version(), Checklist.summarise(kb, items, progress, context.assessmentId() != null));
    }

    /** Marks an item, if it is still at the version the client read; a stale or missing version is a conflict (409). */
    public Checklist mark(String checklistId, String itemId, Checklist.Mark mark) {
        Advisor current = advisor.get();
        // The item alone first: a checklist or item that does not exist is named before what is wrong with the mark.
        if (db.read(c -> store.item(c, checklistId, itemId)).isEmpty()) {
            if (db.read(c -> store.find(c, checklistId)).isEmpty()) throw noChecklist(checklistId);
            throw new NotFoundException("Item " + itemId + " is not on checklist " + checklistId);
        }
        String date = checkMark(current.knowledge(), itemId, mark);
        if (mark.version() == null) {
            throw new InvalidInputException("version", "is required: send the version of the item you read, so that a mark made meanwhile"
                    + " by someone else is not overwritten");
        }
        db.inTransaction(c -> {
            if (store.mark(c, checklistId, itemId, mark.version(), mark.status(), mark.note(), mark.finding(), date, mark.by())) return null;
            StoredChecklist.Item now = store.item(c, checklistId, itemId)
                    .orElseThrow(() -> new NotFoundException("Item " + itemId + " is not on checklist " + checklistId));
            throw new ConflictException("version", "item " + itemId + " was changed by someone else: you sent version " + mark.version()
                    + " but it is now at version " + now.version() + " (" + now.status() + (now.markedBy() == null ? "" : ", by " + now.markedBy())
                    + (now.markedAt() == null ? "" : ", on " + now.markedAt()) + "); read it again and reapply your change");
        });
        return read(current, checklistId);
    }

    /** A finding as the reader says it: the evidence's label and the value's ("Beneficial ownership: fully disclosed and verified"). */
    static String findingWords(KnowledgeBase kb, String field, String finding) {
        if (finding == null) return null;
        return kb.evidenceField(field).map(f -> f.label() + ": " + f.describe(finding)).orElse(finding);
    }

    /** Refuses, naming the field, a mark the item cannot take; returns the date to record it under (today when none is given). */
    private static String checkMark(KnowledgeBase kb, String itemId, Checklist.Mark mark) {
        if (mark == null || mark.status() == null) throw new InvalidInputException("status", "is required: OPEN, DONE, NOT_APPLICABLE or RED_FLAG");
        if (mark.finding() != null && mark.status() != Checklist.Status.DONE && mark.status() != Checklist.Status.RED_FLAG) {
            throw new InvalidInputException("finding", "is recorded only with status DONE or RED_FLAG, not " + mark.status());
        }
        if (mark.note() != null && mark.note().length() > MAX_NOTE) throw new InvalidInputException("note", "must be at most " + MAX_NOTE + " characters");
        if (mark.by() != null && mark.by().length() > MAX_BY) throw new InvalidInputException("by", "must be at most " + MAX_BY + " characters");
        String date = mark.date() == null ? LocalDate.now().toString() : date(mark.date());
        if (mark.finding() != null) {
            ChecklistItem item = kb.checklist().get(itemId);
            if (item == null || item.resolves() == null) {
                throw new InvalidInputException("finding", "item '" + itemId + "' establishes no assessment evidence; record what you found in the note");
            }
            EvidenceField field = kb.evidenceField(item.resolves()).orElseThrow();
            boolean valid = field.type() == EvidenceField.Type.NUMBER ? mark.finding().matches("\\d{1,4}")
                    && Integer.parseInt(mark.finding()) >= field.min() && Integer.parseInt(mark.finding()) <= field.max()
                    : field.choice(mark.finding()).isPresent();
            if (!valid) {
                throw new InvalidInputException("finding", "must be a value of " + field.key() + ": " + (field.type() == EvidenceField.Type.NUMBER
                        ? "a whole number from " + field.min() + " to " + field.max()
                        : String.join(", ", field.values().stream().map(EvidenceField.Choice::value).toList())));
            }
        }
        return date;
    }

    /**
     * Refuses, naming the field, a checklist from a backup that this service would not have made or
     * kept: a deal it would refuse, an item twice or at an impossible version, a mark it would refuse
     * (or a mark's traces on an item never marked), and, when the checklist was made with the rules
     * and knowledge now served, items other than the ones they choose for the deal and {@code assessment}.
     * Returns whether its items could be derived again (false: made with other rules, kept as recorded).
     * {@code path} names the checklist in the backup document.
     */
    public boolean checkImported(StoredChecklist checklist, StoredAssessment assessment, String path) {
        Advisor current = advisor.get();
        if (checklist.context() == null) throw new InvalidInputException(path + ".context", "is required");
        checkContext(checklist.context(), path + ".context.");
        if (checklist.items() == null) throw new InvalidInputException(path + ".items", "is required");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < checklist.items().size(); i++) {
            StoredChecklist.Item item = checklist.items().get(i);
            String at = path + ".items[" + i + "]";
            if (item.id() == null || item.id().length() > MAX_ITEM_ID || !ITEM_ID.matcher(item.id()).matches()) {
                throw new InvalidInputException(at + ".id", "must be a checklist item id: lower-case letters, digits and single hyphens, at most 64");
            }
            if (!seen.add(item.id())) throw new InvalidInputException(at + ".id", "item '" + item.id() + "' appears twice on the checklist");
            if (item.priority() == null) throw new InvalidInputException(at + ".priority", "is required");
            if (item.reasons() == null) throw new InvalidInputException(at + ".reasons", "is required");
            CaseFileService.checkVersion(item.version(), at + ".version");
            checkImportedMark(current.knowledge(), item, at);
        }
        if (!current.version().equals(checklist.rulesVersion())) {
            AssessmentRerun.checkRecorded(json.valueToTree(checklist.items()), path + ".items");
            return false;
        }
        List<StoredChecklist.Item> chosen = choose(current, checklist.context(), assessment);
        for (int i = 0; i < Math.max(chosen.size(), checklist.items().size()); i++) {
            StoredChecklist.Item made = i < chosen.size() ? chosen.get(i) : null;
            StoredChecklist.Item stored = i < checklist.items().size() ? checklist.items().get(i) : null;
            if (made == null || stored == null || !made.id().equals(stored.id()) || made.priority() != stored.priority()
                    || !made.reasons().equals(stored.reasons())) {
                throw new InvalidInputException(path + ".items[" + i + "]", "is not what the rules and knowledge of version " + current.version()
                        + ", which made this checklist, choose for its deal: " + (made == null ? "no item" : made.id() + " at priority " + made.priority())
                        + " with its reasons");
            }
        }
        return true;
    }

    /** An item's mark as the mark request that made it, refused as that request would be; an item never marked carries no trace of one. */
    private static void checkImportedMark(KnowledgeBase kb, StoredChecklist.Item item, String at) {
        if (item.status() == null) throw new InvalidInputException(at + ".status", "is required");
        if (item.markedAt() == null) {
            if (item.status() != Checklist.Status.OPEN || item.note() != null || item.finding() != null || item.markedBy() != null) {
                throw new InvalidInputException(at + ".markedAt", "is required: the item has been marked");
            }
            return;
        }
        try {
            if (!checkMark(kb, item.id(), new Checklist.Mark(item.status(), item.note(), item.finding(), item.markedBy(), item.markedAt(),
                    item.version())).equals(item.markedAt())) {
                throw new InvalidInputException("date", "must be a date as YYYY-MM-DD, got \"" + item.markedAt() + "\"");
            }
        } catch (InvalidInputException e) {
            String field = switch (e.field()) {
                case "by" -> "markedBy";
                case "date" -> "markedAt";
                default -> e.field();
            };
            throw new InvalidInputException(at + "." + field, e.getMessage());
        }
    }

    /** Applies the findings recorded on the checklist to the assessment it was built from, and assesses again. */
    public Reassessment reassess(String checklistId) {
        Advisor current = advisor.get();
        Checklist checklist = read(current, checklistId);
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
            applied.add(new AppliedFinding(item.id(), item.title(), item.resolves(), item.finding(), item.status(), item.note(),
                    item.markedBy(), item.markedAt(), List.of(), item.findingWords()));
        }
        if (applied.isEmpty()) throw new InvalidInputException("items", "no finding has been recorded on this checklist yet");
        input.put("allianceId", previous.allianceId());
        PartnerAssessmentRequest request;
        try {
            request = json.treeToValue(input, PartnerAssessmentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored input of assessment " + previous.id() + " can no longer be read", e);
        }
        String summary = "Re-assessed with the findings of the due-diligence checklist: " + String.join("; ",
                applied.stream().map(f -> f.title() + " found " + f.words()).toList());
        // The new assessment and the checklist's entry on the timeline are kept together, or neither.
        String stored = recorder.assess(current, request, c -> {
            caseFiles.note(c, previous.allianceId(), "CHECKLIST", summary, checklistId);
            return null;
        }).output();
        JsonNode output;
        try {
            output = json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The assessment just stored cannot be read back", e);
        }
        List<AppliedFinding> traced = applied.stream().map(f -> new AppliedFinding(f.item(), f.title(), f.field(), f.value(), f.status(),
                f.note(), f.markedBy(), f.markedAt(), conclusionsResting(output, f.field()), f.words())).toList();
        return new Reassessment(checklistId, previous.id(), output.path("assessmentId").asText(), traced,
                AssessmentRerun.changes(previous.output(), output), output);
    }

    /** The conclusions of an assessment whose explanation lists the evidence field among its facts. */
    private static List<String> conclusionsResting(JsonNode assessment, String field) {
        List<String> found = new ArrayList<>();
        if (restsOn(assessment.path("verdict"), field)) found.add("verdict " + assessment.path("verdict").path("value").asText());
        if (restsOn(assessment.path("overall"), field)) found.add("overall trustworthiness " + assessment.path("overall").path("level").asText());
        for (JsonNode e : assessment.path("profile")) {
            if (restsOn(e, field)) found.add(e.path("element").asText().toLowerCase(Locale.ROOT) + " level " + e.path("level").asText());
        }
        for (JsonNode f : assessment.path("redFlags")) if (restsOn(f, field)) found.add("red flag " + f.path("id").asText());
        for (JsonNode r : assessment.path("recommendations")) if (restsOn(r, field)) found.add("recommendation " + r.path("id").asText());
        return found;
    }

    private static boolean restsOn(JsonNode conclusion, String field) {
        for (JsonNode fact : conclusion.path("explanation").path("facts")) if (field.equals(fact.path("field").asText())) return true;
        return false;
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
                        : alliance.hasNonNull("expectedDurationYears") ? alliance.path("expectedDurationYears").asInt() : null,
                r.intermediaries() != null ? r.intermediaries()
                        : alliance.hasNonNull("intermediaries") ? alliance.path("intermediaries").asBoolean() : null);
    }

    /** Refuses, naming the field (after {@code prefix}), a deal a checklist cannot be built for. */
    private static void checkContext(ChecklistContext context, String prefix) {
        country(context.partnerCountry(), prefix + "partnerCountry");
        country(context.ourCountry(), prefix + "ourCountry");
        InputChecks.range(context.expectedDurationYears(), 0, 100, prefix + "expectedDurationYears");
    }

    private static void country(String code, String field) {
        InputChecks.country(code, field);
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
