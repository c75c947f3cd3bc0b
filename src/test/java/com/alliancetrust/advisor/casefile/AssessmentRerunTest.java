package com.alliancetrust.advisor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApi;
import com.alliancetrust.advisor.wiring.Capabilities;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A stored assessment re-run after the rules changed shows what changed, and why. */
class AssessmentRerunTest {

    @Test
    void a_rule_change_shows_up_as_a_changed_verdict_with_the_reason_the_new_rules_give() {
        AtomicReference<Advisor> advisor = new AtomicReference<>(TestAdvisor.get());
        Database db = TestDatabases.sqlite();
        Javalin app = new HttpApi(advisor::get, db).create().start("127.0.0.1", 0);
        try {
            ApiClient client = new ApiClient("http://127.0.0.1:" + app.port());
            String allianceId = client.post("/api/v1/alliances", CaseFileApiContract.draft("Kanto Precision", "NEGOTIATING"))
                    .body().path("id").asText();
            String assessmentId = client.post("/api/v1/partner-assessments", CaseFileApiContract.assessmentFor(allianceId))
                    .body().path("assessmentId").asText();

            advisor.set(withHiddenOwnershipRulingOut(TestAdvisor.get()));
            JsonNode rerun = client.post("/api/v1/assessments/" + assessmentId + "/rerun", "").body();

            assertThat(rerun.path("rulesChanged").asBoolean()).isTrue();
            assertThat(rerun.path("storedVersion").asText()).isEqualTo(TestAdvisor.get().version());
            assertThat(rerun.path("currentVersion").asText()).isEqualTo(advisor.get().version());
            assertThat(rerun.path("storedVerdict").asText()).isEqualTo("RECONSIDER");
            assertThat(rerun.path("currentVerdict").asText()).isEqualTo("DO_NOT_PROCEED");
            JsonNode verdictChange = rerun.path("changes").get(0);
            assertThat(verdictChange.path("what").asText()).isEqualTo("verdict");
            assertThat(verdictChange.path("why").asText()).contains("Do not proceed", "beneficial ownership not disclosed");
            assertThat(rerun.path("changes").findValuesAsText("what")).contains("recommendation added: verdict-do-not-proceed",
                    "recommendation removed: verdict-reconsider");
            // the stored assessment itself is untouched
            assertThat(client.get("/api/v1/assessments/" + assessmentId).body().path("output").path("verdict").path("value").asText())
                    .isEqualTo("RECONSIDER");
        } finally {
            app.stop();
            db.close();
        }
    }

    /** The knowledge base edited so that hidden ownership, instead of calling for reconsideration, rules the partner out. */
    private static Advisor withHiddenOwnershipRulingOut(Advisor current) {
        Content content = current.content();
        var knowledge = content.knowledge().stream().map(f -> f.path().endsWith("red-flags.yaml")
                ? new ContentFile(f.path(), f.text().replaceFirst("(id: hidden-ownership[\\s\\S]*?allows: )RECONSIDER", "$1DO_NOT_PROCEED"))
                : f).toList();
        return Capabilities.load(Content.of(content.rules(), knowledge, "edited"));
    }
}
