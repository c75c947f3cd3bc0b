package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.store.PostgresForTests;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An acknowledged write survives a crash. Several clients write every kind of record to the packaged
 * jar (alliances and updates of them, stored assessments, guided diagnosis sessions and their
 * answers, health checks, checklists and marks of their items); the server is killed with SIGKILL
 * while writes are in flight and started again on the same data; every write it acknowledged must be
 * there, intact. A write unanswered at the kill (or refused) may or may not have been kept: nothing
 * is asserted about it beyond the bounds it sets (it can leave at most what it asked for).
 */
class DurabilityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLIANCES = "/api/v1/alliances";
    private static final String ASSESS = "/api/v1/partner-assessments";
    private static final String DIAGNOSES = "/api/v1/diagnoses";
    private static final String CHECKLISTS = "/api/v1/checklists";
    private static final List<String> VIOLATED = List.of("INTEGRITY", "COMPETENCE", "BENEVOLENCE");
    private static final int WRITERS = 4;
    /** The server is killed after this many acknowledged writes, or after {@link #ENOUGH_TIME}, whichever is first. */
    private static final int ENOUGH_WRITES = 300;
    private static final int FEWEST_WRITES = 30;
    private static final Duration ENOUGH_TIME = Duration.ofSeconds(2);
    private static final Duration LONGEST_WRITING = Duration.ofSeconds(180);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    /** What a process killed by signal 9 exits with. */
    private static final int KILLED = 128 + 9;
    private static final List<String> STATUSES = List.of("PROSPECT", "NEGOTIATING", "ACTIVE", "SUSPENDED", "ENDED");
    private static final List<String> PURPOSES = List.of("JOINT_RND", "INNOVATION", "CO_MARKETING", "SUPPLY", "DISTRIBUTION",
            "LICENSING", "JOINT_VENTURE", "OTHER");
    private static final List<String> COUNTRIES = List.of("JP", "DE", "FR", "BR", "IN", "US", "KR", "NL", "ZA", "MX");

    enum Store { SQLITE, POSTGRESQL }

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Store.class)
    void every_acknowledged_write_survives_a_hard_kill_and_a_restart(Store store) throws Exception {
        Supplier<AdvisorProcess> launch = launch(store);
        Run run = new Run();
        List<Writer> writers = new ArrayList<>();
        int exitCode;
        try (AdvisorProcess first = launch.get()) {
            String base = first.baseUrl();
            warmUp(new ApiClient(base));
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<Void>> done = new ArrayList<>();
            run.startNanos = System.nanoTime();
            for (int i = 0; i < WRITERS; i++) {
                Writer writer = new Writer(i, base, run);
                writers.add(writer);
                done.add(pool.submit(writer));
            }
            run.awaitEnoughWrites(done);
            run.inFlightAtKill = run.inFlight.get();
            run.killed.set(true);
            exitCode = first.kill();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("the writers stop once the server is gone").isTrue();
            for (Future<Void> writer : done) writer.get(); // a failure of the test's own code surfaces here
            assertThat(first.isAlive()).isFalse();
        }
        String summary = run.summary(writers);
        assertThat(exitCode).as("exit code of the killed server; " + summary).isEqualTo(KILLED);
        assertThat(run.ackedCreates.get()).as("acknowledged creates; " + summary).isPositive();
        assertThat(run.ackedUpdates.get()).as("acknowledged updates; " + summary).isPositive();
        assertThat(run.ackedAssessments.get()).as("acknowledged assessments; " + summary).isPositive();
        assertThat(run.ackedSessions.get()).as("acknowledged diagnosis sessions; " + summary).isPositive();
        assertThat(run.ackedAnswers.get()).as("acknowledged answers; " + summary).isPositive();
        assertThat(run.ackedChecks.get()).as("acknowledged health checks; " + summary).isPositive();
        assertThat(run.ackedChecklists.get()).as("acknowledged checklists; " + summary).isPositive();
        assertThat(run.ackedMarks.get()).as("acknowledged item marks; " + summary).isPositive();

        try (AdvisorProcess second = launch.get()) {
            ApiClient client = second.client();
            List<String> problems = new ArrayList<>();
            int checkedAlliances = 0;
            int checkedAssessments = 0;
            int checkedSessions = 0;
            int checkedChecks = 0;
            int checkedChecklists = 0;
            int checkedMarks = 0;
            for (Writer writer : writers) {
                for (Tracked alliance : writer.alliances) {
                    checkedAlliances++;
                    checkedAssessments += verify(client, alliance, problems);
                    checkedChecks += verifyHealthChecks(client, alliance, problems);
                }
                for (TrackedSession session : writer.sessions) {
                    checkedSessions++;
                    verify(client, session, problems);
                }
                for (TrackedChecklist checklist : writer.checklists) {
                    checkedChecklists++;
                    checkedMarks += checklist.marks.size();
                    verify(client, checklist, problems);
                }
            }
            int acknowledgedCreates = run.ackedCreates.get();
            int attemptedCreates = writers.stream().mapToInt(w -> w.attemptedCreates).sum();
            Reply listing = client.get(ALLIANCES + "?includeArchived=true&size=1");
            assertThat(listing.status()).as(listing.body().toString()).isEqualTo(200);
            long stored = listing.body().path("total").asLong();
            String report = summary + "; after the restart: " + stored + " alliances stored; checked " + checkedAlliances
                    + " acknowledged alliances, " + checkedAssessments + " assessments, " + checkedSessions + " diagnosis sessions, "
                    + checkedChecks + " health checks, " + checkedChecklists + " checklists with " + checkedMarks + " marked items; "
                    + problems.size() + " problems";
            System.out.println("[" + store + "] " + report);

            assertThat(problems.size()).as(report + ", the first of them:\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))))
                    .isZero();
            assertThat(checkedAlliances).as(report).isEqualTo(acknowledgedCreates);
            assertThat(checkedAssessments).as(report).isEqualTo(run.ackedAssessments.get());
            assertThat(checkedSessions).as(report).isEqualTo(run.ackedSessions.get());
            assertThat(checkedChecks).as(report).isEqualTo(run.ackedChecks.get());
            assertThat(checkedChecklists).as(report).isEqualTo(run.ackedChecklists.get());
            assertThat(stored).as("alliances stored: at least every acknowledged create, at most every attempted one; " + report)
                    .isBetween((long) acknowledgedCreates, (long) attemptedCreates);
        }
    }

    /** Assessments that are not stored, so that the first writes do not wait for the rules engine to warm up. */
    private static void warmUp(ApiClient client) {
        for (int n = 0; n < 3; n++) {
            Reply reply = client.post(ASSESS, Writer.assessment(n, 0).toString());
            assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        }
    }

    /** How to start the server on the same data, again and again: a data directory, or one PostgreSQL database. */
    private Supplier<AdvisorProcess> launch(Store store) throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        Path data = work.resolve("data");
        List<String> args = List.of("--port", "0", "--data", data.toString());
        // The writers are one client writing as fast as it can: a rate limit would refuse them, not test durability.
        if (store == Store.SQLITE) return () -> AdvisorProcess.start(home, args, Map.of("ADVISOR_RATE_LIMIT", "0"));
        PostgresForTests.Server server = PostgresForTests.server();
        Map<String, String> env = Map.of("ADVISOR_DB_URL", server.url(TestDatabases.newDatabase(server)),
                "ADVISOR_DB_USER", server.user(), "ADVISOR_DB_PASSWORD", server.password(), "ADVISOR_RATE_LIMIT", "0");
        return () -> AdvisorProcess.start(home, args, env);
    }

    /** Checks one acknowledged alliance and its acknowledged assessments; returns how many assessments it checked. */
    private static int verify(ApiClient client, Tracked a, List<String> problems) {
        Reply reply = client.get(ALLIANCES + "/" + a.id);
        if (reply.status() != 200) {
            problems.add("alliance " + a.id + " (acknowledged at version " + a.version() + ") is missing: " + reply.status() + " " + reply.body());
            return 0;
        }
        JsonNode caseFile = reply.body();
        JsonNode stored = caseFile.path("alliance");
        boolean asAcknowledged = stored.equals(a.acknowledged) && fields(stored).equals(fields(a.sent));
        boolean asUnconfirmed = a.unconfirmedUpdate != null && stored.path("version").asInt() == a.version() + 1
                && stored.path("createdAt").equals(a.acknowledged.path("createdAt")) && fields(stored).equals(fields(a.unconfirmedUpdate));
        if (!asAcknowledged && !asUnconfirmed) {
            problems.add("alliance " + a.id + " differs from what was acknowledged:\n  stored       " + stored + "\n  acknowledged "
                    + a.acknowledged + "\n  sent         " + a.sent + (a.unconfirmedUpdate == null ? "" : "\n  unconfirmed  " + a.unconfirmedUpdate));
        }

        List<String> kinds = texts(caseFile.path("timeline"), "kind");
        if (kinds.isEmpty() || !kinds.get(0).equals("CREATED") || kinds.lastIndexOf("CREATED") != 0) {
            problems.add("alliance " + a.id + ": the timeline must open with its one CREATED entry, is " + kinds);
        }
        long updates = kinds.stream().filter("UPDATED"::equals).count();
        if (updates != stored.path("version").asInt() - 1) {
            problems.add("alliance " + a.id + ": at version " + stored.path("version").asInt() + " but " + updates + " UPDATED entries " + kinds);
        }
        if (!isSubsequence(a.acknowledgedKinds, kinds) || kinds.size() > a.acknowledgedKinds.size() + a.unconfirmedWrites) {
            problems.add("alliance " + a.id + ": timeline " + kinds + " does not match the acknowledged writes " + a.acknowledgedKinds
                    + " plus at most " + a.unconfirmedWrites + " unconfirmed");
        }

        Set<String> summaries = new HashSet<>(texts(caseFile.path("assessments"), "id"));
        Set<String> onTimeline = new HashSet<>();
        for (JsonNode event : caseFile.path("timeline")) {
            if (event.path("kind").asText().equals("ASSESSMENT")) onTimeline.add(event.path("recordId").asText());
        }
        if (!summaries.equals(onTimeline)) {
            problems.add("alliance " + a.id + ": stored assessments " + summaries + " but the timeline notes " + onTimeline);
        }
        if (summaries.size() > a.assessments.size() + a.unconfirmedAssessments) {
            problems.add("alliance " + a.id + ": " + summaries.size() + " assessments stored, more than the " + a.assessments.size()
                    + " acknowledged plus " + a.unconfirmedAssessments + " unconfirmed");
        }
        for (AcknowledgedAssessment made : a.assessments) {
            if (!summaries.contains(made.id)) problems.add("alliance " + a.id + ": acknowledged assessment " + made.id + " is not listed");
            Reply read = client.get("/api/v1/assessments/" + made.id);
            if (read.status() != 200) {
                problems.add("acknowledged assessment " + made.id + " of alliance " + a.id + " is missing: " + read.status() + " " + read.body());
                continue;
            }
            JsonNode body = read.body();
            if (!body.path("output").equals(made.output)) {
                problems.add("assessment " + made.id + ": stored output differs from the acknowledged one\n  stored       "
                        + body.path("output") + "\n  acknowledged " + made.output);
            }
            if (!body.path("verdict").asText().equals(made.output.path("verdict").path("value").asText())
                    || !body.path("allianceId").asText().equals(a.id)
                    || !body.path("input").path("partner").equals(made.request.path("partner"))
                    || !body.path("input").path("evidence").equals(made.request.path("evidence"))) {
                problems.add("assessment " + made.id + ": stored " + body.path("verdict") + " for " + body.path("allianceId") + " with input "
                        + body.path("input") + ", acknowledged " + made.output.path("verdict").path("value") + " for " + a.id
                        + " with input " + made.request);
            }
        }
        return a.assessments.size();
    }

    /** The acknowledged health checks of an alliance are all there, and at most the unconfirmed ones besides; returns how many it checked. */
    private static int verifyHealthChecks(ApiClient client, Tracked a, List<String> problems) {
        if (a.checks.isEmpty() && a.unconfirmedChecks == 0) return 0;
        Reply reply = client.get(ALLIANCES + "/" + a.id + "/health");
        if (reply.status() != 200) {
            problems.add("health of alliance " + a.id + " is unreadable: " + reply.status() + " " + reply.body());
            return 0;
        }
        Set<String> stored = new HashSet<>(texts(reply.body().path("checks"), "id"));
        if (!stored.containsAll(a.checks)) {
            problems.add("alliance " + a.id + ": acknowledged health checks " + a.checks + " but stored " + stored);
        }
        if (stored.size() > a.checks.size() + a.unconfirmedChecks) {
            problems.add("alliance " + a.id + ": " + stored.size() + " health checks stored, more than the " + a.checks.size()
                    + " acknowledged plus " + a.unconfirmedChecks + " unconfirmed");
        }
        return a.checks.size();
    }

    /** A session reads back with its acknowledged answers and version, or with the one answer unconfirmed at the kill. */
    private static void verify(ApiClient client, TrackedSession d, List<String> problems) {
        Reply reply = client.get(DIAGNOSES + "/" + d.id);
        if (reply.status() != 200) {
            problems.add("diagnosis session " + d.id + " (acknowledged at version " + d.version + ") is missing: " + reply.status() + " " + reply.body());
            return;
        }
        JsonNode stored = reply.body();
        boolean asAcknowledged = stored.path("sessionVersion").asInt() == d.version && stored.path("answers").equals(d.answers);
        boolean asUnconfirmed = d.unconfirmedValue != null && stored.path("sessionVersion").asInt() == d.version + 1
                && stored.path("answers").toString().contains("\"" + d.unconfirmedValue + "\"");
        if (!asAcknowledged && !asUnconfirmed) {
            problems.add("diagnosis session " + d.id + " differs from what was acknowledged:\n  stored       version "
                    + stored.path("sessionVersion") + " " + stored.path("answers") + "\n  acknowledged version " + d.version + " " + d.answers
                    + (d.unconfirmedValue == null ? "" : "\n  unconfirmed  " + d.unconfirmedValue));
        }
        if (!d.allianceId.equals(stored.path("allianceId").asText())) {
            problems.add("diagnosis session " + d.id + " belongs to " + stored.path("allianceId") + ", acknowledged for " + d.allianceId);
        }
    }

    /** A checklist reads back with every acknowledged mark, or the one mark unconfirmed at the kill in its place. */
    private static void verify(ApiClient client, TrackedChecklist c, List<String> problems) {
        Reply reply = client.get(CHECKLISTS + "/" + c.id);
        if (reply.status() != 200) {
            problems.add("checklist " + c.id + " is missing: " + reply.status() + " " + reply.body());
            return;
        }
        List<String> items = texts(reply.body().path("items"), "id");
        if (!items.equals(c.items)) problems.add("checklist " + c.id + ": items " + items + ", acknowledged " + c.items);
        for (JsonNode item : reply.body().path("items")) {
            String id = item.path("id").asText();
            String stored = item.path("status").asText() + " " + item.path("note").asText("");
            String acknowledged = c.marks.getOrDefault(id, "OPEN ");
            boolean unconfirmed = id.equals(c.unconfirmedItem) && stored.equals(c.unconfirmedMark);
            if (!stored.equals(acknowledged) && !unconfirmed) {
                problems.add("checklist " + c.id + ", item " + id + ": stored \"" + stored + "\", acknowledged \"" + acknowledged + "\""
                        + (id.equals(c.unconfirmedItem) ? ", unconfirmed \"" + c.unconfirmedMark + "\"" : ""));
            }
        }
        if (!c.allianceId.equals(reply.body().path("allianceId").asText())) {
            problems.add("checklist " + c.id + " belongs to " + reply.body().path("allianceId") + ", acknowledged for " + c.allianceId);
        }
    }

    /** What a client sets on an alliance: everything but its id, timestamps and version. */
    private static JsonNode fields(JsonNode allianceOrDraft) {
        ObjectNode fields = JSON.createObjectNode();
        for (String name : List.of("partner", "purpose", "countries", "status", "owner", "description")) {
            fields.set(name, allianceOrDraft.path(name));
        }
        return fields;
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String s : whole) {
            if (i < part.size() && part.get(i).equals(s)) i++;
        }
        return i == part.size();
    }

    /** What all writers share: the acknowledgement counts and whether the server has been killed. */
    private static final class Run {
        final AtomicBoolean killed = new AtomicBoolean();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger acked = new AtomicInteger();
        final AtomicInteger ackedCreates = new AtomicInteger();
        final AtomicInteger ackedUpdates = new AtomicInteger();
        final AtomicInteger ackedAssessments = new AtomicInteger();
        final AtomicInteger ackedSessions = new AtomicInteger();
        final AtomicInteger ackedAnswers = new AtomicInteger();
        final AtomicInteger ackedChecks = new AtomicInteger();
        final AtomicInteger ackedChecklists = new AtomicInteger();
        final AtomicInteger ackedMarks = new AtomicInteger();
        long startNanos;
        long writingMillis;
        int inFlightAtKill;

        void acknowledged(AtomicInteger kind) {
            kind.incrementAndGet();
            acked.incrementAndGet();
        }

        void awaitEnoughWrites(List<Future<Void>> writers) throws InterruptedException {
            while (true) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
                boolean everyKind = ackedCreates.get() > 0 && ackedUpdates.get() > 0 && ackedAssessments.get() > 0 && ackedSessions.get() > 0
                        && ackedAnswers.get() > 0 && ackedChecks.get() > 0 && ackedChecklists.get() > 0 && ackedMarks.get() > 0;
                boolean enough = acked.get() >= ENOUGH_WRITES || (elapsed.compareTo(ENOUGH_TIME) >= 0 && acked.get() >= FEWEST_WRITES);
                if ((everyKind && enough) || elapsed.compareTo(LONGEST_WRITING) >= 0 || writers.stream().allMatch(Future::isDone)) {
                    writingMillis = elapsed.toMillis();
                    return;
                }
                Thread.sleep(5);
            }
        }

        String summary(List<Writer> writers) {
            List<String> refused = writers.stream().flatMap(w -> w.refused.stream()).toList();
            List<String> unanswered = writers.stream().flatMap(w -> w.unanswered.stream()).toList();
            Map<String, Long> refusals = refused.stream().collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
            return acked.get() + " writes acknowledged in " + writingMillis + " ms (" + ackedCreates.get() + " creates, "
                    + ackedUpdates.get() + " updates, " + ackedAssessments.get() + " assessments, " + ackedSessions.get()
                    + " diagnosis sessions, " + ackedAnswers.get() + " answers, " + ackedChecks.get() + " health checks, "
                    + ackedChecklists.get() + " checklists, " + ackedMarks.get() + " item marks), " + inFlightAtKill
                    + " in flight at the kill, " + unanswered.size() + " unanswered " + unanswered + ", " + refused.size()
                    + " refused " + refusals;
        }
    }

    /** An alliance one writer created, with what the server acknowledged for it. Only that writer touches it. */
    private static final class Tracked {
        final String id;
        final int serial;
        ObjectNode sent;
        JsonNode acknowledged;
        final List<String> acknowledgedKinds = new ArrayList<>(List.of("CREATED"));
        final List<AcknowledgedAssessment> assessments = new ArrayList<>();
        /** An update sent but not acknowledged: it may or may not have been applied. */
        ObjectNode unconfirmedUpdate;
        int unconfirmedAssessments;
        int unconfirmedWrites;
        /** The ids of the health checks acknowledged, as the last acknowledged one listed them. */
        Set<String> checks = new HashSet<>();
        int unconfirmedChecks;

        Tracked(String id, int serial, ObjectNode sent, JsonNode acknowledged) {
            this.id = id;
            this.serial = serial;
            this.sent = sent;
            this.acknowledged = acknowledged;
        }

        int version() {
            return acknowledged.path("version").asInt();
        }
    }

    private record AcknowledgedAssessment(String id, JsonNode request, JsonNode output) {
    }

    /** A diagnosis session one writer started, with the version and answers last acknowledged. */
    private static final class TrackedSession {
        final String id;
        final String allianceId;
        int version;
        JsonNode answers;
        /** The value of an answer sent but not acknowledged: it may or may not have been applied. */
        String unconfirmedValue;

        TrackedSession(String id, String allianceId, JsonNode view) {
            this.id = id;
            this.allianceId = allianceId;
            this.version = view.path("sessionVersion").asInt(); // "version" is the rules version that answered
            this.answers = view.path("answers");
        }
    }

    /** A checklist one writer created, with each item's acknowledged mark as "STATUS note", and the version each item is at. */
    private static final class TrackedChecklist {
        final String id;
        final String allianceId;
        final List<String> items;
        final Map<String, String> marks = new java.util.HashMap<>();
        final Map<String, Integer> versions = new java.util.HashMap<>();
        String unconfirmedItem;
        String unconfirmedMark;

        TrackedChecklist(String id, String allianceId, JsonNode created) {
            this.id = id;
            this.allianceId = allianceId;
            this.items = texts(created.path("items"), "id");
            read(created);
        }

        /** The items' versions as an answer gives them. */
        void read(JsonNode checklist) {
            checklist.path("items").forEach(i -> versions.put(i.path("id").asText(), i.path("version").asInt()));
        }
    }

    /** One client: creates alliances, updates its own alliances and stores assessments for them, until the server is gone. */
    private static final class Writer implements Callable<Void> {
        final int number;
        final String base;
        final Run run;
        final ApiClient client;
        final Random random;
        final List<Tracked> alliances = new ArrayList<>();
        final List<TrackedSession> sessions = new ArrayList<>();
        final List<TrackedChecklist> checklists = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        final List<String> unanswered = new ArrayList<>();
        int attemptedCreates;

        Writer(int number, String base, Run run) {
            this.number = number;
            this.base = base;
            this.run = run;
            this.client = new ApiClient(base);
            this.random = new Random(number);
        }

        @Override
        public Void call() {
            for (int n = 0; !run.killed.get(); n++) {
                List<Tracked> updatable = alliances.stream().filter(a -> a.unconfirmedUpdate == null).toList();
                boolean answered;
                // Of every twelve writes: three creates, two updates, one assessment (which costs the server the
                // most), one diagnosis started and one answered, one health check, one checklist, one mark, one
                // more update.
                int slot = n % 12;
                Tracked any = alliances.isEmpty() ? null : alliances.get(random.nextInt(alliances.size()));
                if (any == null || slot == 0 || slot == 4 || slot == 8) {
                    answered = create(n);
                } else if (slot == 1 || slot == 5 || slot == 11) {
                    answered = updatable.isEmpty() ? create(n) : update(updatable.get(random.nextInt(updatable.size())));
                } else if (slot == 2) {
                    answered = assess(any, n);
                } else if (slot == 3 || (slot == 6 && sessions.stream().noneMatch(d -> d.unconfirmedValue == null))) {
                    answered = startDiagnosis(any);
                } else if (slot == 6) {
                    List<TrackedSession> open = sessions.stream().filter(d -> d.unconfirmedValue == null).toList();
                    answered = answer(open.get(random.nextInt(open.size())), n);
                } else if (slot == 7) {
                    answered = any.unconfirmedChecks == 0 ? recordCheck(any, n) : create(n);
                } else if (slot == 9 || checklists.stream().noneMatch(c -> c.unconfirmedItem == null)) {
                    answered = createChecklist(any);
                } else {
                    List<TrackedChecklist> markable = checklists.stream().filter(c -> c.unconfirmedItem == null).toList();
                    answered = mark(markable.get(random.nextInt(markable.size())), n);
                }
                if (!answered) return null; // the server is gone
            }
            return null;
        }

        private boolean create(int n) {
            ObjectNode draft = draft(n, 0);
            attemptedCreates++;
            Reply reply = send("POST", ALLIANCES, draft);
            if (reply == null) return unanswered("create " + draft.path("partner").path("name").asText());
            if (reply.status() != 201) return refused("create", reply);
            alliances.add(new Tracked(reply.body().path("id").asText(), n, draft, reply.body()));
            run.acknowledged(run.ackedCreates);
            return true;
        }

        private boolean update(Tracked a) {
            int revision = a.version();
            ObjectNode draft = draft(a.serial, revision);
            draft.put("version", a.version());
            Reply reply = send("PUT", ALLIANCES + "/" + a.id, draft);
            if (reply == null || reply.status() != 200) {
                a.unconfirmedUpdate = draft;
                a.unconfirmedWrites++;
            }
            if (reply == null) return unanswered("update of " + a.id + " from version " + a.version());
            if (reply.status() != 200) return refused("update", reply);
            a.sent = draft;
            a.acknowledged = reply.body();
            a.acknowledgedKinds.add("UPDATED");
            run.acknowledged(run.ackedUpdates);
            return true;
        }

        private boolean assess(Tracked a, int n) {
            ObjectNode request = assessment(n, number);
            request.put("allianceId", a.id);
            Reply reply = send("POST", ASSESS, request);
            if (reply == null || reply.status() != 201) {
                a.unconfirmedAssessments++;
                a.unconfirmedWrites++;
            }
            if (reply == null) return unanswered("assessment for " + a.id);
            if (reply.status() != 201) return refused("assessment", reply);
            a.assessments.add(new AcknowledgedAssessment(reply.body().path("assessmentId").asText(), request, reply.body()));
            a.acknowledgedKinds.add("ASSESSMENT");
            run.acknowledged(run.ackedAssessments);
            return true;
        }

        private boolean startDiagnosis(Tracked a) {
            ObjectNode request = JSON.createObjectNode().put("allianceId", a.id).put("accused", number % 2 == 0 ? "PARTNER" : "US")
                    .put("account", "Writer " + number + ": \u00abwhat happened\u00bb, line one\nline two");
            Reply reply = send("POST", DIAGNOSES, request);
            if (reply == null || reply.status() != 201) a.unconfirmedWrites++;
            if (reply == null) return unanswered("diagnosis for " + a.id);
            if (reply.status() != 201) return refused("diagnosis", reply);
            sessions.add(new TrackedSession(reply.body().path("id").asText(), a.id, reply.body()));
            a.acknowledgedKinds.add("DIAGNOSIS_STARTED");
            run.acknowledged(run.ackedSessions);
            return true;
        }

        /** Answers (or changes the answer to) which element was violated: never enough to complete the diagnosis. */
        private boolean answer(TrackedSession d, int n) {
            String value = VIOLATED.get((n / 12 + number) % VIOLATED.size());
            ObjectNode request = JSON.createObjectNode().put("question", "violatedElement").put("value", value);
            Reply reply = send("POST", DIAGNOSES + "/" + d.id + "/answers", request);
            if (reply == null || reply.status() != 200) d.unconfirmedValue = value;
            if (reply == null) return unanswered("answer to " + d.id);
            if (reply.status() != 200) return refused("answer", reply);
            d.version = reply.body().path("sessionVersion").asInt();
            d.answers = reply.body().path("answers");
            run.acknowledged(run.ackedAnswers);
            return true;
        }

        private boolean recordCheck(Tracked a, int n) {
            ObjectNode request = (ObjectNode) read(HEALTH_CHECK.replace("{date}", java.time.LocalDate.now().minusDays(900 - n % 900).toString()));
            Reply reply = send("POST", ALLIANCES + "/" + a.id + "/health-checks", request);
            if (reply == null || reply.status() != 201) {
                a.unconfirmedChecks++;
                a.unconfirmedWrites++;
            }
            if (reply == null) return unanswered("health check of " + a.id);
            if (reply.status() != 201) return refused("health check", reply);
            a.checks = new HashSet<>(texts(reply.body().path("checks"), "id"));
            a.acknowledgedKinds.add("HEALTH_CHECK");
            run.acknowledged(run.ackedChecks);
            return true;
        }

        private boolean createChecklist(Tracked a) {
            ObjectNode request = JSON.createObjectNode().put("allianceId", a.id).put("partnerCountry", COUNTRIES.get(number % COUNTRIES.size()))
                    .put("ourCountry", "GB").put("purpose", PURPOSES.get(number % PURPOSES.size())).put("governmentFacing", number % 2 == 0);
            Reply reply = send("POST", CHECKLISTS, request);
            if (reply == null || reply.status() != 201) a.unconfirmedWrites++;
            if (reply == null) return unanswered("checklist for " + a.id);
            if (reply.status() != 201) return refused("checklist", reply);
            checklists.add(new TrackedChecklist(reply.body().path("id").asText(), a.id, reply.body()));
            a.acknowledgedKinds.add("CHECKLIST");
            run.acknowledged(run.ackedChecklists);
            return true;
        }

        private boolean mark(TrackedChecklist c, int n) {
            String item = c.items.get(random.nextInt(c.items.size()));
            String status = List.of("DONE", "NOT_APPLICABLE", "RED_FLAG", "OPEN").get(n % 4);
            String note = "Writer " + number + ", write " + n + ": \u2713 checked";
            ObjectNode request = JSON.createObjectNode().put("status", status).put("note", note).put("by", "writer" + number + "@example.com")
                    .put("version", c.versions.get(item));
            Reply reply = send("PUT", CHECKLISTS + "/" + c.id + "/items/" + item, request);
            if (reply == null || reply.status() != 200) {
                c.unconfirmedItem = item;
                c.unconfirmedMark = status + " " + note;
            }
            if (reply == null) return unanswered("mark of " + item + " on " + c.id);
            if (reply.status() != 200) return refused("mark", reply);
            c.marks.put(item, status + " " + note);
            c.read(reply.body());
            run.acknowledged(run.ackedMarks);
            return true;
        }

        private boolean unanswered(String write) {
            unanswered.add(write);
            return false;
        }

        private boolean refused(String write, Reply reply) {
            refused.add(write + ": " + reply.status() + " " + reply.body().path("message").asText());
            return true;
        }

        /** Sends a write; null when no answer came (the server went away). */
        private Reply send(String method, String path, JsonNode body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
            run.inFlight.incrementAndGet();
            try {
                return client.send(request);
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof JsonProcessingException) throw e; // an answer, but not JSON
                return null;
            } finally {
                run.inFlight.decrementAndGet();
            }
        }

        /** An alliance draft; each revision changes every field a client can set. */
        private ObjectNode draft(int serial, int revision) {
            ObjectNode draft = JSON.createObjectNode();
            int r = serial + revision;
            draft.putObject("partner").put("name", "Dauerhaft Ålliance " + number + "-" + serial + " r" + revision + " \u2713")
                    .put("country", COUNTRIES.get(r % COUNTRIES.size())).put("industry", "industry " + revision);
            draft.put("purpose", PURPOSES.get(r % PURPOSES.size()));
            ArrayNode countries = draft.putArray("countries");
            for (int i = 0; i <= r % 3; i++) countries.add(COUNTRIES.get((r + i * 3) % COUNTRIES.size()));
            draft.put("status", STATUSES.get(r % STATUSES.size()));
            draft.put("owner", "owner" + number + "." + revision + "@example.com");
            draft.put("description", "Writer " + number + ", alliance " + serial + ", revision " + revision + ": «quoted» \"text\"\nsecond line");
            return draft;
        }

        /** One of three partner assessments with different evidence, so that the stored verdicts differ. */
        static ObjectNode assessment(int n, int number) {
            ObjectNode request = (ObjectNode) read(switch (n % 3) {
                case 0 -> HttpApiTest.VALID;
                case 1 -> """
                        {"partner": {"name": "Shady Co"}, "alliance": {"purpose": "SUPPLY"},
                         "evidence": {"integrity": {"sanctionsScreening": "CONFIRMED_HIT"}}}
                        """;
                default -> """
                        {"partner": {"name": "Solid Co", "country": "DE"}, "alliance": {"purpose": "SUPPLY"},
                         "evidence": {"integrity": {"litigationRecord": "NONE", "sanctionsScreening": "CLEAR",
                                                    "beneficialOwnership": "DISCLOSED", "questionnaire": "COMPLETE"},
                                      "competence": {"yearsInDomain": 15, "pilotDelivery": "MET"}}}
                        """;
            });
            ((ObjectNode) request.path("partner")).put("name", request.path("partner").path("name").asText() + " " + number + "-" + n);
            return request;
        }
    }

    /** Six respondents, three on each side, every survey item answered; {@code {date}} to fill in. */
    private static final String HEALTH_CHECK = healthCheck();

    private static String healthCheck() {
        try {
            return Files.readString(Path.of("bench", "bodies", "health-check.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
