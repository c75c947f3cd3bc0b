package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.store.JsonText;
import com.alliancetrust.advisor.store.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trust-building plans kept in case files, and the tracking state of their steps. Each step has its
 * own version, so that a mark based on a stale read is refused rather than applied.
 */
public final class TrustPlanStore {
    /** How far ahead the portfolio looks for steps coming due. */
    public static final int DUE_WITHIN_DAYS = 30;
    private static final String HEADER_COLUMNS = "id, alliance_id, assessment_id, created_at, rules_version, plan_json, version";
    private static final String STEP_COLUMNS = "step_id, phase, title, due, status, note, marked_at, marked_by, version";
    /** The latest plan of the alliance of plan {@code p}. */
    private static final String LATEST_PLAN = "(SELECT l.id FROM trust_plans l WHERE l.alliance_id = p.alliance_id"
            + " ORDER BY l.created_at DESC, l.id DESC LIMIT 1)";

    /** What is kept of a plan beside its steps: the plan as made, and the request it was made from. */
    record Kept(TrustBuildingRequest request, JsonNode plan) {
    }

    private final JsonText text;

    public TrustPlanStore(ObjectMapper json) {
        this.text = new JsonText(json);
    }

    public void insert(Connection c, StoredPlan plan) throws SQLException {
        Sql.of("INSERT INTO trust_plans (" + HEADER_COLUMNS + ") VALUES (:id, :allianceId, :assessmentId, :createdAt, :rulesVersion, :plan, :version)")
                .set("id", plan.id())
                .set("allianceId", plan.allianceId())
                .set("assessmentId", plan.assessmentId())
                .set("createdAt", plan.createdAt())
                .set("rulesVersion", plan.rulesVersion())
                .set("plan", text.write(new Kept(plan.request(), plan.plan())))
                .set("version", plan.version())
                .update(c);
        Sql steps = Sql.of("INSERT INTO trust_plan_steps (plan_id, position, " + STEP_COLUMNS + ") VALUES (:planId, :position,"
                + " :stepId, :phase, :title, :due, :status, :note, :markedAt, :markedBy, :version)");
        steps.batch(c, plan.steps().size(), i -> {
            StoredPlan.Step step = plan.steps().get(i);
            steps.set("planId", plan.id())
                    .set("position", i)
                    .set("stepId", step.id())
                    .set("phase", step.phase())
                    .set("title", step.title())
                    .set("due", step.due())
                    .set("status", step.status().name())
                    .set("note", step.note())
                    .set("markedAt", step.markedAt())
                    .set("markedBy", step.markedBy())
                    .set("version", step.version());
        });
    }

    public Optional<StoredPlan> find(Connection c, String id) throws SQLException {
        List<StoredPlan> found = select(c, "id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The plans kept in an alliance's case file, oldest first. */
    public List<StoredPlan> forAlliance(Connection c, String allianceId) throws SQLException {
        return select(c, "alliance_id = ?", allianceId);
    }

    public Optional<StoredPlan.Step> step(Connection c, String planId, String stepId) throws SQLException {
        List<StoredPlan.Step> found = steps(c, "plan_id = ? AND step_id = ?", planId, stepId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Records a mark of one step if the step is still at {@code expectedVersion}, adding one to its
     * version and to the plan's; false if the step is not in the plan at that version.
     */
    public boolean mark(Connection c, String planId, String stepId, int expectedVersion, StoredPlan.Status status, String note,
                        String markedAt, String markedBy) throws SQLException {
        int marked = Sql.of("UPDATE trust_plan_steps SET status = :status, note = :note, marked_at = :markedAt, marked_by = :markedBy,"
                        + " version = version + 1 WHERE plan_id = :planId AND step_id = :stepId AND version = :expectedVersion")
                .set("status", status.name())
                .set("note", note)
                .set("markedAt", markedAt)
                .set("markedBy", markedBy)
                .set("planId", planId)
                .set("stepId", stepId)
                .set("expectedVersion", expectedVersion)
                .update(c);
        if (marked != 1) return false;
        Sql.of("UPDATE trust_plans SET version = version + 1 WHERE id = :id").set("id", planId).update(c);
        return true;
    }

    /**
     * For each alliance of {@code allianceIds} with a plan, the open steps of its latest plan that
     * need doing as of {@code today}; alliances without a plan are left out.
     */
    public static Map<String, DueSteps> due(Connection c, Collection<String> allianceIds, LocalDate today) throws SQLException {
        if (allianceIds.isEmpty()) return Map.of();
        // One statement for the whole page, not one per alliance: a portfolio page spent more on preparing those than on the rest.
        List<String> names = new ArrayList<>();
        for (int i = 0; i < allianceIds.size(); i++) names.add(":a" + i);
        Sql steps = Sql.of("SELECT p.alliance_id, s.title, s.due, s.status FROM trust_plans p JOIN trust_plan_steps s ON s.plan_id = p.id"
                + " WHERE p.alliance_id IN (" + String.join(", ", names) + ") AND p.id = " + LATEST_PLAN
                + " ORDER BY p.alliance_id, s.due, s.position");
        int i = 0;
        for (String allianceId : allianceIds) steps.set("a" + i++, allianceId);
        Map<String, Tally> tallies = new HashMap<>();
        String soon = today.plusDays(DUE_WITHIN_DAYS).toString();
        String now = today.toString();
        try (PreparedStatement s = steps.prepare(c); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Tally tally = tallies.computeIfAbsent(r.getString(1), id -> new Tally());
                if (StoredPlan.Status.OPEN.name().equals(r.getString(4))) tally.open(r.getString(2), r.getString(3), soon, now);
            }
        }
        Map<String, DueSteps> due = new LinkedHashMap<>();
        for (String allianceId : allianceIds) {
            Tally tally = tallies.get(allianceId);
            if (tally != null) due.put(allianceId, new DueSteps(tally.due, tally.overdue, tally.nextStep, tally.nextDue));
        }
        return due;
    }

    /** An alliance's latest plan, read step by step in the order they fall due: its open steps counted. */
    private static final class Tally {
        private int due;
        private int overdue;
        private String nextStep;
        private String nextDue;

        void open(String title, String date, String soon, String now) {
            if (nextStep == null) {
                nextStep = title;
                nextDue = date;
            }
            if (date.compareTo(soon) <= 0) due++;
            if (date.compareTo(now) < 0) overdue++;
        }
    }

    private List<StoredPlan> select(Connection c, String where, String... args) throws SQLException {
        List<StoredPlan> plans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + HEADER_COLUMNS + " FROM trust_plans WHERE " + where + " ORDER BY created_at, id")) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    Kept kept = text.read(r.getString(6), Kept.class);
                    plans.add(new StoredPlan(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5), kept.request(), kept.plan(),
                            r.getInt(7), steps(c, "plan_id = ? ORDER BY position", id)));
                }
            }
        }
        return plans;
    }

    private List<StoredPlan.Step> steps(Connection c, String where, String... args) throws SQLException {
        List<StoredPlan.Step> steps = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM trust_plan_steps WHERE " + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    steps.add(new StoredPlan.Step(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            StoredPlan.Status.valueOf(r.getString(5)), r.getString(6), r.getString(7), r.getString(8), r.getInt(9)));
                }
            }
        }
        return steps;
    }

    private static void bind(PreparedStatement s, String... args) throws SQLException {
        for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
    }
}
