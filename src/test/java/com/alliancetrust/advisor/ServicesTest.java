package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.casefile.AllianceDraft;
import com.alliancetrust.advisor.casefile.AssessmentRecorder;
import com.alliancetrust.advisor.casefile.CaseFile;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.HttpApiTest;
import com.alliancetrust.advisor.wiring.Services;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The services are wired without the web layer, and give advice and keep case files with no server running. */
class ServicesTest {

    @Test
    void an_assessment_recorded_through_the_services_alone_is_read_back_from_the_case_file() throws Exception {
        Database database = TestDatabases.sqlite();
        try {
            Services services = new Services(TestAdvisor::get, database, Clock.systemDefaultZone());
            var alliance = services.caseFiles().create(services.json().readValue(
                    "{\"partner\": {\"name\": \"Kanto Precision\"}, \"purpose\": \"JOINT_RND\"}", AllianceDraft.class));
            ObjectNode request = (ObjectNode) services.json().readTree(HttpApiTest.VALID);
            request.put("allianceId", alliance.id());

            AssessmentRecorder.Outcome outcome = services.recorder().assess(services.json().treeToValue(request, PartnerAssessmentRequest.class));

            assertThat(outcome.stored()).isTrue();
            String id = outcome.assessment().assessmentId();
            StoredAssessment stored = services.caseFiles().assessment(id);
            assertThat(stored.allianceId()).isEqualTo(alliance.id());
            assertThat(stored.verdict()).isEqualTo(outcome.assessment().verdict().value().name());
            CaseFile caseFile = services.caseFiles().read(alliance.id());
            assertThat(caseFile.assessments()).extracting(a -> a.id()).containsExactly(id);
        } finally {
            database.close();
        }
    }
}
