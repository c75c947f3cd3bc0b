package com.alliancetrust.advisor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.explain.Reasoned;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checklists through the HTTP API: tracked item by item, kept across a restart, fed back into a
 * re-assessment, and exported. Subclasses run the same suite on each supported database.
 */
abstract class ChecklistApiContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CHECKLISTS = "/api/v1/checklists";
    /** A partner strong on every element, for a joint R&D alliance: verdict PROCEED. */
    static final String CLEAN_ASSESSMENT = """
            {"partner": {"name": "Brightwater Labs", "country": "NL", "industry": "biomaterials"},
             "alliance": {"purpose": "JOINT_RND", "ipSensitivity": "MEDIUM", "expectedDurationYears": 3, "priorAlliances": 1},
             "context": {"ceoCommitment": "OPEN", "timePressure": "LOW", "alternativesConsidered": 2},
             "evidence": {"competence": {"yearsInDomain": 12, "pilotDelivery": "MET", "performanceReferences": "POSITIVE",
                                         "financialHealth": "STRONG"},
                          "integrity": {"litigationRecord": "NONE", "sanctionsScreening": "CLEAR", "beneficialOwnership": "DISCLOSED",
                                        "questionnaire": "COMPLETE", "adverseMedia": "NONE", "smallPromisesKept": "KEPT",
                                        "negotiationHonesty": "CONSISTENT"},
                          "benevolence": {"disputesWithFormerPartners": "NONE", "negotiationReciprocity": "RECIPROCAL",
                                          "formerPartnerReferences": "POSITIVE", "ipAppropriation": "NONE"},
                          "predictability": {"deliveryRecord": "CONSISTENT", "responsiveness": "PROMPT", "leadershipStability": "STABLE"}}}
            """;
    static final String NOTE_WITH_CSV_TROUBLE = "Checked 2019-2024 filings, \"clean\" per counsel,\nbut one case, Rotterdam, is still open";
    static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    Database database;
    Javalin app;
    ApiClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A new, empty database. */
    abstract Database newDatabase();

    /** The database {@link #newDatabase()} created, opened again as a restarted server would. */
    abstract Database reopen();

    @BeforeEach
    void start() {
        database = newDatabase();
        startServer();
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    private void startServer() {
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    private void restart() {
        app.stop();
        database.close();
        database = reopen();
        startServer();
    }

    // --- helpers ---

    String newAlliance(String partner, String purpose) {
        Reply reply = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"" + partner + "\"}, \"purpose\": \"" + purpose + "\"}");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    String assess(String allianceId, String assessment) {
        ObjectNode request = (ObjectNode) read(assessment);
        request.put("allianceId", allianceId);
        Reply reply = client.post("/api/v1/partner-assessments", request.toString());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().path("assessmentId").asText();
    }

    JsonNode create(String body) {
        Reply reply = client.post(CHECKLISTS, body);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    /** A context-only checklist for a cross-border supply deal from a high-risk country. */
    JsonNode supplyChecklist() {
        return create("{\"partnerCountry\": \"NG\", \"ourCountry\": \"GB\", \"purpose\": \"SUPPLY\", \"expectedDurationYears\": 3}");
    }

    Reply mark(String checklistId, String itemId, String body) {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + CHECKLISTS + "/" + checklistId + "/items/" + itemId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Marks an item with the version it is at now, and expects the mark to be taken. */
    JsonNode markOk(String checklistId, String itemId, Map<String, Object> mark) {
        Map<String, Object> withVersion = new LinkedHashMap<>(mark);
        withVersion.put("version", item(client.get(CHECKLISTS + "/" + checklistId).body(), itemId).path("version").asInt());
        Reply reply = mark(checklistId, itemId, write(withVersion));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    HttpResponse<String> export(String checklistId, String format) {
        try {
            String query = format == null ? "" : "?format=" + format;
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + CHECKLISTS + "/" + checklistId + "/export" + query))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode item(JsonNode checklist, String itemId) {
        for (JsonNode i : checklist.path("items")) if (i.path("id").asText().equals(itemId)) return i;
        throw new AssertionError("no item " + itemId + " on the checklist");
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- creation and tracking ---

    @Test
    void a_checklist_is_stored_with_its_alliance_and_noted_on_its_timeline() {
        String alliance = newAlliance("Lagos Castings", "SUPPLY");
        JsonNode created = create("{\"allianceId\": \"" + alliance + "\", \"partnerCountry\": \"NG\", \"ourCountry\": \"GB\", \"purpose\": \"SUPPLY\"}");
        String id = created.path("id").asText();

        assertThat(created.path("allianceId").asText()).isEqualTo(alliance);
        assertThat(created.path("corruptionRisk").asText()).startsWith("HIGH (Nigeria");
        assertThat(client.get(CHECKLISTS + "/" + id).body()).isEqualTo(created);
        JsonNode timeline = client.get("/api/v1/alliances/" + alliance).body().path("timeline");
        assertThat(timeline.findValuesAsText("kind")).contains("CHECKLIST");
        assertThat(timeline.findValuesAsText("recordId")).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown purpose | {\"purpose\": \"MERGER\"} | purpose",
            "a country name instead of a code | {\"partnerCountry\": \"Nigeria\"} | partnerCountry",
            "a lower-case country code | {\"ourCountry\": \"gb\"} | ourCountry",
            "an unknown IP sensitivity | {\"ipSensitivity\": \"SECRET\"} | ipSensitivity",
            "a string for a boolean | {\"virtual\": \"yes\"} | virtual",
            "a duration of 500 years | {\"expectedDurationYears\": 500} | expectedDurationYears",
            "a fraction of a year | {\"expectedDurationYears\": 2.5} | expectedDurationYears",
            "an unknown alliance | {\"allianceId\": \"no-such-alliance\"} | allianceId",
            "an unknown field | {\"budget\": 5} | budget",
            "an array body | [] | (body)",
    })
    void a_bad_checklist_request_is_refused_with_400_naming_the_field(String what, String body, String field) {
        Reply reply = client.post(CHECKLISTS, body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
        assertThat(reply.body().path("message").asText()).as(what).doesNotContain("Exception", "at com.");
    }

    @Test
    void each_status_is_recorded_with_its_note_date_and_who_marked_it_and_read_back() {
        JsonNode checklist = supplyChecklist();
        String id = checklist.path("id").asText();
        int version = checklist.path("version").asInt();
        assertThat(client.get(CHECKLISTS + "/" + id).body()).isEqualTo(checklist); // the answer to making it is what is stored

        markOk(id, "ic-sanctions-screening", Map.of("status", "DONE", "note", "Screened against EU, UK and OFAC lists", "by", "A. Okafor",
                "date", "2026-03-02", "finding", "CLEAR"));
        markOk(id, "co-certifications", Map.of("status", "NOT_APPLICABLE", "note", "No certification applies to sand castings", "by", "J. Reed",
                "date", "2026-03-03"));
        markOk(id, "ic-third-party-agents", Map.of("status", "RED_FLAG", "note", "Customs agent owned by a port official's brother", "by", "A. Okafor",
                "date", "2026-03-04"));
        markOk(id, "co-capacity-check", Map.of("status", "DONE", "by", "J. Reed", "date", "2026-03-05"));
        JsonNode reopened = markOk(id, "co-capacity-check", Map.of("status", "OPEN", "note", "Second plant not yet visited", "by", "J. Reed",
                "date", "2026-03-06"));

        JsonNode back = client.get(CHECKLISTS + "/" + id).body();
        assertThat(back).isEqualTo(reopened);
        assertThat(item(back, "ic-sanctions-screening").path("status").asText()).isEqualTo("DONE");
        assertThat(item(back, "ic-sanctions-screening").path("finding").asText()).isEqualTo("CLEAR");
        assertThat(item(back, "ic-sanctions-screening").path("markedBy").asText()).isEqualTo("A. Okafor");
        assertThat(item(back, "ic-sanctions-screening").path("markedAt").asText()).isEqualTo("2026-03-02");
        assertThat(item(back, "co-certifications").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(item(back, "co-certifications").path("note").asText()).isEqualTo("No certification applies to sand castings");
        assertThat(item(back, "ic-third-party-agents").path("status").asText()).isEqualTo("RED_FLAG");
        assertThat(item(back, "ic-third-party-agents").path("markedAt").asText()).isEqualTo("2026-03-04");
        assertThat(item(back, "co-capacity-check").path("status").asText()).isEqualTo("OPEN");
        assertThat(item(back, "co-capacity-check").path("note").asText()).isEqualTo("Second plant not yet visited");
        int total = back.path("items").size();
        assertThat(back.path("progress").toString()).isEqualTo("{\"total\":" + total + ",\"open\":" + (total - 3)
                + ",\"done\":1,\"notApplicable\":1,\"redFlags\":1}");
        assertThat(back.path("version").asInt()).isEqualTo(version + 5);
    }

    @Test
    void a_mark_without_a_date_is_dated_today() {
        String id = supplyChecklist().path("id").asText();
        JsonNode back = markOk(id, "gv-kpis", Map.of("status", "DONE", "by", "J. Reed"));
        assertThat(item(back, "gv-kpis").path("markedAt").asText()).isEqualTo(java.time.LocalDate.now().toString());
    }

    @Test
    void marking_an_item_that_is_not_on_the_checklist_or_on_no_checklist_is_404() {
        String id = supplyChecklist().path("id").asText();

        Reply notOnIt = mark(id, "ip-clean-team", "{\"status\": \"DONE\"}");
        Reply unknownItem = mark(id, "xx-no-such-check", "{\"status\": \"DONE\", \"finding\": \"CLEAR\"}");
        Reply noChecklist = mark("no-such-checklist", "gv-kpis", "{\"status\": \"DONE\"}");

        assertThat(notOnIt.status()).isEqualTo(404);
        assertThat(notOnIt.body().path("message").asText()).contains("ip-clean-team");
        assertThat(unknownItem.status()).as("an unknown item is 404 whatever the body says").isEqualTo(404);
        assertThat(noChecklist.status()).isEqualTo(404);
        assertThat(noChecklist.body().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown status | {\"status\": \"FINISHED\"} | status",
            "a status of the wrong type | {\"status\": 3} | status",
            "no status | {\"note\": \"looked at it\"} | status",
            "a date that is not a date | {\"status\": \"DONE\", \"date\": \"3 March\"} | date",
            "an impossible date | {\"status\": \"DONE\", \"date\": \"2026-02-30\"} | date",
            "a finding that is not a value of the evidence | {\"status\": \"DONE\", \"finding\": \"PROBABLY_FINE\"} | finding",
            "a finding on an open item | {\"status\": \"OPEN\", \"finding\": \"CLEAR\"} | finding",
            "a finding on an item marked not applicable | {\"status\": \"NOT_APPLICABLE\", \"finding\": \"CLEAR\"} | finding",
            "an unknown field | {\"status\": \"DONE\", \"severity\": \"HIGH\"} | severity",
            "malformed JSON | {\"status\": | (body)",
    })
    void a_bad_mark_is_refused_with_400_naming_the_field(String what, String body, String field) {
        String id = supplyChecklist().path("id").asText();
        Reply reply = mark(id, "ic-sanctions-screening", body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
        assertThat(reply.body().path("message").asText()).as(what).doesNotContain("Exception", "at com.");
    }

    @Test
    void an_unknown_status_is_refused_with_the_statuses_allowed() {
        String id = supplyChecklist().path("id").asText();
        Reply reply = mark(id, "gv-kpis", "{\"status\": \"FINISHED\"}");
        assertThat(reply.body().path("message").asText()).startsWith("status").contains("OPEN", "DONE", "NOT_APPLICABLE", "RED_FLAG");
        Reply note = mark(id, "gv-kpis", "{\"status\": \"DONE\", \"note\": \"" + "x".repeat(5001) + "\"}");
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.body().path("field").asText()).isEqualTo("note");
        Reply noEvidence = mark(id, "gv-kpis", "{\"status\": \"DONE\", \"finding\": \"CLEAR\"}");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.body().path("field").asText()).isEqualTo("finding");
    }

    @Test
    void a_mark_sends_the_version_it_read_one_stale_is_refused_with_409_and_one_missing_with_400_leaving_the_item_as_it_was() {
        JsonNode checklist = supplyChecklist();
        String id = checklist.path("id").asText();
        assertThat(item(checklist, "gv-kpis").path("version").asInt()).as("a new item").isEqualTo(1);

        Reply first = mark(id, "gv-kpis", write(Map.of("status", "DONE", "note", "KPIs agreed", "by", "J. Reed", "date", "2026-03-02",
                "version", 1)));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(item(first.body(), "gv-kpis").path("version").asInt()).isEqualTo(2);
        assertThat(item(first.body(), "co-capacity-check").path("version").asInt()).as("the other items are untouched").isEqualTo(1);

        Reply stale = mark(id, "gv-kpis", write(Map.of("status", "RED_FLAG", "note", "KPIs refused", "by", "A. Okafor", "version", 1)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("field").asText()).isEqualTo("version");
        assertThat(stale.body().path("message").asText()).contains("changed by someone else", "version 1", "version 2", "DONE",
                "J. Reed", "2026-03-02");
        Reply missing = mark(id, "gv-kpis", "{\"status\": \"RED_FLAG\", \"note\": \"KPIs refused\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("field").asText()).isEqualTo("version");

        JsonNode kept = item(client.get(CHECKLISTS + "/" + id).body(), "gv-kpis");
        assertThat(kept.path("note").asText()).isEqualTo("KPIs agreed");
        assertThat(kept.path("status").asText()).isEqualTo("DONE");
        assertThat(kept.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void of_ten_concurrent_marks_of_one_item_from_the_same_version_one_is_taken_and_nine_are_refused_so_no_note_vanishes_unseen()
            throws Exception {
        String id = supplyChecklist().path("id").asText();
        int clients = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Reply>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                String body = write(Map.of("status", "DONE", "note", "Note of reviewer " + i, "by", "Reviewer " + i, "version", 1));
                sent.add(pool.submit(() -> {
                    start.await();
                    return mark(id, "gv-kpis", body);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : sent) replies.add(f.get());

            List<Integer> taken = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Reply r = replies.get(i);
                assertThat(r.status()).as("reviewer %d: %s", i, r.body()).isIn(200, 409);
                if (r.status() == 200) taken.add(i);
                else assertThat(r.body().path("field").asText()).isEqualTo("version");
            }
            assertThat(taken).as("marks taken").hasSize(1);
            JsonNode stored = item(client.get(CHECKLISTS + "/" + id).body(), "gv-kpis");
            assertThat(stored.path("note").asText()).as("the note kept is the one whose mark was taken")
                    .isEqualTo("Note of reviewer " + taken.get(0));
            assertThat(stored.path("markedBy").asText()).isEqualTo("Reviewer " + taken.get(0));
            assertThat(stored.path("version").asInt()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_checklist_and_its_marks_survive_a_restart_of_the_server_on_the_same_database() {
        String id = supplyChecklist().path("id").asText();
        markOk(id, "ic-anti-bribery-programme", Map.of("status", "RED_FLAG", "note", "No policy on facilitation payments", "by", "A. Okafor",
                "date", "2026-04-01", "finding", "NONE"));
        JsonNode before = client.get(CHECKLISTS + "/" + id).body();

        restart();

        JsonNode after = client.get(CHECKLISTS + "/" + id).body();
        assertThat(after).isEqualTo(before);
        assertThat(item(after, "ic-anti-bribery-programme").path("finding").asText()).isEqualTo("NONE");
        assertThat(markOk(id, "gv-kpis", Map.of("status", "DONE", "by", "J. Reed")).path("progress").path("done").asInt()).isEqualTo(1);
    }

    // --- findings fed back into a re-assessment ---

    @Test
    void a_red_flag_found_on_an_integrity_check_changes_the_reassessment_and_the_change_traces_back_to_it() {
        String alliance = newAlliance("Brightwater Labs", "JOINT_RND");
        String assessmentId = assess(alliance, CLEAN_ASSESSMENT);
        assertThat(client.get("/api/v1/assessments/" + assessmentId).body().path("verdict").asText()).isEqualTo("PROCEED");
        JsonNode checklist = create("{\"assessmentId\": \"" + assessmentId + "\", \"ourCountry\": \"DE\"}");
        String id = checklist.path("id").asText();
        assertThat(checklist.path("allianceId").asText()).isEqualTo(alliance);
        assertThat(item(checklist, "ic-litigation-search").path("priority").asText()).as("settled by the clean assessment").isEqualTo("LOW");

        markOk(id, "ic-litigation-search", Map.of("status", "RED_FLAG", "finding", "SERIOUS", "by", "M. Jansen", "date", "2026-05-12",
                "note", "Regulator fined the partner for falsified test data in 2024"));
        Reply reply = client.post(CHECKLISTS + "/" + id + "/reassess", "");

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        JsonNode result = reply.body();
        assertThat(result.path("previousAssessmentId").asText()).isEqualTo(assessmentId);
        JsonNode applied = result.path("appliedFindings").get(0);
        assertThat(applied.path("item").asText()).isEqualTo("ic-litigation-search");
        assertThat(applied.path("field").asText()).isEqualTo("integrity.litigationRecord");
        assertThat(applied.path("words").asText()).isEqualTo("Litigation and enforcement record: fraud, bribery, deliberate breach or repeated enforcement");
        assertThat(applied.path("value").asText()).isEqualTo("SERIOUS");
        assertThat(applied.path("status").asText()).isEqualTo("RED_FLAG");
        assertThat(applied.path("markedBy").asText()).isEqualTo("M. Jansen");
        assertThat(applied.path("markedAt").asText()).isEqualTo("2026-05-12");
        assertThat(applied.path("note").asText()).contains("falsified test data");
        List<String> supports = new ArrayList<>();
        applied.path("supports").forEach(s -> supports.add(s.asText()));
        assertThat(supports).contains("verdict RECONSIDER", "integrity level LOW", "red flag serious-litigation");

        JsonNode verdictChange = null;
        for (JsonNode c : result.path("changes")) if (c.path("what").asText().equals("verdict")) verdictChange = c;
        assertThat(verdictChange).as("changes: %s", result.path("changes")).isNotNull();
        assertThat(verdictChange.path("before").asText()).isEqualTo("PROCEED");
        assertThat(verdictChange.path("after").asText()).isEqualTo("RECONSIDER");
        assertThat(verdictChange.path("why").asText()).contains("integrity is low");
        assertThat(result.path("changes").findValuesAsText("what")).contains("integrity level", "red flag added: serious-litigation");

        // The new assessment is stored in the case file, and its verdict rests on the finding.
        JsonNode stored = client.get("/api/v1/assessments/" + result.path("assessmentId").asText()).body();
        assertThat(stored.path("allianceId").asText()).isEqualTo(alliance);
        assertThat(stored.path("input").path("evidence").path("integrity").path("litigationRecord").asText()).isEqualTo("SERIOUS");
        List<String> verdictFacts = new ArrayList<>();
        Reasoned.resolve(stored.path("output")).path("verdict").path("explanation").path("facts")
                .forEach(f -> verdictFacts.add(f.path("field").asText() + "=" + f.path("value").asText()));
        assertThat(verdictFacts).contains("integrity.litigationRecord=SERIOUS");
        JsonNode timeline = client.get("/api/v1/alliances/" + alliance).body().path("timeline");
        assertThat(timeline.findValuesAsText("summary")).anySatisfy(s -> assertThat(s)
                .contains("due-diligence checklist", "found Litigation and enforcement record: fraud, bribery").doesNotContain("integrity.", "SERIOUS", id));
    }

    @Test
    void a_reassessment_needs_an_assessment_behind_the_checklist_and_at_least_one_finding() {
        Reply noAssessment = client.post(CHECKLISTS + "/" + supplyChecklist().path("id").asText() + "/reassess", "");
        assertThat(noAssessment.status()).isEqualTo(400);
        assertThat(noAssessment.body().path("field").asText()).isEqualTo("assessmentId");

        String assessmentId = assess(newAlliance("Brightwater Labs", "JOINT_RND"), CLEAN_ASSESSMENT);
        String id = create("{\"assessmentId\": \"" + assessmentId + "\"}").path("id").asText();
        markOk(id, "gv-kpis", Map.of("status", "DONE", "by", "M. Jansen"));
        Reply noFinding = client.post(CHECKLISTS + "/" + id + "/reassess", "");
        assertThat(noFinding.status()).isEqualTo(400);
        assertThat(noFinding.body().path("field").asText()).isEqualTo("items");

        assertThat(client.post(CHECKLISTS + "/no-such-checklist/reassess", "").status()).isEqualTo(404);
    }

    @Test
    void a_checklist_cannot_be_filed_under_another_alliance_than_its_assessment() {
        String assessmentId = assess(newAlliance("Brightwater Labs", "JOINT_RND"), CLEAN_ASSESSMENT);
        String other = newAlliance("Someone Else", "SUPPLY");
        Reply reply = client.post(CHECKLISTS, "{\"assessmentId\": \"" + assessmentId + "\", \"allianceId\": \"" + other + "\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("allianceId");
        Reply unknown = client.post(CHECKLISTS, "{\"assessmentId\": \"no-such-assessment\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asText()).isEqualTo("assessmentId");
    }

    // --- exports ---

    @Test
    void the_markdown_export_lists_every_item_with_its_status_and_keeps_user_text_from_becoming_markup() {
        JsonNode checklist = supplyChecklist();
        String id = checklist.path("id").asText();
        markOk(id, "ic-third-party-agents", Map.of("status", "RED_FLAG", "note", XSS + "\n## [x] Fake item", "by", "A. **Okafor**",
                "date", "2026-03-04"));

        HttpResponse<String> reply = export(id, null);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        String md = reply.body();
        for (JsonNode item : checklist.path("items")) assertThat(md).contains(item.path("title").asText());
        assertThat(md).contains("red flag by A. \\*\\*Okafor\\*\\* on 2026-03-04");
        assertThat(md).as("every < of the note is escaped, so no renderer sees a tag").doesNotContainPattern("(?<!\\\\)<(script|img)")
                .contains("\\<script\\>alert\\('x'\\)\\</script\\>");
        assertThat(md.lines().filter(l -> l.startsWith("## ")).count()).as("one heading per item, none injected by the note")
                .isEqualTo(checklist.path("items").size());
        assertThat(md).contains("Progress: 0 done, 0 not applicable, 1 red flags");
    }

    @Test
    void the_csv_export_parses_back_to_the_same_rows_with_notes_containing_commas_quotes_and_newlines() throws IOException {
        JsonNode checklist = supplyChecklist();
        String id = checklist.path("id").asText();
        markOk(id, "ic-litigation-search", Map.of("status", "DONE", "note", NOTE_WITH_CSV_TROUBLE, "by", "Reed, J.", "date", "2026-03-02"));
        markOk(id, "gv-kpis", Map.of("status", "DONE", "note", "=HYPERLINK(\"http://evil.example\")", "by", "J. Reed"));

        HttpResponse<String> reply = export(id, "CSV");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(reply.body())) {
            while (it.hasNext()) rows.add(it.next());
        }
        assertThat(rows.get(0)).containsExactly("id", "section", "priority", "status", "title", "check", "verify", "reason", "finding", "note",
                "marked_by", "marked_at");
        assertThat(rows).hasSize(checklist.path("items").size() + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).hasSize(12));
        List<String> litigation = rows.stream().filter(r -> r.get(0).equals("ic-litigation-search")).findFirst().orElseThrow();
        assertThat(litigation.get(3)).isEqualTo("done");
        assertThat(litigation.get(9)).isEqualTo(NOTE_WITH_CSV_TROUBLE);
        assertThat(litigation.get(10)).isEqualTo("Reed, J.");
        assertThat(litigation.get(11)).isEqualTo("2026-03-02");
        List<String> kpis = rows.stream().filter(r -> r.get(0).equals("gv-kpis")).findFirst().orElseThrow();
        assertThat(kpis.get(9)).as("a formula is neutralised for spreadsheets").isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        List<String> ids = new ArrayList<>();
        checklist.path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(ids);
    }

    @Test
    void the_printable_html_escapes_user_text_carries_its_own_style_allowed_by_its_hash_and_no_script() throws Exception {
        JsonNode checklist = supplyChecklist();
        String id = checklist.path("id").asText();
        markOk(id, "ic-third-party-agents", Map.of("status", "RED_FLAG", "note", XSS, "by", "\"><svg onload=alert(2)>", "date", "2026-03-04"));

        HttpResponse<String> reply = export(id, "HTML");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = reply.body();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("&quot;&gt;&lt;svg onload=alert(2)&gt;");
        assertThat(html).doesNotContain("<script", "<img", "<svg", " style=", "javascript:", "<link");
        assertThat(html).contains("<span class=\"status RED_FLAG\">red flag</span>");
        String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
        assertThat(style).as("styled on its own, opened from disk too").contains(".RED_FLAG", "@media print");
        assertThat(html.indexOf("<style>")).as("one inline style, the one the policy allows by its hash").isEqualTo(html.lastIndexOf("<style>"));
        String policy = reply.headers().firstValue("Content-Security-Policy").orElse("");
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(policy).contains("style-src 'self' 'sha256-" + hash + "'");
        for (JsonNode item : checklist.path("items")) {
            assertThat(html).contains(item.path("title").asText().replace("'", "&#39;"));
        }

    }

    @Test
    void a_checklist_built_without_a_stored_assessment_is_tied_to_one_stored_since_and_its_findings_then_re_assess_the_partner() {
        String id = supplyChecklist().path("id").asText();
        markOk(id, "gv-kpis", Map.of("status", "DONE", "by", "M. Jansen"));
        String alliance = newAlliance("Brightwater Labs", "JOINT_RND");
        String assessmentId = assess(alliance, CLEAN_ASSESSMENT);

        Reply missing = attach(id, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("field").asText()).isEqualTo("assessmentId");
        Reply unknown = attach(id, "{\"assessmentId\": \"no-such-assessment\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asText()).isEqualTo("assessmentId");
        assertThat(attach("no-such-checklist", "{\"assessmentId\": \"" + assessmentId + "\"}").status()).isEqualTo(404);

        Reply tied = attach(id, "{\"assessmentId\": \"" + assessmentId + "\"}");
        assertThat(tied.status()).as(tied.body().toString()).isEqualTo(200);
        assertThat(tied.body().path("assessmentId").asText()).isEqualTo(assessmentId);
        assertThat(tied.body().path("allianceId").asText()).isEqualTo(alliance);
        assertThat(item(tied.body(), "gv-kpis").path("status").asText()).as("marks are kept").isEqualTo("DONE");
        assertThat(client.get("/api/v1/alliances/" + alliance).body().path("timeline").findValuesAsText("recordId")).contains(id);

        Reply again = attach(id, "{\"assessmentId\": \"" + assessmentId + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("field").asText()).isEqualTo("assessmentId");

        markOk(id, "ic-litigation-search", Map.of("status", "RED_FLAG", "finding", "SERIOUS", "by", "M. Jansen"));
        Reply reassessed = client.post(CHECKLISTS + "/" + id + "/reassess", "");
        assertThat(reassessed.status()).as(reassessed.body().toString()).isEqualTo(201);
        assertThat(reassessed.body().path("previousAssessmentId").asText()).isEqualTo(assessmentId);
    }

    Reply attach(String checklistId, String body) {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + CHECKLISTS + "/" + checklistId + "/assessment"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void a_finding_is_worded_by_its_evidence_label_and_value_label_on_the_checklist_and_in_every_export() {
        String alliance = newAlliance("Brightwater Labs", "JOINT_RND");
        String id = create("{\"assessmentId\": \"" + assess(alliance, CLEAN_ASSESSMENT) + "\"}").path("id").asText();
        JsonNode marked = markOk(id, "ic-litigation-search", Map.of("status", "RED_FLAG", "finding", "SERIOUS", "by", "M. Jansen"));
        String words = "Litigation and enforcement record: fraud, bribery, deliberate breach or repeated enforcement";
        assertThat(item(marked, "ic-litigation-search").path("findingWords").asText()).isEqualTo(words);
        for (String format : List.of("MARKDOWN", "CSV", "HTML")) {
            String body = export(id, format).body();
            assertThat(body).as(format).contains(words).doesNotContain("integrity.litigationRecord", "= SERIOUS", "\"SERIOUS\"");
        }
    }

    @Test
    void an_unknown_export_format_is_refused_naming_the_parameter_and_an_unknown_checklist_is_404() {
        String id = supplyChecklist().path("id").asText();
        HttpResponse<String> bad = export(id, "PDF");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(read(bad.body()).path("field").asText()).isEqualTo("format");
        assertThat(read(bad.body()).path("message").asText()).contains("MARKDOWN", "CSV", "HTML");
        assertThat(export("no-such-checklist", "CSV").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
