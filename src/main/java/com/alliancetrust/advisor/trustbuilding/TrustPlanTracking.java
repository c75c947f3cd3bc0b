package com.alliancetrust.advisor.trustbuilding;

import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.AssessmentSummary;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Trust-building plans kept in case files: made for an alliance from its latest assessment (or the
 * one named), stored with a due date for each step (its phase's), and tracked step by step (open,
 * done, not applicable, with note, date and who), each mark sent with the version of the step it
 * read and noted on the case file's timeline in the same transaction.
 */
public final class TrustPlanTracking {
    public static final String PLAN_KIND = "TRUST_PLAN";
    public static final String STEP_KIND = "TRUST_PLAN_STEP";
    private static final int MAX_NOTE = 5000;
    private static final int MAX_BY = 200;
    private static final int MAX_STEP_ID = 100;
    private static final int MAX_TITLE = 500;
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final CaseFileService caseFiles;
    private final TrustBuildingService planner;
    private final ObjectMapper json;
    private final Clock clock;
    private final TrustPlanStore store;

    public TrustPlanTracking(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, TrustBuildingService planner, ObjectMapper json,
                             Clock clock) {
        this.advisor = advisor;
        this.db = db;
        this.caseFiles = caseFiles;
        this.planner = planner;
        this.json = json;
        this.clock = clock;
        this.store = new TrustPlanStore(json);
    }

    /**
     * Makes a plan for the alliance and keeps it in its case file: from the assessment named, which
     * must be of this case file, or else from the case file's latest assessment (from the facts given
     * alone when it has none); the plan and its entry on the timeline are kept together.
     */
    public TrackedPlan create(String allianceId, TrustBuildingRequest given) {
        TrustBuildingRequest request = given == null ? new TrustBuildingRequest(null, null, null, null, null, null, null, null) : given;
        List<AssessmentSummary> assessments = caseFiles.assessments(allianceId);
        String assessmentId = request.assessmentId();
        StoredAssessment from = null;
        if (assessmentId != null) {
            from = caseFiles.assessmentForInput(assessmentId, "assessmentId");
            if (!allianceId.equals(from.allianceId())) {
                throw new InvalidInputException("assessmentId", "assessment " + assessmentId + " is not in this case file; leave assessmentId"
                        + " out to use the case file's latest assessment");
            }
        } else if (!assessments.isEmpty()) {
            assessmentId = assessments.get(assessments.size() - 1).id();
            from = caseFiles.assessment(assessmentId);
        }
        TrustBuildingRequest used = new TrustBuildingRequest(assessmentId, request.startDate(), request.profile(), request.stage(),
                request.virtual(), request.largestCultureGap(), request.reviewClause(), request.ourLeadChangeExpected());
        TrustBuildingPlan plan = planner.plan(used, from);
        // Kept with the day it started, so that the same plan can be made again from what is kept.
        TrustBuildingRequest kept = new TrustBuildingRequest(assessmentId, plan.startDate(), request.profile(), request.stage(),
                request.virtual(), request.largestCultureGap(), request.reviewClause(), request.ourLeadChangeExpected());
        StoredPlan stored = new StoredPlan(Ids.newId(), allianceId, assessmentId, Ids.now(), plan.version(), kept, json.valueToTree(plan), 1,
                steps(plan));
        String summary = "Trust-building plan of " + stored.steps().size() + " steps from " + plan.startDate()
                + (plan.phases().isEmpty() ? "" : ", the first due by " + plan.phases().get(0).due())
                + (from == null ? ", from the facts given" : ", from the assessment of " + from.createdAt().substring(0, 10));
        db.inTransaction(c -> {
            store.insert(c, stored);
            caseFiles.note(c, allianceId, PLAN_KIND, summary, stored.id());
            return null;
        });
        return read(stored.id());
    }

    /** Each step of a plan, in the plan's order, open and at version 1; due when its phase is. */
    static List<StoredPlan.Step> steps(TrustBuildingPlan plan) {
        List<StoredPlan.Step> steps = new ArrayList<>();
        for (TrustBuildingPlan.Phase phase : plan.phases()) {
            for (Recommendation r : phase.steps()) {
                steps.add(new StoredPlan.Step(stepId(r), phase.id(), r.title(), phase.due(), StoredPlan.Status.OPEN, null, null, null, 1));
            }
        }
        return steps;
    }

    private static String stepId(Recommendation r) {
        if (r.subject() == null) return r.id();
        return r.id() + "-" + r.subject().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public TrackedPlan read(String id) {
        StoredPlan stored = db.read(c -> store.find(c, id)).orElseThrow(() -> new NotFoundException("No trust-building plan with id " + id));
        return tracked(stored);
    }

    /** The latest plan kept in the alliance's case file; 404 when it has none. */
    public TrackedPlan latest(String allianceId) {
        caseFiles.requireExisting(allianceId);
        List<StoredPlan> plans = db.read(c -> store.forAlliance(c, allianceId));
        if (plans.isEmpty()) throw new NotFoundException("The case file " + allianceId + " holds no trust-building plan yet");
        return tracked(plans.get(plans.size() - 1));
    }

    private TrackedPlan tracked(StoredPlan stored) {
        TrustBuildingPlan plan = planOf(stored.plan());
        Map<String, String> phaseNames = new HashMap<>();
        plan.phases().forEach(p -> phaseNames.put(p.id(), p.name()));
        String today = LocalDate.now(clock).toString();
        List<TrackedPlan.Step> steps = stored.steps().stream().map(s -> new TrackedPlan.Step(s.id(), s.phase(), phaseNames.get(s.phase()), s.title(),
                s.due(), s.status() == StoredPlan.Status.OPEN && s.due().compareTo(today) < 0, s.status(), s.note(), s.markedAt(), s.markedBy(),
                s.version())).toList();
        int open = count(steps, StoredPlan.Status.OPEN);
        int done = count(steps, StoredPlan.Status.DONE);
        int overdue = (int) steps.stream().filter(TrackedPlan.Step::overdue).count();
        return new TrackedPlan(stored.id(), stored.allianceId(), stored.assessmentId(), stored.createdAt(), stored.rulesVersion(), plan, steps,
                new TrackedPlan.Progress(steps.size(), open, done, steps.size() - open - done, overdue), stored.version());
    }

    private TrustBuildingPlan planOf(JsonNode plan) {
        try {
            return json.treeToValue(plan, TrustBuildingPlan.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException("plan", "is not a trust-building plan as the advisor makes them");
        }
    }

    /** Marks a step, if it is still at the version the client read; a stale or missing version is a conflict (409). */
    public TrackedPlan mark(String planId, String stepId, TrackedPlan.Mark mark) {
        TrackedPlan plan = read(planId);
        TrackedPlan.Step step = plan.steps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Step " + stepId + " is not in trust-building plan " + planId));
        String date = checkMark(mark);
        if (mark.version() == null) {
            throw new InvalidInputException("version", "is required: send the version of the step you read, so that a mark made meanwhile"
                    + " by someone else is not overwritten");
        }
        String summary = "Trust-building step \"" + step.title() + "\" marked " + worded(mark.status())
                + (mark.by() == null ? "" : " by " + mark.by()) + " on " + date;
        db.inTransaction(c -> {
            if (store.mark(c, planId, stepId, mark.version(), mark.status(), mark.note(), date, mark.by())) {
                caseFiles.note(c, plan.allianceId(), STEP_KIND, summary, planId);
                return null;
            }
            StoredPlan.Step now = store.step(c, planId, stepId)
                    .orElseThrow(() -> new NotFoundException("Step " + stepId + " is not in trust-building plan " + planId));
            throw new ConflictException("version", "the step \"" + now.title() + "\" was changed by someone else: you sent version " + mark.version()
                    + " but it is now at version " + now.version() + " (" + worded(now.status()) + (now.markedBy() == null ? "" : ", by " + now.markedBy())
                    + (now.markedAt() == null ? "" : ", on " + now.markedAt()) + "); read it again and reapply your change");
        });
        return read(planId);
    }

    private static String worded(StoredPlan.Status status) {
        return switch (status) {
            case OPEN -> "open";
            case DONE -> "done";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    /** Refuses, naming the field, a mark no step can take; returns the date to record it under (today when none is given). */
    private String checkMark(TrackedPlan.Mark mark) {
        if (mark == null || mark.status() == null) throw new InvalidInputException("status", "is required: OPEN, DONE or NOT_APPLICABLE");
        if (mark.note() != null && mark.note().length() > MAX_NOTE) throw new InvalidInputException("note", "must be at most " + MAX_NOTE + " characters");
        if (mark.by() != null && mark.by().length() > MAX_BY) throw new InvalidInputException("by", "must be at most " + MAX_BY + " characters");
        return mark.date() == null ? LocalDate.now(clock).toString() : date(mark.date(), "date");
    }

    /**
     * Refuses, naming the field, a plan from a backup that this service would not have made or kept:
     * a plan that is not one, a step twice, not in the plan or at an impossible version, a mark it
     * would refuse (or a mark's traces on a step never marked), and, when the plan was made with the
     * rules and knowledge now served, a plan other than the one they make from its request and
     * {@code assessment}. Returns whether the plan could be derived again (false: made with other
     * rules, kept as recorded). {@code path} names the plan in the backup document.
     */
    public boolean checkImported(StoredPlan stored, StoredAssessment assessment, String path) {
        if (stored.plan() == null) throw new InvalidInputException(path + ".plan", "is required");
        if (stored.request() == null) throw new InvalidInputException(path + ".request", "is required");
        if (!Objects.equals(stored.request().assessmentId(), stored.assessmentId())) {
            throw new InvalidInputException(path + ".request.assessmentId", "must be the plan's assessmentId");
        }
        TrustBuildingPlan plan;
        try {
            plan = planOf(stored.plan());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + ".plan", e.getMessage());
        }
        if (plan.phases() == null) throw new InvalidInputException(path + ".plan.phases", "is required");
        if (stored.steps() == null) throw new InvalidInputException(path + ".steps", "is required");
        List<StoredPlan.Step> made = steps(plan);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stored.steps().size(); i++) {
            StoredPlan.Step step = stored.steps().get(i);
            String at = path + ".steps[" + i + "]";
            if (step.id() == null || step.id().length() > MAX_STEP_ID || !STEP_ID.matcher(step.id()).matches()) {
                throw new InvalidInputException(at + ".id", "must be a step id: lower-case letters, digits and single hyphens, at most " + MAX_STEP_ID);
            }
            if (!seen.add(step.id())) throw new InvalidInputException(at + ".id", "step '" + step.id() + "' appears twice in the plan");
            StoredPlan.Step expected = i < made.size() ? made.get(i) : null;
            if (expected == null || !expected.id().equals(step.id()) || !expected.phase().equals(step.phase())
                    || !expected.title().equals(step.title()) || !expected.due().equals(step.due())) {
                throw new InvalidInputException(at, "is not the plan's step at this place: " + (expected == null ? "the plan has no more steps"
                        : expected.id() + " of phase " + expected.phase() + ", due " + expected.due()));
            }
            if (step.title().length() > MAX_TITLE) throw new InvalidInputException(at + ".title", "must be at most " + MAX_TITLE + " characters");
            CaseFileService.checkVersion(step.version(), at + ".version");
            checkImportedMark(step, at);
        }
        if (stored.steps().size() != made.size()) {
            throw new InvalidInputException(path + ".steps", "must hold every step of the plan: " + made.size() + ", got " + stored.steps().size());
        }
        Advisor current = advisor.get();
        if (!current.version().equals(stored.rulesVersion())) {
            AssessmentRerun.checkRecorded(stored.plan(), path + ".plan");
            return false;
        }
        TrustBuildingPlan expected;
        try {
            expected = planner.plan(stored.request(), assessment);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + ".request." + e.field(), e.getMessage());
        }
        if (!json.valueToTree(expected).equals(stored.plan())) {
            throw new InvalidInputException(path + ".plan", "is not what the rules and knowledge of version " + current.version()
                    + ", which made this plan, make from its request and assessment");
        }
        return true;
    }

    private void checkImportedMark(StoredPlan.Step step, String at) {
        if (step.status() == null) throw new InvalidInputException(at + ".status", "is required");
        if (step.markedAt() == null) {
            if (step.status() != StoredPlan.Status.OPEN || step.note() != null || step.markedBy() != null) {
                throw new InvalidInputException(at + ".markedAt", "is required: the step has been marked");
            }
            return;
        }
        try {
            if (!checkMark(new TrackedPlan.Mark(step.status(), step.note(), step.markedBy(), step.markedAt(), step.version())).equals(step.markedAt())) {
                throw new InvalidInputException("date", "must be a date as YYYY-MM-DD, got \"" + step.markedAt() + "\"");
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

    private static String date(String value, String field) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD, got \"" + value + "\"");
        }
    }

    private static int count(List<TrackedPlan.Step> steps, StoredPlan.Status status) {
        return (int) steps.stream().filter(s -> s.status() == status).count();
    }
}
