package com.alliancetrust.advisor.trustbuilding;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.backup.Backup;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trust-building plans kept in case files, through the HTTP API: made from the case file's latest
 * assessment, dated step by step, marked with the version read (409 when stale), every mark on the
 * timeline, shown in the portfolio, kept across a restart and carried by a backup. Subclasses run
 * the same suite on each supported database.
 */
abstract class TrustPlanApiContract {
    static final ObjectMapper JSON = new ObjectMapper();

    Database database;
    Javalin app;
    ApiClient client;

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

    // --- helpers ---

    String newAlliance(String partner) {
        return created(client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"" + partner + "\"}, \"purpose\": \"JOINT_RND\"}")).path("id").asText();
    }

    String assess(String allianceId) {
        ObjectNode request = (ObjectNode) read(HttpApiTest.VALID);
        request.put("allianceId", allianceId);
        return created(client.post("/api/v1/partner-assessments", request.toString())).path("assessmentId").asText();
    }

    JsonNode plan(String allianceId, String body) {
        return created(client.post("/api/v1/alliances/" + allianceId + "/trust-building-plans", body));
    }

    Reply put(String path, String body) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply mark(String planId, String stepId, String body) {
        return put("/api/v1/trust-building-plans/" + planId + "/steps/" + stepId, body);
    }

    /** Marks a step with the version it is at now, and expects the mark to be taken. */
    JsonNode markOk(String planId, String stepId, String fields) {
        int version = step(ok(client.get("/api/v1/trust-building-plans/" + planId)), stepId).path("version").asInt();
        return ok(mark(planId, stepId, "{" + fields + ", \"version\": " + version + "}"));
    }

    static JsonNode step(JsonNode plan, String stepId) {
        for (JsonNode s : plan.path("steps")) if (s.path("id").asText().equals(stepId)) return s;
        throw new AssertionError("no step " + stepId + " in the plan");
    }

    static JsonNode portfolioRow(JsonNode portfolio, String allianceId) {
        for (JsonNode row : portfolio.path("alliances").path("items")) if (row.path("allianceId").asText().equals(allianceId)) return row;
        throw new AssertionError("no alliance " + allianceId + " in the portfolio");
    }

    static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- making and keeping a plan ---

    @Test
    void a_plan_is_made_from_the_case_files_latest_assessment_kept_with_a_due_date_per_step_and_noted_on_the_timeline() {
        String alliance = newAlliance("Kanto Precision");
        assess(alliance);
        String latest = assess(alliance);

        JsonNode plan = plan(alliance, "{\"startDate\": \"2027-01-04\"}");

        assertThat(plan.path("allianceId").asText()).isEqualTo(alliance);
        assertThat(plan.path("assessmentId").asText()).as("the latest assessment").isEqualTo(latest);
        assertThat(plan.path("plan").path("basis").asText()).startsWith("The assessment of ");
        assertThat(plan.path("steps").size()).isPositive();
        List<String> planned = new ArrayList<>();
        for (JsonNode phase : plan.path("plan").path("phases")) {
            for (JsonNode s : phase.path("steps")) planned.add(s.path("title").asText());
        }
        assertThat(plan.path("steps").findValuesAsText("title")).isEqualTo(planned);
        for (JsonNode s : plan.path("steps")) {
            JsonNode phase = null;
            for (JsonNode p : plan.path("plan").path("phases")) if (p.path("id").asText().equals(s.path("phase").asText())) phase = p;
            assertThat(phase).as(s.toString()).isNotNull();
            assertThat(s.path("due").asText()).isEqualTo(phase.path("due").asText());
            assertThat(s.path("phaseName").asText()).isEqualTo(phase.path("name").asText());
            assertThat(s.path("status").asText()).isEqualTo("OPEN");
            assertThat(s.path("version").asInt()).isEqualTo(1);
            assertThat(s.path("id").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
        assertThat(plan.path("progress").path("open").asInt()).isEqualTo(plan.path("steps").size());

        String id = plan.path("id").asText();
        assertThat(ok(client.get("/api/v1/trust-building-plans/" + id))).isEqualTo(plan);
        assertThat(ok(client.get("/api/v1/alliances/" + alliance + "/trust-building-plan"))).isEqualTo(plan);
        JsonNode timeline = ok(client.get("/api/v1/alliances/" + alliance)).path("timeline");
        JsonNode entry = timeline.get(timeline.size() - 1);
        assertThat(entry.path("kind").asText()).isEqualTo("TRUST_PLAN");
        assertThat(entry.path("recordId").asText()).isEqualTo(id);
        assertThat(entry.path("summary").asText()).contains("steps from 2027-01-04", "first due by 2027-04-04");
    }

    @Test
    void a_case_file_without_an_assessment_gets_a_plan_from_the_facts_given_and_the_latest_plan_is_the_one_shown() {
        String alliance = newAlliance("Lagos Castings");
        assertThat(client.get("/api/v1/alliances/" + alliance + "/trust-building-plan").status()).isEqualTo(404);

        JsonNode first = plan(alliance, "{\"startDate\": \"2027-01-04\", \"profile\": {\"competence\": \"HIGH\"}}");
        assertThat(first.has("assessmentId")).isFalse();
        assertThat(first.path("plan").path("notEstablished").toString()).isEqualTo("[\"integrity\",\"benevolence\",\"predictability\"]");
        assertThat(first.path("steps").findValuesAsText("id")).contains("tb-establish-unknown-integrity");

        JsonNode second = plan(alliance, "{\"startDate\": \"2027-02-01\"}");
        assertThat(ok(client.get("/api/v1/alliances/" + alliance + "/trust-building-plan"))).isEqualTo(second);
    }

    @Test
    void each_status_is_recorded_with_its_note_date_and_who_and_every_mark_goes_on_the_timeline() {
        String alliance = newAlliance("Kanto Precision");
        assess(alliance);
        JsonNode plan = plan(alliance, "{\"startDate\": \"2027-01-04\"}");
        String id = plan.path("id").asText();

        markOk(id, "tb-launch-workshop", "\"status\": \"DONE\", \"note\": \"Held in Osaka, both teams\", \"by\": \"A. Moreau\", \"date\": \"2027-02-10\"");
        markOk(id, "tb-news-protocol", "\"status\": \"NOT_APPLICABLE\", \"note\": \"Covered by the steering charter\", \"by\": \"J. Reed\"");
        markOk(id, "tb-launch-workshop", "\"status\": \"OPEN\", \"note\": \"The partner's plant team was absent\", \"by\": \"A. Moreau\", \"date\": \"2027-02-12\"");
        JsonNode back = markOk(id, "tb-launch-workshop", "\"status\": \"DONE\", \"by\": \"A. Moreau\", \"date\": \"2027-03-01\"");

        assertThat(ok(client.get("/api/v1/trust-building-plans/" + id))).isEqualTo(back);
        JsonNode workshop = step(back, "tb-launch-workshop");
        assertThat(workshop.path("status").asText()).isEqualTo("DONE");
        assertThat(workshop.path("markedAt").asText()).isEqualTo("2027-03-01");
        assertThat(workshop.path("markedBy").asText()).isEqualTo("A. Moreau");
        assertThat(workshop.path("version").asInt()).isEqualTo(4);
        JsonNode protocol = step(back, "tb-news-protocol");
        assertThat(protocol.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(protocol.path("note").asText()).isEqualTo("Covered by the steering charter");
        assertThat(protocol.path("markedAt").asText()).as("dated today when no date is given").isEqualTo(LocalDate.now().toString());
        int total = back.path("steps").size();
        assertThat(back.path("progress").toString()).isEqualTo("{\"total\":" + total + ",\"open\":" + (total - 2)
                + ",\"done\":1,\"notApplicable\":1,\"overdue\":0}");
        assertThat(back.path("version").asInt()).isEqualTo(plan.path("version").asInt() + 4);

        List<String> marks = new ArrayList<>();
        for (JsonNode e : ok(client.get("/api/v1/alliances/" + alliance)).path("timeline")) {
            if (e.path("kind").asText().equals("TRUST_PLAN_STEP")) {
                assertThat(e.path("recordId").asText()).isEqualTo(id);
                marks.add(e.path("summary").asText());
            }
        }
        assertThat(marks).hasSize(4);
        assertThat(marks.get(0)).contains("marked done by A. Moreau on 2027-02-10").doesNotContain("tb-", "DONE");
        assertThat(marks.get(1)).contains("marked not applicable by J. Reed");
    }

    @Test
    void a_mark_sends_the_version_it_read_one_stale_is_refused_with_409_and_one_missing_with_400_leaving_the_step_and_the_timeline_as_they_were() {
        String alliance = newAlliance("Kanto Precision");
        String id = plan(alliance, "{\"startDate\": \"2027-01-04\"}").path("id").asText();
        ok(mark(id, "tb-launch-workshop", "{\"status\": \"DONE\", \"by\": \"A. Moreau\", \"date\": \"2027-02-10\", \"version\": 1}"));
        int entries = ok(client.get("/api/v1/alliances/" + alliance)).path("timeline").size();

        Reply stale = mark(id, "tb-launch-workshop", "{\"status\": \"NOT_APPLICABLE\", \"by\": \"J. Reed\", \"version\": 1}");
        Reply missing = mark(id, "tb-launch-workshop", "{\"status\": \"NOT_APPLICABLE\", \"by\": \"J. Reed\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("field").asText()).isEqualTo("version");
        assertThat(stale.body().path("message").asText()).contains("now at version 2", "done", "A. Moreau", "2027-02-10");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("field").asText()).isEqualTo("version");
        JsonNode after = ok(client.get("/api/v1/trust-building-plans/" + id));
        assertThat(step(after, "tb-launch-workshop").path("status").asText()).isEqualTo("DONE");
        assertThat(step(after, "tb-launch-workshop").path("markedBy").asText()).isEqualTo("A. Moreau");
        assertThat(ok(client.get("/api/v1/alliances/" + alliance)).path("timeline").size()).as("no entry for a refused mark").isEqualTo(entries);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown status | {\"status\": \"STARTED\", \"version\": 1} | status",
            "no status | {\"note\": \"half done\", \"version\": 1} | status",
            "a date that is no date | {\"status\": \"DONE\", \"date\": \"2027-02-30\", \"version\": 1} | date",
            "a date in another format | {\"status\": \"DONE\", \"date\": \"10/02/2027\", \"version\": 1} | date",
            "a name over 200 characters | {\"status\": \"DONE\", \"by\": \"LONG200\", \"version\": 1} | by",
            "a version as text | {\"status\": \"DONE\", \"version\": \"one\"} | version",
            "an unknown field | {\"status\": \"DONE\", \"finding\": \"CLEAR\", \"version\": 1} | finding",
            "an array body | [] | (body)",
    })
    void a_bad_mark_is_refused_with_400_naming_the_field(String what, String body, String field) {
        String id = plan(newAlliance("Kanto Precision"), "{\"startDate\": \"2027-01-04\"}").path("id").asText();
        Reply reply = mark(id, "tb-launch-workshop", body.replace("LONG200", "x".repeat(201)));

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
        assertThat(reply.body().path("message").asText()).as(what).doesNotContain("Exception", "at com.");
    }

    @Test
    void a_note_over_5000_characters_is_refused_naming_it() {
        String id = plan(newAlliance("Kanto Precision"), "{\"startDate\": \"2027-01-04\"}").path("id").asText();
        Reply reply = mark(id, "tb-launch-workshop", "{\"status\": \"DONE\", \"note\": \"" + "x".repeat(5001) + "\", \"version\": 1}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("note");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a start that is no date | {\"startDate\": \"2027-13-01\"} | startDate",
            "an unknown assessment | {\"assessmentId\": \"no-such-assessment\"} | assessmentId",
            "an unknown stage | {\"stage\": \"FRIENDLY\"} | stage",
            "an unknown level | {\"profile\": {\"integrity\": \"SUPERB\"}} | profile.integrity",
            "an unknown field | {\"budget\": 5} | budget",
    })
    void a_bad_plan_request_is_refused_with_400_naming_the_field(String what, String body, String field) {
        Reply reply = client.post("/api/v1/alliances/" + newAlliance("Kanto Precision") + "/trust-building-plans", body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
    }

    @Test
    void a_plan_cannot_start_from_the_assessment_of_another_case_file() {
        String other = assess(newAlliance("Nordlicht Logistik"));
        Reply reply = client.post("/api/v1/alliances/" + newAlliance("Kanto Precision") + "/trust-building-plans",
                "{\"assessmentId\": \"" + other + "\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("assessmentId");
        assertThat(reply.body().path("message").asText()).contains("not in this case file");
    }

    @Test
    void an_unknown_alliance_plan_or_step_is_404() {
        String id = plan(newAlliance("Kanto Precision"), "{\"startDate\": \"2027-01-04\"}").path("id").asText();
        assertThat(client.post("/api/v1/alliances/no-such-alliance/trust-building-plans", "{}").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/alliances/no-such-alliance/trust-building-plan").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/trust-building-plans/no-such-plan").status()).isEqualTo(404);
        assertThat(mark("no-such-plan", "tb-launch-workshop", "{\"status\": \"DONE\", \"version\": 1}").status()).isEqualTo(404);
        assertThat(mark(id, "tb-no-such-step", "{\"status\": \"DONE\", \"version\": 1}").status()).isEqualTo(404);
    }

    // --- the portfolio ---

    @Test
    void the_portfolio_shows_per_alliance_the_plan_steps_due_or_overdue_and_the_next_one() {
        LocalDate today = LocalDate.now();
        String late = newAlliance("Late Partner");
        JsonNode latePlan = plan(late, "{\"startDate\": \"" + today.minusYears(3) + "\"}");
        String soon = newAlliance("Soon Partner");
        JsonNode soonPlan = plan(soon, "{\"startDate\": \"" + today.minusDays(70) + "\"}");
        String fresh = newAlliance("Fresh Partner");
        plan(fresh, "{\"startDate\": \"" + today + "\"}");
        String none = newAlliance("No Plan Partner");

        JsonNode portfolio = ok(client.get("/api/v1/portfolio?size=100"));

        int lateSteps = latePlan.path("steps").size();
        JsonNode lateRow = portfolioRow(portfolio, late).path("planSteps");
        assertThat(lateRow.path("due").asInt()).isEqualTo(lateSteps);
        assertThat(lateRow.path("overdue").asInt()).isEqualTo(lateSteps);
        assertThat(lateRow.path("nextStep").asText()).isEqualTo(latePlan.path("steps").get(0).path("title").asText());
        assertThat(lateRow.path("nextDue").asText()).isEqualTo(today.minusYears(3).plusDays(90).toString());

        long foundation = 0;
        for (JsonNode s : soonPlan.path("steps")) if (s.path("phase").asText().equals("FOUNDATION")) foundation++;
        JsonNode soonRow = portfolioRow(portfolio, soon).path("planSteps");
        assertThat(soonRow.path("due").asLong()).as("the first phase falls due in 20 days").isEqualTo(foundation);
        assertThat(soonRow.path("overdue").asInt()).isZero();

        JsonNode freshRow = portfolioRow(portfolio, fresh).path("planSteps");
        assertThat(freshRow.path("due").asInt()).as("nothing due within 30 days").isZero();
        assertThat(freshRow.path("nextDue").asText()).isEqualTo(today.plusDays(90).toString());
        assertThat(portfolioRow(portfolio, none).has("planSteps")).as("no plan, nothing shown").isFalse();

        String first = latePlan.path("steps").get(0).path("id").asText();
        markOk(latePlan.path("id").asText(), first, "\"status\": \"DONE\", \"by\": \"A. Moreau\"");
        JsonNode after = portfolioRow(ok(client.get("/api/v1/portfolio?size=100")), late).path("planSteps");
        assertThat(after.path("due").asInt()).isEqualTo(lateSteps - 1);
        assertThat(after.path("nextStep").asText()).isEqualTo(latePlan.path("steps").get(1).path("title").asText());
        assertThat(ok(client.get("/api/v1/trust-building-plans/" + latePlan.path("id").asText())).path("progress").path("overdue").asInt())
                .isEqualTo(lateSteps - 1);

        plan(soon, "{\"startDate\": \"" + today + "\"}");
        JsonNode replaced = portfolioRow(ok(client.get("/api/v1/portfolio?size=100")), soon).path("planSteps");
        assertThat(replaced.path("due").asInt()).as("the latest plan counts, not the one it replaced").isZero();
        assertThat(replaced.path("nextDue").asText()).isEqualTo(today.plusDays(90).toString());
        assertThat(portfolioRow(ok(client.get("/api/v1/portfolio?size=100")), late).path("planSteps").path("due").asInt())
                .as("another alliance's plans leave this one's alone").isEqualTo(lateSteps - 1);
    }

    // --- kept ---

    @Test
    void a_plan_and_its_marks_survive_a_restart_of_the_server_on_the_same_database() {
        String alliance = newAlliance("Kanto Precision");
        String id = plan(alliance, "{\"startDate\": \"2027-01-04\"}").path("id").asText();
        JsonNode marked = markOk(id, "tb-launch-workshop", "\"status\": \"DONE\", \"note\": \"Held\", \"by\": \"A. Moreau\", \"date\": \"2027-02-10\"");

        app.stop();
        database.close();
        database = reopen();
        startServer();

        assertThat(ok(client.get("/api/v1/trust-building-plans/" + id))).isEqualTo(marked);
    }

    @Test
    void a_case_files_backup_carries_its_plans_with_their_marks_and_restores_them_as_they_were() {
        String alliance = newAlliance("Kanto Precision");
        assess(alliance);
        String id = plan(alliance, "{\"startDate\": \"2027-01-04\", \"virtual\": true}").path("id").asText();
        JsonNode marked = markOk(id, "tb-launch-workshop", "\"status\": \"DONE\", \"note\": \"Held\", \"by\": \"A. Moreau\", \"date\": \"2027-02-10\"");
        JsonNode backup = ok(client.get("/api/v1/alliances/" + alliance + "/export"));
        assertThat(backup.path("formatVersion").asInt()).isEqualTo(Backup.FORMAT_VERSION);
        assertThat(backup.path("caseFiles").get(0).path("trustBuildingPlans").size()).isEqualTo(1);
        JsonNode timeline = ok(client.get("/api/v1/alliances/" + alliance)).path("timeline");

        Database empty = newDatabase();
        Javalin restored = new HttpApi(TestAdvisor::get, empty).create().start("127.0.0.1", 0);
        try {
            ApiClient second = new ApiClient("http://127.0.0.1:" + restored.port());
            JsonNode forged = backup.deepCopy();
            ((ObjectNode) forged.at("/caseFiles/0/trustBuildingPlans/0/steps/1")).put("due", "2030-01-01");
            Reply refused = second.post("/api/v1/import", forged.toString());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().path("field").asText()).isEqualTo("caseFiles[0].trustBuildingPlans[0].steps[1]");
            JsonNode forgedPlan = backup.deepCopy();
            ((ObjectNode) forgedPlan.at("/caseFiles/0/trustBuildingPlans/0/request")).put("virtual", false);
            Reply refusedPlan = second.post("/api/v1/import", forgedPlan.toString());
            assertThat(refusedPlan.status()).isEqualTo(400);
            assertThat(refusedPlan.body().path("field").asText()).isEqualTo("caseFiles[0].trustBuildingPlans[0].plan");
            JsonNode badMark = backup.deepCopy();
            ((ObjectNode) badMark.at("/caseFiles/0/trustBuildingPlans/0/steps/0")).put("markedAt", "yesterday");
            assertThat(second.post("/api/v1/import", badMark.toString()).body().path("field").asText())
                    .isEqualTo("caseFiles[0].trustBuildingPlans[0].steps[0].markedAt");

            JsonNode imported = ok(second.post("/api/v1/import", backup.toString()));
            assertThat(imported.path("trustBuildingPlans").asInt()).isEqualTo(1);
            assertThat(ok(second.get("/api/v1/trust-building-plans/" + id))).isEqualTo(marked);
            assertThat(ok(second.get("/api/v1/alliances/" + alliance)).path("timeline")).isEqualTo(timeline);
        } finally {
            restored.stop();
            empty.close();
        }
    }

    @Test
    void a_backup_of_the_previous_format_without_plans_is_still_read() {
        String alliance = newAlliance("Kanto Precision");
        assess(alliance);
        ObjectNode backup = (ObjectNode) ok(client.get("/api/v1/alliances/" + alliance + "/export"));
        backup.put("formatVersion", 2);
        ((ObjectNode) backup.at("/caseFiles/0")).remove("trustBuildingPlans");

        Database empty = newDatabase();
        Javalin restored = new HttpApi(TestAdvisor::get, empty).create().start("127.0.0.1", 0);
        try {
            JsonNode imported = ok(new ApiClient("http://127.0.0.1:" + restored.port()).post("/api/v1/import", backup.toString()));
            assertThat(imported.path("alliances").asInt()).isEqualTo(1);
            assertThat(imported.path("trustBuildingPlans").asInt()).isZero();
        } finally {
            restored.stop();
            empty.close();
        }
    }

}
