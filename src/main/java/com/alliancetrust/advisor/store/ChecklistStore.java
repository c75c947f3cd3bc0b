package com.alliancetrust.advisor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checklists and the tracking state of their items. */
public final class ChecklistStore {

    public record Header(String id, String allianceId, String assessmentId, String createdAt, String rulesVersion,
                         String contextJson, int version) {
    }

    public record ItemRow(String checklistId, String itemId, int position, String priority, String reasonsJson, String status,
                          String note, String finding, String markedAt, String markedBy) {
    }

    public void insert(Connection c, Header h, List<ItemRow> items) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO checklists (id, alliance_id, assessment_id, created_at,"
                + " rules_version, context_json, version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, h.id());
            s.setString(2, h.allianceId());
            s.setString(3, h.assessmentId());
            s.setString(4, h.createdAt());
            s.setString(5, h.rulesVersion());
            s.setString(6, h.contextJson());
            s.setInt(7, h.version());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO checklist_items (checklist_id, item_id, position, priority,"
                + " reasons_json, status, note, finding, marked_at, marked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ItemRow i : items) {
                s.setString(1, i.checklistId());
                s.setString(2, i.itemId());
                s.setInt(3, i.position());
                s.setString(4, i.priority());
                s.setString(5, i.reasonsJson());
                s.setString(6, i.status());
                s.setString(7, i.note());
                s.setString(8, i.finding());
                s.setString(9, i.markedAt());
                s.setString(10, i.markedBy());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public Optional<Header> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, alliance_id, assessment_id, created_at, rules_version, context_json,"
                + " version FROM checklists WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Header(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getInt(7))) : Optional.empty();
            }
        }
    }

    public List<ItemRow> items(Connection c, String checklistId) throws SQLException {
        List<ItemRow> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT checklist_id, item_id, position, priority, reasons_json, status, note,"
                + " finding, marked_at, marked_by FROM checklist_items WHERE checklist_id = ? ORDER BY position")) {
            s.setString(1, checklistId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new ItemRow(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
                }
            }
        }
        return items;
    }

    /** Updates one item's tracking state and bumps the checklist's version; false if the item is not on the checklist. */
    public boolean mark(Connection c, String checklistId, String itemId, String status, String note, String finding, String markedAt,
                        String markedBy) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE checklist_items SET status = ?, note = ?, finding = ?, marked_at = ?,"
                + " marked_by = ? WHERE checklist_id = ? AND item_id = ?")) {
            s.setString(1, status);
            s.setString(2, note);
            s.setString(3, finding);
            s.setString(4, markedAt);
            s.setString(5, markedBy);
            s.setString(6, checklistId);
            s.setString(7, itemId);
            if (s.executeUpdate() != 1) return false;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE checklists SET version = version + 1 WHERE id = ?")) {
            s.setString(1, checklistId);
            s.executeUpdate();
        }
        return true;
    }
}
