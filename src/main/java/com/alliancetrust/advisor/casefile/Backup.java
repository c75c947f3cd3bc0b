package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.ConflictException;
import com.alliancetrust.advisor.InvalidInputException;
import com.alliancetrust.advisor.MaxItems;
import com.alliancetrust.advisor.NotFoundException;
import com.alliancetrust.advisor.store.CaseFileStore;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.monitoring.HealthCheck;
import com.alliancetrust.advisor.store.DiagnosisStore;
import com.alliancetrust.advisor.store.HealthCheckStore;
import com.alliancetrust.advisor.store.Ids;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Case files as one JSON document: exported whole (one alliance or all), imported in a single
 * transaction that refuses to overwrite anything already stored.
 */
public final class Backup {
    public static final String FORMAT = "alliance-trust-advisor/case-files";
    public static final int FORMAT_VERSION = 1;

    /**
     * The lists of a backup are limited well above what a case file gathers in real use, so that any
     * backup the server made can be imported again; the size of the document is limited too.
     */
    public record Document(String format, Integer formatVersion, String exportedAt, @MaxItems(100_000) List<Entry> caseFiles) {
    }

    public record Entry(Alliance alliance, @MaxItems(10_000) List<TimelineEvent> timeline, @MaxItems(1_000) List<StoredAssessment> assessments,
                        @MaxItems(1_000) List<DiagnosisStore.Row> diagnoses, @MaxItems(1_000) List<HealthCheck> healthChecks) {
    }

    public record Imported(int alliances, int timelineEvents, int assessments, int diagnoses, int healthChecks) {
    }

    /**
     * Checks, before anything is stored, that an entry can be read back by the services that will
     * read it (a diagnosis session's state, a health check's dates and scores, a stored
     * assessment's input), refusing it with the field named; {@code path} names the entry.
     */
    public interface ImportCheck {
        void check(Entry entry, String path);
    }

    private final Database db;
    private final CaseFileStore store;
    private final DiagnosisStore diagnoses = new DiagnosisStore();
    private final HealthCheckStore healthChecks;
    private final ImportCheck readable;

    public Backup(Database db, CaseFileStore store, HealthCheckStore healthChecks) {
        this(db, store, healthChecks, (entry, path) -> { });
    }

    public Backup(Database db, CaseFileStore store, HealthCheckStore healthChecks, ImportCheck readable) {
        this.db = db;
        this.store = store;
        this.healthChecks = healthChecks;
        this.readable = readable;
    }

    public Document exportAll() {
        return db.read(c -> {
            List<Entry> entries = new ArrayList<>();
            for (String id : store.allianceIds(c)) entries.add(entry(c, id));
            return new Document(FORMAT, FORMAT_VERSION, Ids.now(), entries);
        });
    }

    public Document exportOne(String allianceId) {
        return db.read(c -> new Document(FORMAT, FORMAT_VERSION, Ids.now(), List.of(entry(c, allianceId))));
    }

    private Entry entry(Connection c, String id) throws SQLException {
        Alliance alliance = store.findAlliance(c, id).orElseThrow(() -> new NotFoundException("No alliance with id " + id));
        return new Entry(alliance, store.events(c, id), store.assessments(c, id), diagnoses.forAlliance(c, id),
                healthChecks.forAlliance(c, id));
    }

    public Imported importDocument(Document doc) {
        if (doc == null) throw new InvalidInputException("(body)", "request body is required");
        if (!FORMAT.equals(doc.format())) throw new InvalidInputException("format", "must be \"" + FORMAT + "\"");
        if (doc.formatVersion() == null || doc.formatVersion() != FORMAT_VERSION) {
            throw new InvalidInputException("formatVersion", "must be " + FORMAT_VERSION);
        }
        List<Entry> entries = doc.caseFiles() == null ? List.of() : doc.caseFiles();
        for (int i = 0; i < entries.size(); i++) {
            validate(entries.get(i), "caseFiles[" + i + "]");
            readable.check(entries.get(i), "caseFiles[" + i + "]");
        }
        return db.inTransaction(c -> {
            int events = 0;
            int assessments = 0;
            int sessions = 0;
            int checks = 0;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (store.exists(c, "alliances", e.alliance().id())) {
                    throw new ConflictException("caseFiles[" + i + "].alliance.id", "alliance " + e.alliance().id()
                            + " is already stored; import into an empty database or remove it first");
                }
                store.insertAlliance(c, e.alliance());
                for (TimelineEvent t : list(e.timeline())) {
                    store.insertEvent(c, t);
                    events++;
                }
                for (StoredAssessment a : list(e.assessments())) {
                    store.insertAssessment(c, a);
                    assessments++;
                }
                for (DiagnosisStore.Row d : list(e.diagnoses())) {
                    diagnoses.insert(c, d);
                    sessions++;
                }
                for (HealthCheck h : list(e.healthChecks())) {
                    healthChecks.insert(c, h);
                    checks++;
                }
            }
            return new Imported(entries.size(), events, assessments, sessions, checks);
        });
    }

    private static void validate(Entry e, String path) {
        if (e == null || e.alliance() == null) throw new InvalidInputException(path + ".alliance", "is required");
        Alliance a = e.alliance();
        require(a.id(), path + ".alliance.id");
        require(a.partner() == null ? null : a.partner().name(), path + ".alliance.partner.name");
        // The columns' sizes: a longer text is refused here, as both databases would refuse it.
        max(a.id(), path + ".alliance.id", ID);
        max(a.partner().name(), path + ".alliance.partner.name", 200);
        max(a.partner().country(), path + ".alliance.partner.country", 2);
        max(a.partner().industry(), path + ".alliance.partner.industry", 200);
        max(a.owner(), path + ".alliance.owner", 200);
        max(a.createdAt(), path + ".alliance.createdAt", TIME);
        max(a.updatedAt(), path + ".alliance.updatedAt", TIME);
        require(a.purpose(), path + ".alliance.purpose");
        require(a.status(), path + ".alliance.status");
        require(a.countries(), path + ".alliance.countries");
        require(a.createdAt(), path + ".alliance.createdAt");
        require(a.updatedAt(), path + ".alliance.updatedAt");
        if (a.version() < 1) throw new InvalidInputException(path + ".alliance.version", "must be 1 or more");
        List<TimelineEvent> timeline = list(e.timeline());
        for (int j = 0; j < timeline.size(); j++) {
            TimelineEvent t = timeline.get(j);
            String at = path + ".timeline[" + j + "]";
            if (t == null) throw new InvalidInputException(at, "must not be null");
            require(t.id(), at + ".id");
            require(t.at(), at + ".at");
            require(t.kind(), at + ".kind");
            require(t.summary(), at + ".summary");
            max(t.id(), at + ".id", ID);
            max(t.at(), at + ".at", TIME);
            max(t.kind(), at + ".kind", 40);
            max(t.recordId(), at + ".recordId", ID);
            if (!a.id().equals(t.allianceId())) throw new InvalidInputException(at + ".allianceId", "must be " + a.id());
        }
        List<StoredAssessment> assessments = list(e.assessments());
        for (int j = 0; j < assessments.size(); j++) {
            StoredAssessment s = assessments.get(j);
            String at = path + ".assessments[" + j + "]";
            if (s == null) throw new InvalidInputException(at, "must not be null");
            require(s.id(), at + ".id");
            require(s.createdAt(), at + ".createdAt");
            require(s.rulesVersion(), at + ".rulesVersion");
            require(s.partner(), at + ".partner");
            require(s.verdict(), at + ".verdict");
            require(s.input(), at + ".input");
            require(s.output(), at + ".output");
            max(s.id(), at + ".id", ID);
            max(s.createdAt(), at + ".createdAt", TIME);
            max(s.rulesVersion(), at + ".rulesVersion", 64);
            max(s.partner(), at + ".partner", 200);
            max(s.verdict(), at + ".verdict", 32);
            if (!a.id().equals(s.allianceId())) throw new InvalidInputException(at + ".allianceId", "must be " + a.id());
        }
        List<DiagnosisStore.Row> sessions = list(e.diagnoses());
        for (int j = 0; j < sessions.size(); j++) {
            DiagnosisStore.Row d = sessions.get(j);
            String at = path + ".diagnoses[" + j + "]";
            if (d == null) throw new InvalidInputException(at, "must not be null");
            require(d.id(), at + ".id");
            require(d.createdAt(), at + ".createdAt");
            require(d.updatedAt(), at + ".updatedAt");
            require(d.status(), at + ".status");
            require(d.stateJson(), at + ".stateJson");
            max(d.id(), at + ".id", ID);
            max(d.createdAt(), at + ".createdAt", TIME);
            max(d.updatedAt(), at + ".updatedAt", TIME);
            max(d.status(), at + ".status", 16);
            if (!a.id().equals(d.allianceId())) throw new InvalidInputException(at + ".allianceId", "must be " + a.id());
        }
        List<HealthCheck> checks = list(e.healthChecks());
        for (int j = 0; j < checks.size(); j++) {
            HealthCheck h = checks.get(j);
            String at = path + ".healthChecks[" + j + "]";
            if (h == null) throw new InvalidInputException(at, "must not be null");
            require(h.id(), at + ".id");
            require(h.date(), at + ".date");
            require(h.recordedAt(), at + ".recordedAt");
            require(h.scores(), at + ".scores");
            require(h.indicators(), at + ".indicators");
            require(h.events(), at + ".events");
            max(h.id(), at + ".id", ID);
            max(h.recordedAt(), at + ".recordedAt", TIME);
            if (!a.id().equals(h.allianceId())) throw new InvalidInputException(at + ".allianceId", "must be " + a.id());
        }
    }

    private static void require(Object value, String field) {
        if (value == null) throw new InvalidInputException(field, "is required");
    }

    private static final int ID = 36;
    private static final int TIME = 24;

    private static void max(String value, String field, int length) {
        if (value != null && value.length() > length) throw new InvalidInputException(field, "must be at most " + length + " characters");
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
