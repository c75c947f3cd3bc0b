package com.alliancetrust.advisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A guided diagnosis as a session over HTTP: changing an earlier answer, taking the last one back,
 * refusing what does not fit, resuming after a restart, and the early-warning check.
 */
class DiagnosisSessionTest {
    private static final String DIAGNOSES = "/api/v1/diagnoses";
    private static final String PARTNER_BREACH = """
            {"accused": "PARTNER", "purpose": "JOINT_RND",
             "account": "Test data from our lab appeared in a rival's brochure after being shared with the partner's team."}
            """;

    private Database database;
    private Javalin app;
    private ApiClient client;

    @BeforeEach
    void start() {
        database = TestDatabases.sqlite();
        app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    private static JsonNode begin(ApiClient client, String body) {
        Reply reply = client.post(DIAGNOSES, body);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    private static Reply send(ApiClient client, String id, String question, String value) {
        return client.post(DIAGNOSES + "/" + id + "/answers", "{\"question\": \"%s\", \"value\": \"%s\"}".formatted(question, value));
    }

    private static JsonNode answer(ApiClient client, String id, String question, String value) {
        Reply reply = send(client, id, question, value);
        assertThat(reply.status()).as("answering %s = %s: %s", question, value, reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static String next(JsonNode view) {
        return view.path("question").path("id").asText(null);
    }

    private static List<String> answered(JsonNode view) {
        List<String> answered = new ArrayList<>();
        view.path("answers").forEach(a -> answered.add(a.path("question").asText() + "=" + String.join("+", texts(a.path("values")))));
        return answered;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> stepIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.path("plan").forEach(s -> ids.add(s.path("id").asText()));
        view.path("avoid").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    private static String finding(JsonNode view, String attribute) {
        for (JsonNode f : view.path("diagnosis").path(0).path("findings")) {
            if (f.path("attribute").asText().equals(attribute)) return f.path("value").asText();
        }
        return null;
    }

    @Test
    void changing_an_earlier_answer_drops_the_answers_it_made_irrelevant_and_the_plan_follows_the_new_answer() {
        String id = begin(client, PARTNER_BREACH).path("id").asText();
        answer(client, id, "violatedElement", "INTEGRITY");
        answer(client, id, "behaviour", "OTHER");
        answer(client, id, "intentional", "YES");
        answer(client, id, "deception", "YES");
        JsonNode before = answer(client, id, "severity", "SEVERE");
        assertThat(answered(before)).containsExactly("violatedElement=INTEGRITY", "behaviour=OTHER", "intentional=YES", "deception=YES", "severity=SEVERE");
        assertThat(next(before)).isEqualTo("level");

        JsonNode changed = answer(client, id, "violatedElement", "COMPETENCE");

        // the behaviour, intent and deception no longer matter for a partner's competence lapse: their answers go
        assertThat(answered(changed)).containsExactly("violatedElement=COMPETENCE", "severity=SEVERE");
        assertThat(next(changed)).isEqualTo("occurrence").isNotEqualTo(next(before));
        assertThat(changed.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(changed.path("progress").path("answered").asInt()).isEqualTo(2);
        assertThat(changed.path("question").path("why").asText()).isNotBlank();

        answer(client, id, "occurrence", "FIRST");
        answer(client, id, "handledTransparently", "YES");
        answer(client, id, "level", "OPERATING");
        answer(client, id, "factsDisputed", "NO");
        answer(client, id, "impact", "LIMITED");
        JsonNode done = answer(client, id, "warningSigns", "NONE");

        assertThat(done.path("status").asText()).isEqualTo("DETERMINED");
        assertThat(done.path("question").isNull() || done.path("question").isMissingNode()).isTrue();
        assertThat(stepIds(done)).contains("accept-recovery-plan", "avoid-punitive-penalties", "escalate-corporate")
                .doesNotContain("contain-and-preserve", "demand-acknowledgement", "evaluate-exit", "expect-partial-recovery",
                        "avoid-business-as-usual");
        assertThat(finding(done, "recoverability")).isEqualTo("MODERATE");
        assertThat(answered(client.get(DIAGNOSES + "/" + id).body())).doesNotContain("intentional=YES", "deception=YES");
    }

    @Test
    void back_takes_back_the_last_answer_and_asks_that_question_again() {
        String id = begin(client, PARTNER_BREACH).path("id").asText();
        answer(client, id, "violatedElement", "COMPETENCE");
        JsonNode afterSeverity = answer(client, id, "severity", "MODERATE");
        assertThat(next(afterSeverity)).isEqualTo("occurrence");

        Reply back = client.post(DIAGNOSES + "/" + id + "/back", "");
        assertThat(back.status()).as(back.body().toString()).isEqualTo(200);
        assertThat(next(back.body())).isEqualTo("severity");
        assertThat(answered(back.body())).containsExactly("violatedElement=COMPETENCE");
        assertThat(back.body().path("progress").path("answered").asInt()).isEqualTo(1);
        assertThat(back.body().path("sessionVersion").asInt()).isGreaterThan(afterSeverity.path("sessionVersion").asInt());

        JsonNode minor = answer(client, id, "severity", "MINOR");
        assertThat(answered(minor)).containsExactly("violatedElement=COMPETENCE", "severity=MINOR");
        assertThat(next(minor)).isEqualTo("occurrence");

        client.post(DIAGNOSES + "/" + id + "/back", "");
        Reply first = client.post(DIAGNOSES + "/" + id + "/back", "");
        assertThat(next(first.body())).isEqualTo("violatedElement");
        assertThat(first.body().path("answers")).isEmpty();
        Reply nothingLeft = client.post(DIAGNOSES + "/" + id + "/back", "");
        assertThat(nothingLeft.status()).isEqualTo(409);
    }

    @Test
    void a_question_that_is_not_relevant_now_is_refused_naming_the_question_field() {
        String id = begin(client, PARTNER_BREACH).path("id").asText();
        answer(client, id, "violatedElement", "COMPETENCE");

        Reply culpability = send(client, id, "culpability", "GUILTY");
        assertThat(culpability.status()).isEqualTo(400);
        assertThat(culpability.body().path("field").asText()).isEqualTo("question");
        assertThat(culpability.body().path("message").asText()).contains("culpability", "severity");

        Reply intent = send(client, id, "intentional", "YES");
        assertThat(intent.status()).isEqualTo(400);
        assertThat(intent.body().path("field").asText()).isEqualTo("question");

        Reply unknown = send(client, id, "weather", "SUNNY");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asText()).isEqualTo("question");

        JsonNode unchanged = client.get(DIAGNOSES + "/" + id).body();
        assertThat(answered(unchanged)).containsExactly("violatedElement=COMPETENCE");
        assertThat(next(unchanged)).isEqualTo("severity");
    }

    @Test
    void invalid_values_are_refused_naming_the_field() {
        String id = begin(client, PARTNER_BREACH).path("id").asText();

        Reply badValue = send(client, id, "violatedElement", "LOYALTY");
        assertThat(badValue.status()).isEqualTo(400);
        assertThat(badValue.body().path("field").asText()).isEqualTo("value");
        assertThat(badValue.body().path("message").asText()).contains("COMPETENCE", "INTEGRITY", "BENEVOLENCE");

        Reply twoValues = client.post(DIAGNOSES + "/" + id + "/answers",
                "{\"question\": \"violatedElement\", \"values\": [\"COMPETENCE\", \"INTEGRITY\"]}");
        assertThat(twoValues.status()).isEqualTo(400);
        assertThat(twoValues.body().path("field").asText()).isEqualTo("values");

        Reply noValue = client.post(DIAGNOSES + "/" + id + "/answers", "{\"question\": \"violatedElement\"}");
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.body().path("field").asText()).isEqualTo("value");

        Reply badPart = client.post(DIAGNOSES + "/" + id + "/answers", "{\"part\": 2, \"question\": \"violatedElement\", \"value\": \"COMPETENCE\"}");
        assertThat(badPart.status()).isEqualTo(400);
        assertThat(badPart.body().path("field").asText()).isEqualTo("part");

        answer(client, id, "violatedElement", "COMPETENCE");
        answer(client, id, "severity", "SEVERE");
        answer(client, id, "occurrence", "FIRST");
        answer(client, id, "handledTransparently", "NO");
        answer(client, id, "level", "OPERATING");
        answer(client, id, "impact", "MAJOR");
        Reply noneAndMore = client.post(DIAGNOSES + "/" + id + "/answers",
                "{\"question\": \"warningSigns\", \"values\": [\"NONE\", \"MORE_CONFLICT\"]}");
        assertThat(noneAndMore.status()).isEqualTo(400);
        assertThat(noneAndMore.body().path("field").asText()).isEqualTo("values");

        Reply noAccused = client.post(DIAGNOSES, "{\"purpose\": \"JOINT_RND\"}");
        assertThat(noAccused.status()).isEqualTo(400);
        assertThat(noAccused.body().path("field").asText()).isEqualTo("accused");

        Reply badKnown = client.post(DIAGNOSES + "/one-shot",
                "{\"accused\": \"US\", \"known\": [{\"question\": \"culpability\", \"value\": \"MAYBE\"}]}");
        assertThat(badKnown.status()).isEqualTo(400);
        assertThat(badKnown.body().path("field").asText()).isEqualTo("known[0].value");
    }

    @Test
    void an_unknown_session_id_gets_404() {
        assertThat(client.get(DIAGNOSES + "/no-such-diagnosis").status()).isEqualTo(404);
        assertThat(send(client, "no-such-diagnosis", "violatedElement", "COMPETENCE").status()).isEqualTo(404);
        assertThat(client.post(DIAGNOSES + "/no-such-diagnosis/back", "").status()).isEqualTo(404);
    }

    @Test
    void a_session_survives_a_restart_and_is_finished_on_a_new_server() {
        Path dir = TestDatabases.tempDir("advisor-diagnosis-resume");
        Database firstDb = Database.sqlite(dir);
        Javalin first = new HttpApi(TestAdvisor::get, firstDb).create().start("127.0.0.1", 0);
        ApiClient firstClient = new ApiClient("http://127.0.0.1:" + first.port());
        String id;
        JsonNode before;
        try {
            id = begin(firstClient, PARTNER_BREACH).path("id").asText();
            answer(firstClient, id, "violatedElement", "INTEGRITY");
            answer(firstClient, id, "behaviour", "OTHER");
            answer(firstClient, id, "intentional", "YES");
            before = answer(firstClient, id, "deception", "NO");
        } finally {
            first.stop();
            firstDb.close();
        }
        assertThat(next(before)).isEqualTo("severity");

        Database secondDb = Database.sqlite(dir);
        Javalin second = new HttpApi(TestAdvisor::get, secondDb).create().start("127.0.0.1", 0);
        ApiClient secondClient = new ApiClient("http://127.0.0.1:" + second.port());
        try {
            Reply resumed = secondClient.get(DIAGNOSES + "/" + id);
            assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
            assertThat(resumed.body().path("answers")).isEqualTo(before.path("answers"));
            assertThat(resumed.body().path("question")).isEqualTo(before.path("question"));
            assertThat(resumed.body().path("sessionVersion").asInt()).isEqualTo(before.path("sessionVersion").asInt());
            assertThat(resumed.body().path("account").asText()).contains("rival's brochure");
            assertThat(resumed.body().path("status").asText()).isEqualTo("IN_PROGRESS");

            answer(secondClient, id, "severity", "SEVERE");
            answer(secondClient, id, "occurrence", "FIRST");
            answer(secondClient, id, "level", "CORPORATE");
            answer(secondClient, id, "factsDisputed", "NO");
            answer(secondClient, id, "impact", "MAJOR");
            answer(secondClient, id, "mutualDependence", "HIGH");
            JsonNode done = answer(secondClient, id, "warningSigns", "NONE");
            assertThat(done.path("status").asText()).isEqualTo("DETERMINED");
            assertThat(stepIds(done)).contains("contain-and-preserve", "demand-acknowledgement", "evaluate-legal-measures",
                    "escalate-corporate", "avoid-operating-level-fix");
            assertThat(secondClient.get(DIAGNOSES + "/" + id).body().path("status").asText()).isEqualTo("DETERMINED");
        } finally {
            second.stop();
            secondDb.close();
        }
    }

    private JsonNode earlyWarning(String body) {
        Reply reply = client.post("/api/v1/early-warning", body);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> recommendations(JsonNode result) {
        return result.path("recommendations").findValuesAsText("id");
    }

    @Test
    void withheld_information_alone_makes_erosion_likely_and_calls_for_a_diagnosis() {
        JsonNode result = earlyWarning("""
                {"withheldInformation": true, "reducedCommunication": false, "moreConflict": false,
                 "missedCommitments": false, "contactTurnover": false}
                """);
        assertThat(result.path("erosion").asText()).isEqualTo("LIKELY");
        assertThat(recommendations(result)).contains("start-diagnosis").doesNotContain("watch-signals");
        assertThat(result.path("explanation").path("rule").path("name").asText()).isNotBlank();
        assertThat(result.path("explanation").path("sources")).isNotEmpty();
    }

    @Test
    void a_single_signal_makes_erosion_possible_and_calls_for_watching_the_signals() {
        JsonNode result = earlyWarning("""
                {"moreConflict": true, "reducedCommunication": false, "withheldInformation": false}
                """);
        assertThat(result.path("erosion").asText()).isEqualTo("POSSIBLE");
        assertThat(recommendations(result)).contains("watch-signals").doesNotContain("start-diagnosis");
        result.path("recommendations").forEach(r -> {
            assertThat(r.path("explanation").path("why").asText()).isNotBlank();
            assertThat(r.path("explanation").path("sources")).isNotEmpty();
        });
    }

    @Test
    void two_signals_without_withheld_information_make_erosion_likely() {
        JsonNode result = earlyWarning("{\"reducedCommunication\": true, \"missedCommitments\": true}");
        assertThat(result.path("erosion").asText()).isEqualTo("LIKELY");
        assertThat(recommendations(result)).contains("start-diagnosis", "restore-communication");
    }

    @Test
    void all_five_signals_looked_for_and_none_seen_mean_no_erosion() {
        JsonNode result = earlyWarning("""
                {"reducedCommunication": false, "moreConflict": false, "withheldInformation": false,
                 "missedCommitments": false, "contactTurnover": false}
                """);
        assertThat(result.path("erosion").asText()).isEqualTo("NONE");
        assertThat(recommendations(result)).doesNotContain("start-diagnosis", "watch-signals");
    }

    @Test
    void nothing_known_about_the_signals_means_not_enough_observed_yet() {
        JsonNode result = earlyWarning("{}");
        assertThat(result.path("erosion").asText()).isEqualTo("NOT_ENOUGH_OBSERVED");
        assertThat(recommendations(result)).containsExactly("look-for-signals");
    }
}
