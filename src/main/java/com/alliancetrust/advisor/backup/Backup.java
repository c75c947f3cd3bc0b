package com.alliancetrust.advisor.backup;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.CaseFileStore;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.casefile.TimelineEvent;
import com.alliancetrust.advisor.checklist.ChecklistStore;
import com.alliancetrust.advisor.checklist.StoredChecklist;
import com.alliancetrust.advisor.diagnosis.DiagnosisStore;
import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.monitoring.HealthCheck;
import com.alliancetrust.advisor.monitoring.HealthCheckStore;
import com.alliancetrust.advisor.monitoring.Organisation;
import com.alliancetrust.advisor.monitoring.OrganisationStore;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.trustbuilding.StoredPlan;
import com.alliancetrust.advisor.trustbuilding.TrustPlanStore;
import com.alliancetrust.advisor.trustbuilding.TrustPlanTracking;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Every record as one JSON document: alliances with their timeline, stored assessments, diagnosis
 * sessions, health checks, checklists and trust-building plans, and the diagnoses and checklists kept in no case file.
 * Exported whole (everything, or one alliance's case file); imported in one transaction, after the
 * whole document has been checked as the API checks what it stores, so that an import either
 * stores everything or nothing, and never overwrites a record already stored.
 */
public final class Backup {
    public static final String FORMAT = "alliance-trust-advisor/case-files";
    /**
     * Version 2 added checklists, and the diagnoses and checklists kept in no case file; version 3 the
     * trust-building plans of each case file; version 4 the company's own settings (whether it has a
     * dedicated alliance function). Documents of versions 1 to 3 are still read.
     */
    public static final int FORMAT_VERSION = 4;
    /** The longest timeline summary: the server writes them, and its longest (a re-assessment's findings) stay far below. */
    private static final int MAX_SUMMARY = 10_000;
    private static final int MAX_RULES_VERSION = 64;

    private static final String ALLIANCES = "alliances";
    private static final String TIMELINE = "timeline_events";
    private static final String ASSESSMENTS = "assessments";
    private static final String DIAGNOSES = "diagnosis_sessions";
    private static final String HEALTH_CHECKS = "health_checks";
    private static final String CHECKLISTS = "checklists";
    private static final String TRUST_PLANS = "trust_plans";
    /** What each kind of timeline entry points at: a record of its case file in that table; the alliance's own changes ("") at none. */
    private static final Map<String, String> RECORD_OF_KIND = Map.of("CREATED", "", "UPDATED", "", "ARCHIVED", "",
            "ASSESSMENT", ASSESSMENTS, "CHECKLIST", CHECKLISTS, "DIAGNOSIS_STARTED", DIAGNOSES, "DIAGNOSIS_DETERMINED", DIAGNOSES,
            "HEALTH_CHECK", HEALTH_CHECKS, TrustPlanTracking.PLAN_KIND, TRUST_PLANS, TrustPlanTracking.STEP_KIND, TRUST_PLANS);

    /**
     * A backup: the case files, then the diagnoses and checklists kept in no case file and the company's
     * settings ({@code organisation}, absent while none is recorded); a one-alliance export holds its case file only.
     */
    public record Document(String format, Integer formatVersion, String exportedAt, @MaxItems(100_000) List<Entry> caseFiles,
                           @MaxItems(100_000) List<DiagnosisStore.Row> diagnoses, @MaxItems(100_000) List<StoredChecklist> checklists,
                           Organisation organisation) {
    }

    /**
     * One case file: the alliance and every record kept in it. The lists of a backup are limited well
     * above what a case file gathers in real use, so that any backup the server made can be imported
     * again; the size of the document is limited too.
     */
    public record Entry(Alliance alliance, @MaxItems(10_000) List<TimelineEvent> timeline, @MaxItems(1_000) List<StoredAssessment> assessments,
                        @MaxItems(1_000) List<DiagnosisStore.Row> diagnoses, @MaxItems(1_000) List<HealthCheck> healthChecks,
                        @MaxItems(1_000) List<StoredChecklist> checklists, @MaxItems(1_000) List<StoredPlan> trustBuildingPlans) {
    }

    /**
     * How many records of each kind were imported. {@code keptAsRecorded}: the assessments and
     * checklists made with other rules and knowledge than the server's, whose conclusions could
     * therefore not be derived again to check them, and are kept as they were recorded.
     */
    public record Imported(int alliances, int timelineEvents, int assessments, int diagnoses, int healthChecks, int checklists,
                           int keptAsRecorded, int trustBuildingPlans) {
    }

    /**
     * The checks of the services that read each kind of record, so that an import is refused, naming
     * the field, wherever the API would refuse to store what it holds; {@code path} names the record
     * in the document. Those that derive a record again say whether they could (false: made with
     * other rules, kept as recorded).
     */
    public interface Checks {
        boolean assessment(StoredAssessment assessment, String path);

        void diagnosis(DiagnosisStore.Row session, String path);

        void healthCheck(HealthCheck check, String path);

        /** {@code assessment}: the assessment of the backup the checklist was built from, or null. */
        boolean checklist(StoredChecklist checklist, StoredAssessment assessment, String path);

        /** {@code assessment}: the assessment of the backup the plan was made from, or null. */
        boolean trustBuildingPlan(StoredPlan plan, StoredAssessment assessment, String path);
    }

    private final Database db;
    private final CaseFileStore store;
    private final DiagnosisStore diagnoses = new DiagnosisStore();
    private final HealthCheckStore healthChecks;
    private final ChecklistStore checklists;
    private final TrustPlanStore plans;
    private final OrganisationStore organisation;
    private final Checks checks;

    public Backup(Database db, ObjectMapper json, Checks checks) {
        this.db = db;
        this.store = new CaseFileStore(json);
        this.healthChecks = new HealthCheckStore(json);
        this.checklists = new ChecklistStore(json);
        this.plans = new TrustPlanStore(json);
        this.organisation = new OrganisationStore();
        this.checks = checks;
    }

    public Document exportAll() {
        return db.read(c -> {
            List<Entry> entries = new ArrayList<>();
            for (String id : store.allianceIds(c)) entries.add(entry(c, id));
            Organisation settings = organisation.read(c);
            return new Document(FORMAT, FORMAT_VERSION, Ids.now(), entries, diagnoses.unattached(c), checklists.unattached(c),
                    settings.allianceFunction() == Organisation.AllianceFunction.NOT_KNOWN ? null : settings);
        });
    }

    public Document exportOne(String allianceId) {
        return db.read(c -> new Document(FORMAT, FORMAT_VERSION, Ids.now(), List.of(entry(c, allianceId)), List.of(), List.of(), null));
    }

    private Entry entry(Connection c, String id) throws SQLException {
        Alliance alliance = store.findAlliance(c, id).orElseThrow(() -> new NotFoundException("No alliance with id " + id));
        return new Entry(alliance, store.events(c, id), store.assessments(c, id), diagnoses.forAlliance(c, id),
                healthChecks.forAlliance(c, id), checklists.forAlliance(c, id), plans.forAlliance(c, id));
    }

    /** Checks the whole document, then stores it in one transaction; on SQLite, then gives the write-ahead log's space back. */
    public Imported importDocument(Document doc) {
        InputChecks.body(doc);
        if (!FORMAT.equals(doc.format())) throw new InvalidInputException("format", "must be \"" + FORMAT + "\"");
        if (doc.formatVersion() == null || doc.formatVersion() < 1 || doc.formatVersion() > FORMAT_VERSION) {
            throw new InvalidInputException("formatVersion", "must be from 1 to " + FORMAT_VERSION);
        }
        Plan plan = new Plan();
        each(doc.caseFiles(), "caseFiles", plan::caseFile);
        each(doc.diagnoses(), "diagnoses", (d, path) -> plan.diagnosis(d, path, null, null));
        each(doc.checklists(), "checklists", (c, path) -> plan.checklist(c, path, null, Map.of(), null));
        if (doc.organisation() != null) plan.organisation(doc.organisation());
        Imported imported = db.inTransaction(plan::write);
        db.shrinkLog();
        return imported;
    }

    /** The document checked record by record, and the writes that store it, each record after those it refers to. */
    private final class Plan {
        private final List<Write> writes = new ArrayList<>();
        private Organisation settings;
        /** Where each id was first seen, by table. */
        private final Map<String, String> seen = new HashMap<>();
        private int keptAsRecorded;

        void caseFile(Entry e, String path) {
            if (e.alliance() == null) throw new InvalidInputException(path + ".alliance", "is required");
            Alliance a = e.alliance();
            String at = path + ".alliance";
            Set<String> records = new HashSet<>(); // what the case file's timeline may point at, as table/id
            record(ALLIANCES, a.id(), at + ".id", c -> store.insertAlliance(c, a), records);
            prefixed(at + ".", () -> CaseFileService.validate(new AllianceDraft(a.partner(), a.purpose(), a.countries(), a.status(),
                    a.owner(), a.description(), a.version())));
            require(a.status(), at + ".status");
            require(a.countries(), at + ".countries");
            Ids.checkTime(a.createdAt(), at + ".createdAt");
            Ids.checkTime(a.updatedAt(), at + ".updatedAt");

            Map<String, StoredAssessment> assessments = new HashMap<>();
            each(e.assessments(), path + ".assessments", (s, p) -> {
                record(ASSESSMENTS, s.id(), p + ".id", c -> store.insertAssessment(c, s), records);
                belongs(s.allianceId(), a.id(), p + ".allianceId");
                Ids.checkTime(s.createdAt(), p + ".createdAt");
                text(s.rulesVersion(), p + ".rulesVersion", MAX_RULES_VERSION);
                require(s.partner(), p + ".partner");
                require(s.verdict(), p + ".verdict");
                require(s.input(), p + ".input");
                require(s.output(), p + ".output");
                if (!checks.assessment(s, p)) keptAsRecorded++;
                assessments.put(s.id(), s);
            });
            each(e.diagnoses(), path + ".diagnoses", (d, p) -> diagnosis(d, p, a.id(), records));
            each(e.healthChecks(), path + ".healthChecks", (h, p) -> {
                record(HEALTH_CHECKS, h.id(), p + ".id", c -> healthChecks.insert(c, h), records);
                belongs(h.allianceId(), a.id(), p + ".allianceId");
                Ids.checkTime(h.recordedAt(), p + ".recordedAt");
                require(h.scores(), p + ".scores");
                require(h.indicators(), p + ".indicators");
                require(h.events(), p + ".events");
                checks.healthCheck(h, p);
            });
            each(e.checklists(), path + ".checklists", (c, p) -> checklist(c, p, a.id(), assessments, records));
            each(e.trustBuildingPlans(), path + ".trustBuildingPlans", (t, p) -> {
                record(TRUST_PLANS, t.id(), p + ".id", c -> plans.insert(c, t), records);
                belongs(t.allianceId(), a.id(), p + ".allianceId");
                Ids.checkTime(t.createdAt(), p + ".createdAt");
                text(t.rulesVersion(), p + ".rulesVersion", MAX_RULES_VERSION);
                CaseFileService.checkVersion(t.version(), p + ".version");
                StoredAssessment from = t.assessmentId() == null ? null : assessments.get(t.assessmentId());
                if (t.assessmentId() != null && from == null) {
                    throw new InvalidInputException(p + ".assessmentId", "must be the id of an assessment of the same case file in the backup");
                }
                if (!checks.trustBuildingPlan(t, from, p)) keptAsRecorded++;
            });
            each(e.timeline(), path + ".timeline", (t, p) -> {
                record(TIMELINE, t.id(), p + ".id", c -> store.insertEvent(c, t), null);
                belongs(t.allianceId(), a.id(), p + ".allianceId");
                Ids.checkTime(t.at(), p + ".at");
                if (t.kind() == null || !RECORD_OF_KIND.containsKey(t.kind())) {
                    throw new InvalidInputException(p + ".kind", "must be one of " + new TreeSet<>(RECORD_OF_KIND.keySet()));
                }
                text(t.summary(), p + ".summary", MAX_SUMMARY);
                String table = RECORD_OF_KIND.get(t.kind());
                if (table.isEmpty() && t.recordId() != null) {
                    throw new InvalidInputException(p + ".recordId", "must be empty: " + t.kind() + " entries point at no record");
                }
                if (!table.isEmpty() && !records.contains(table + "/" + t.recordId())) {
                    throw new InvalidInputException(p + ".recordId", "must be the id of one of this case file's " + table.replace('_', ' ')
                            + " in the backup: that is what " + t.kind() + " entries point at");
                }
            });
        }

        void diagnosis(DiagnosisStore.Row d, String path, String allianceId, Set<String> records) {
            record(DIAGNOSES, d.id(), path + ".id", c -> diagnoses.insert(c, d), records);
            belongs(d.allianceId(), allianceId, path + ".allianceId");
            Ids.checkTime(d.createdAt(), path + ".createdAt");
            Ids.checkTime(d.updatedAt(), path + ".updatedAt");
            require(d.status(), path + ".status");
            require(d.stateJson(), path + ".stateJson");
            checks.diagnosis(d, path);
        }

        void checklist(StoredChecklist c, String path, String allianceId, Map<String, StoredAssessment> assessments, Set<String> records) {
            record(CHECKLISTS, c.id(), path + ".id", connection -> checklists.insert(connection, c), records);
            Ids.checkTime(c.createdAt(), path + ".createdAt");
            text(c.rulesVersion(), path + ".rulesVersion", MAX_RULES_VERSION);
            CaseFileService.checkVersion(c.version(), path + ".version");
            require(c.context(), path + ".context");
            belongs(c.context().allianceId(), allianceId, path + ".context.allianceId");
            StoredAssessment from = c.context().assessmentId() == null ? null : assessments.get(c.context().assessmentId());
            if (c.context().assessmentId() != null && from == null) {
                throw new InvalidInputException(path + ".context.assessmentId", "must be the id of an assessment of the same case file in the backup");
            }
            if (!checks.checklist(c, from, path)) keptAsRecorded++;
        }

        /** Notes a record to store: its id must be one as ids are made, and not that of another record of its table. */
        private void record(String table, String id, String field, Insert insert, Set<String> records) {
            Ids.check(id, field);
            String first = seen.putIfAbsent(table + "/" + id, field);
            if (first != null) throw new InvalidInputException(field, "is the id of " + first + " as well; every record needs its own");
            writes.add(new Write(table, id, field, insert));
            if (records != null) records.add(table + "/" + id);
        }

        /** The company's settings: a known answer with when it was given, stored only where none is yet. */
        void organisation(Organisation o) {
            require(o.allianceFunction(), "organisation.allianceFunction");
            if (o.allianceFunction() == Organisation.AllianceFunction.NOT_KNOWN) return; // not known is never stored as an answer
            Ids.checkTime(o.updatedAt(), "organisation.updatedAt");
            settings = o;
        }

        Imported write(Connection c) throws SQLException {
            if (settings != null) {
                if (organisation.read(c).allianceFunction() != Organisation.AllianceFunction.NOT_KNOWN) {
                    throw new ConflictException("organisation", "the company's settings are already recorded; import into an empty database");
                }
                organisation.write(c, settings);
            }
            for (Write w : writes) {
                if (store.exists(c, w.table(), w.id())) {
                    throw new ConflictException(w.field(), w.id() + " is already stored; import into an empty database, or remove it first");
                }
                w.insert().into(c);
            }
            return new Imported(count(ALLIANCES), count(TIMELINE), count(ASSESSMENTS), count(DIAGNOSES), count(HEALTH_CHECKS),
                    count(CHECKLISTS), keptAsRecorded, count(TRUST_PLANS));
        }

        private int count(String table) {
            return (int) writes.stream().filter(w -> w.table().equals(table)).count();
        }
    }

    private record Write(String table, String id, String field, Insert insert) {
    }

    @FunctionalInterface
    private interface Insert {
        void into(Connection c) throws SQLException;
    }

    /** Checks each item of a list that may be absent (none); {@code path} names the list. */
    private static <T> void each(List<T> items, String path, BiConsumer<T, String> check) {
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            if (items.get(i) == null) throw new InvalidInputException(at, "must not be null");
            check.accept(items.get(i), at);
        }
    }

    /** Runs a check of the API, naming its field within the document. */
    private static void prefixed(String prefix, Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(prefix + e.field(), e.getMessage());
        }
    }

    private static void belongs(String allianceId, String expected, String field) {
        if (Objects.equals(allianceId, expected)) return;
        throw new InvalidInputException(field, expected == null
                ? "must be empty: the record is listed with those in no case file; list it in its case file instead"
                : "must be " + expected + ", the alliance of the case file it is listed in");
    }

    private static void require(Object value, String field) {
        if (value == null) throw new InvalidInputException(field, "is required");
    }

    private static void text(String value, String field, int length) {
        require(value, field);
        if (value.length() > length) throw new InvalidInputException(field, "must be at most " + length + " characters");
    }
}
