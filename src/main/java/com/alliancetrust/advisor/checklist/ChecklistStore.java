package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.store.JsonText;
import com.alliancetrust.advisor.store.Recent;
import com.alliancetrust.advisor.store.Sql;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checklists and the tracking state of their items, the deal and the reasons as JSON text. Each
 * item has its own version, so that a mark based on a stale read is refused rather than applied.
 */
public final class ChecklistStore {
    private static final String HEADER_COLUMNS = "id, created_at, rules_version, context_json, version";
    private static final String ITEM_COLUMNS = "item_id, priority, reasons_json, status, note, finding, marked_at, marked_by, version";
    /** Some ten checklists' worth of distinct reasons; checklists made for like deals share most of theirs. */
    private static final int KEPT_REASONS = 500;

    private final JsonText text;
    /**
     * Reasons read, by their stored text: an item's reasons never change once stored, and every item
     * of a checklist is read at each mark. Parsing them had cost a fifth of marking an item, and
     * writing them into the answer much of the rest (see {@link StoredReasons}). The lists are shared
     * by every reader, so nothing changes them.
     */
    private final Recent<String, StoredReasons> reasons = new Recent<>(KEPT_REASONS);

    public ChecklistStore(ObjectMapper json) {
        this.text = new JsonText(json);
    }

    /**
     * A checklist ready to store: its deal and each item's reasons written as JSON text. It is
     * written before the write begins, so that the writer's turn, which other writes wait for, is not
     * spent on it.
     */
    public record Written(StoredChecklist checklist, String context, List<String> reasons) {
    }

    public Written write(StoredChecklist checklist) {
        return new Written(checklist, text.write(checklist.context()), checklist.items().stream().map(i -> text.write(i.reasons())).toList());
    }

    /** Stores the checklist; returns it as kept, its items' reasons those a read gives (see {@link StoredReasons}). */
    public StoredChecklist insert(Connection c, StoredChecklist checklist) throws SQLException {
        return insert(c, write(checklist));
    }

    /** Stores the checklist written; returns it as kept, its items' reasons those a read gives (see {@link StoredReasons}). */
    public StoredChecklist insert(Connection c, Written written) throws SQLException {
        StoredChecklist checklist = written.checklist();
        Sql.of("INSERT INTO checklists (alliance_id, assessment_id, " + HEADER_COLUMNS
                        + ") VALUES (:allianceId, :assessmentId, :id, :createdAt, :rulesVersion, :context, :version)")
                .set("allianceId", checklist.context().allianceId())
                .set("assessmentId", checklist.context().assessmentId())
                .set("id", checklist.id())
                .set("createdAt", checklist.createdAt())
                .set("rulesVersion", checklist.rulesVersion())
                .set("context", written.context())
                .set("version", checklist.version())
                .update(c);
        Sql items = Sql.of("INSERT INTO checklist_items (checklist_id, position, " + ITEM_COLUMNS + ") VALUES (:checklistId, :position,"
                + " :itemId, :priority, :reasons, :status, :note, :finding, :markedAt, :markedBy, :version)");
        List<StoredChecklist.Item> kept = new ArrayList<>(checklist.items().size());
        items.batch(c, checklist.items().size(), i -> {
            StoredChecklist.Item item = checklist.items().get(i);
            String reasonsText = written.reasons().get(i);
            kept.add(new StoredChecklist.Item(item.id(), item.priority(), reasons.get(reasonsText, w -> StoredReasons.written(item.reasons(), w)),
                    item.status(), item.note(), item.finding(), item.markedAt(), item.markedBy(), item.version()));
            items.set("checklistId", checklist.id())
                    .set("position", i)
                    .set("itemId", item.id())
                    .set("priority", item.priority().name())
                    .set("reasons", reasonsText)
                    .set("status", item.status().name())
                    .set("note", item.note())
                    .set("finding", item.finding())
                    .set("markedAt", item.markedAt())
                    .set("markedBy", item.markedBy())
                    .set("version", item.version());
        });
        return new StoredChecklist(checklist.id(), checklist.createdAt(), checklist.rulesVersion(), checklist.context(), checklist.version(),
                List.copyOf(kept));
    }

    /**
     * Records that a checklist built without a stored assessment belongs to one now: its context names the
     * assessment and its case file. False when the checklist is already tied to an assessment.
     */
    public boolean attach(Connection c, String checklistId, ChecklistContext context) throws SQLException {
        int updated = Sql.of("UPDATE checklists SET alliance_id = :allianceId, assessment_id = :assessmentId, context_json = :context,"
                        + " version = version + 1 WHERE id = :id AND assessment_id IS NULL")
                .set("allianceId", context.allianceId())
                .set("assessmentId", context.assessmentId())
                .set("context", text.write(context))
                .set("id", checklistId)
                .update(c);
        return updated == 1;
    }

    public Optional<StoredChecklist> find(Connection c, String id) throws SQLException {
        List<StoredChecklist> found = select(c, "id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The checklists kept in an alliance's case file, oldest first. */
    public List<StoredChecklist> forAlliance(Connection c, String allianceId) throws SQLException {
        return select(c, "alliance_id = ?", allianceId);
    }

    /** The checklists kept in no case file, oldest first. */
    public List<StoredChecklist> unattached(Connection c) throws SQLException {
        return select(c, "alliance_id IS NULL");
    }

    public Optional<StoredChecklist.Item> item(Connection c, String checklistId, String itemId) throws SQLException {
        List<StoredChecklist.Item> found = items(c, "checklist_id = ? AND item_id = ?", checklistId, itemId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Records a mark of one item if the item is still at {@code expectedVersion}, adding one to its
     * version and to the checklist's; false if the item is not on the checklist at that version.
     */
    public boolean mark(Connection c, String checklistId, String itemId, int expectedVersion, Checklist.Status status, String note,
                        String finding, String markedAt, String markedBy) throws SQLException {
        int marked = Sql.of("UPDATE checklist_items SET status = :status, note = :note, finding = :finding, marked_at = :markedAt,"
                        + " marked_by = :markedBy, version = version + 1 WHERE checklist_id = :checklistId AND item_id = :itemId"
                        + " AND version = :expectedVersion")
                .set("status", status.name())
                .set("note", note)
                .set("finding", finding)
                .set("markedAt", markedAt)
                .set("markedBy", markedBy)
                .set("checklistId", checklistId)
                .set("itemId", itemId)
                .set("expectedVersion", expectedVersion)
                .update(c);
        if (marked != 1) return false;
        try (PreparedStatement s = c.prepareStatement("UPDATE checklists SET version = version + 1 WHERE id = ?")) {
            s.setString(1, checklistId);
            s.executeUpdate();
        }
        return true;
    }

    private List<StoredChecklist> select(Connection c, String where, String... args) throws SQLException {
        List<StoredChecklist> checklists = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + HEADER_COLUMNS + " FROM checklists WHERE " + where + " ORDER BY id")) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    checklists.add(new StoredChecklist(id, r.getString(2), r.getString(3), text.read(r.getString(4), ChecklistContext.class),
                            r.getInt(5), items(c, "checklist_id = ? ORDER BY position", id)));
                }
            }
        }
        return checklists;
    }

    private List<StoredChecklist.Item> items(Connection c, String where, String... args) throws SQLException {
        List<StoredChecklist.Item> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM checklist_items WHERE " + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Explanation> why = reasons.get(r.getString(3), stored -> StoredReasons.read(text, stored));
                    items.add(new StoredChecklist.Item(r.getString(1), Priority.valueOf(r.getString(2)), why,
                            Checklist.Status.valueOf(r.getString(4)), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getInt(9)));
                }
            }
        }
        return items;
    }

    private static void bind(PreparedStatement s, String... args) throws SQLException {
        for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
    }
}
