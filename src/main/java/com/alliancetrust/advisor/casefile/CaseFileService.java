package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Alliances as case files: validated writes, each committed together with its timeline entry. */
public final class CaseFileService {
    /**
     * The highest version a record may carry. A version counts the changes made to a record, so no
     * real record comes near a billion; refusing more leaves a billion changes to go before a
     * version would overflow its integer column.
     */
    public static final int MAX_VERSION = 1_000_000_000;

    private final Database db;
    private final CaseFileStore store;
    private final HealthKeeping health;

    public CaseFileService(Database db, CaseFileStore store) {
        this(db, store, HealthKeeping.NONE);
    }

    /** {@code health} keeps each alliance's health as its case file is opened and changed. */
    public CaseFileService(Database db, CaseFileStore store, HealthKeeping health) {
        this.db = db;
        this.store = store;
        this.health = health;
    }

    public Alliance create(AllianceDraft draft) {
        validate(draft);
        String now = Ids.now();
        Alliance alliance = new Alliance(Ids.newId(), draft.partner(), draft.purpose(), countries(draft),
                draft.status() == null ? AllianceStatus.PROSPECT : draft.status(), draft.owner(), draft.description(), now, now, 1);
        Database.SqlWork<?> keepHealth = health.opening(alliance);
        db.inTransaction(c -> {
            store.insertAlliance(c, alliance);
            event(c, alliance.id(), "CREATED", "Case file opened for " + alliance.partner().name() + " (" + TimelineWording.purpose(alliance.purpose()) + ")", null);
            keepHealth.run(c);
            return alliance;
        });
        return alliance;
    }

    public Alliance update(String id, AllianceDraft draft) {
        validate(draft);
        if (draft.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you read, so that a concurrent change is not overwritten");
        }
        Alliance saved = db.inTransaction(c -> {
            Alliance current = find(c, id);
            if (draft.status() == AllianceStatus.ARCHIVED && current.status() != AllianceStatus.ARCHIVED) {
                throw new InvalidInputException("status", "use the archive action to archive an alliance");
            }
            Alliance updated = new Alliance(id, draft.partner(), draft.purpose(), countries(draft),
                    draft.status() == null ? current.status() : draft.status(), draft.owner(), draft.description(),
                    current.createdAt(), Ids.now(), draft.version() + 1);
            if (!store.updateAlliance(c, updated, draft.version())) throw stale(c, id, draft.version());
            event(c, id, "UPDATED", "Case file updated: " + changes(current, updated), null);
            return updated;
        });
        health.changed(id);
        return saved;
    }

    public Alliance archive(String id, Integer version) {
        Alliance result = db.inTransaction(c -> {
            Alliance current = find(c, id);
            int expected = version == null ? current.version() : version;
            if (current.status() == AllianceStatus.ARCHIVED) return current;
            Alliance archived = new Alliance(id, current.partner(), current.purpose(), current.countries(), AllianceStatus.ARCHIVED,
                    current.owner(), current.description(), current.createdAt(), Ids.now(), expected + 1);
            if (!store.updateAlliance(c, archived, expected)) throw stale(c, id, expected);
            event(c, id, "ARCHIVED", "Case file archived", null);
            return archived;
        });
        health.changed(id);
        return result;
    }

    public CaseFile read(String id) {
        return db.read(c -> new CaseFile(find(c, id), store.events(c, id), store.assessmentSummaries(c, id)));
    }

    public Page<Alliance> list(AllianceFilter filter, int page, int size) {
        Page.check(page, size);
        return db.read(c -> store.listAlliances(c, filter, page, size));
    }

    /** Fails with a 400 naming {@code field} unless the alliance exists. */
    public void requireAlliance(String id, String field) {
        boolean exists = db.read(c -> store.exists(c, "alliances", id));
        if (!exists) throw new InvalidInputException(field, "no alliance with id " + id);
    }

    /**
     * Stores an assessment made for an alliance, with its input and full output as JSON texts written
     * before the write begins (so that the writer's turn is not spent on them), and notes it on the
     * timeline; {@code alongside} is written in the same transaction, so that all of it is kept or none.
     */
    public StoredAssessment.Row recordAssessment(String allianceId, String inputJson, PartnerAssessment output, String outputJson,
                                                 Database.SqlWork<?> alongside) {
        StoredAssessment.Row stored = new StoredAssessment.Row(output.assessmentId(), allianceId, Ids.now(), output.version(),
                output.partner(), output.verdict().value().name(), inputJson, outputJson);
        return db.inTransaction(c -> {
            find(c, allianceId);
            store.insertAssessment(c, stored);
            event(c, allianceId, "ASSESSMENT", "Partner assessment of " + output.partner() + ": " + TimelineWording.verdict(output.verdict().value())
                    + " (rules and knowledge version " + output.version() + ")", stored.id());
            alongside.run(c);
            return stored;
        });
    }

    /** Fails with 404 unless the alliance exists. */
    public void requireExisting(String id) {
        db.read(c -> find(c, id));
    }

    /**
     * Records on an alliance's timeline something another capability did, e.g. a diagnosis, in the
     * transaction {@code c} that writes the record itself: the record and its entry are kept together
     * or not at all. Fails with 404 unless the alliance exists.
     */
    public void note(Connection c, String allianceId, String kind, String summary, String recordId) throws SQLException {
        find(c, allianceId);
        event(c, allianceId, kind, summary, recordId);
    }

    /** A stored assessment named in a request body: unknown gives 400 naming {@code field}, not 404. */
    public StoredAssessment assessmentForInput(String id, String field) {
        return db.read(c -> store.findAssessment(c, id))
                .orElseThrow(() -> new InvalidInputException(field, "no assessment with id " + id));
    }

    public StoredAssessment assessment(String id) {
        return db.read(c -> store.findAssessment(c, id))
                .orElseThrow(() -> new NotFoundException("No assessment with id " + id));
    }

    /** A stored assessment as its row holds it, its input and output not yet read: for a reader that keeps what it makes of them. */
    public StoredAssessment.Row assessmentRow(String id) {
        return db.read(c -> store.findAssessmentRow(c, id))
                .orElseThrow(() -> new NotFoundException("No assessment with id " + id));
    }

    /** A stored row read as the assessment it holds. */
    public StoredAssessment read(StoredAssessment.Row row) {
        return store.read(row);
    }

    public List<AssessmentSummary> assessments(String allianceId) {
        return db.read(c -> {
            find(c, allianceId);
            return store.assessmentSummaries(c, allianceId);
        });
    }

    private Alliance find(Connection c, String id) throws SQLException {
        return store.findAlliance(c, id).orElseThrow(() -> new NotFoundException("No alliance with id " + id));
    }

    private void event(Connection c, String allianceId, String kind, String summary, String recordId) throws SQLException {
        store.insertEvent(c, new TimelineEvent(Ids.newId(), allianceId, Ids.now(), kind, summary, recordId));
    }

    /** Re-reads after the refused update, so that the message gives the version the winner committed. */
    private ConflictException stale(Connection c, String id, int sent) throws SQLException {
        int stored = find(c, id).version();
        return new ConflictException("version", "alliance " + id + " was changed by someone else: you sent version " + sent
                + " but it is now at version " + stored + "; read it again and reapply your change");
    }

    private static String changes(Alliance before, Alliance after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.partner(), after.partner())) changed.add("partner");
        if (before.purpose() != after.purpose()) changed.add("purpose");
        if (!Objects.equals(before.countries(), after.countries())) changed.add("countries");
        if (before.status() != after.status()) changed.add("status from " + TimelineWording.status(before.status()) + " to " + TimelineWording.status(after.status()));
        if (!Objects.equals(before.owner(), after.owner())) changed.add("owner");
        if (!Objects.equals(before.description(), after.description())) changed.add("description");
        return changed.isEmpty() ? "no change" : String.join(", ", changed);
    }

    private static List<String> countries(AllianceDraft draft) {
        return draft.countries() == null ? List.of() : List.copyOf(draft.countries());
    }

    /** Refuses, naming the field, a version no record can have: below 1, or so high that its next changes would overflow. */
    public static void checkVersion(int version, String field) {
        if (version < 1 || version > MAX_VERSION) {
            throw new InvalidInputException(field, "must be between 1 and " + MAX_VERSION + ", got " + version);
        }
    }

    /** Refuses, naming the field, an alliance the API would not open or update. */
    public static void validate(AllianceDraft draft) {
        InputChecks.body(draft);
        SelectionInput.partner(draft.partner(), "partner");
        if (draft.purpose() == null) throw new InvalidInputException("purpose", "is required");
        List<String> countries = countries(draft);
        for (int i = 0; i < countries.size(); i++) InputChecks.country(countries.get(i), "countries[" + i + "]");
        if (draft.owner() != null && draft.owner().length() > 200) throw new InvalidInputException("owner", "must be at most 200 characters");
        if (draft.description() != null && draft.description().length() > 10_000) {
            throw new InvalidInputException("description", "must be at most 10000 characters");
        }
        if (draft.version() != null) checkVersion(draft.version(), "version");
    }
}
