package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.TestAdvisor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void prints() throws Exception {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var req = m.readValue("""
          {"partner":{"name":"Kanto Precision","country":"JP"},
           "alliance":{"purpose":"JOINT_RND","ipSensitivity":"HIGH","priorAlliances":0,"expectedDurationYears":5},
           "context":{"ceoCommitment":"DETERMINED","alternativesConsidered":0},
           "evidence":{"integrity":{"litigationRecord":"NONE","beneficialOwnership":"PARTIAL","questionnaire":"PARTIAL"},
                       "competence":{"yearsInDomain":12,"pilotDelivery":"MET"}}}
          """, PartnerAssessmentRequest.class);
        var svc = new PartnerAssessmentService(TestAdvisor::get);
        System.out.println(m.writeValueAsString(svc.assess(req)));
    }
}
