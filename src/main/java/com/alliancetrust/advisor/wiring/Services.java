package com.alliancetrust.advisor.wiring;

import com.alliancetrust.advisor.backup.Backup;
import com.alliancetrust.advisor.brief.CeoBriefService;
import com.alliancetrust.advisor.casefile.AssessmentRecorder;
import com.alliancetrust.advisor.casefile.AssessmentRerun;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.CaseFileStore;
import com.alliancetrust.advisor.casefile.StoredAssessment;
import com.alliancetrust.advisor.checklist.ChecklistService;
import com.alliancetrust.advisor.checklist.StoredChecklist;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.diagnosis.DiagnosisService;
import com.alliancetrust.advisor.diagnosis.DiagnosisStore;
import com.alliancetrust.advisor.diagnosis.EarlyWarning;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.monitoring.HealthCheck;
import com.alliancetrust.advisor.monitoring.HealthSummaries;
import com.alliancetrust.advisor.monitoring.MonitoringService;
import com.alliancetrust.advisor.monitoring.SurveyRounds;
import com.alliancetrust.advisor.selection.CandidateComparison;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.trustbuilding.StoredPlan;
import com.alliancetrust.advisor.trustbuilding.TrustBuildingService;
import com.alliancetrust.advisor.trustbuilding.TrustPlanTracking;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Every service of the advisor, wired once from the rules and knowledge served, the database and the
 * clock that says which day it is. Nothing here knows HTTP: the web layer receives these, and so can
 * anything else that wants the advice without a server.
 */
public final class Services {
    private final Supplier<Advisor> advisor;
    private final ObjectMapper json = Json.mapper();
    private final PartnerAssessmentService assessments;
    private final CandidateComparison comparison;
    private final HealthSummaries summaries;
    private final CaseFileService caseFiles;
    private final AssessmentRerun rerun;
    private final AssessmentRecorder recorder;
    private final ChecklistService checklists;
    private final DiagnosisService diagnoses;
    private final EarlyWarning earlyWarning;
    private final ContractBalanceService contractBalance;
    private final TrustBuildingService trustBuilding;
    private final TrustPlanTracking trustPlans;
    private final CultureAdviceService culture;
    private final MonitoringService monitoring;
    private final SurveyRounds surveyRounds;
    private final Backup backup;
    private final CeoBriefService briefs;

    public Services(Supplier<Advisor> advisor, Database database, Clock clock) {
        this.advisor = advisor;
        this.assessments = new PartnerAssessmentService(advisor);
        this.comparison = new CandidateComparison(advisor, assessments);
        this.summaries = new HealthSummaries(advisor, database, json, clock);
        this.caseFiles = new CaseFileService(database, new CaseFileStore(json), summaries);
        this.rerun = new AssessmentRerun(advisor, caseFiles, assessments, json);
        this.recorder = new AssessmentRecorder(assessments, caseFiles, json);
        this.checklists = new ChecklistService(advisor, database, caseFiles, recorder, json);
        this.diagnoses = new DiagnosisService(advisor, database, caseFiles, json);
        this.earlyWarning = new EarlyWarning(advisor);
        this.contractBalance = new ContractBalanceService(advisor);
        this.trustBuilding = new TrustBuildingService(advisor, caseFiles, clock);
        this.trustPlans = new TrustPlanTracking(advisor, database, caseFiles, trustBuilding, json, clock);
        this.culture = new CultureAdviceService(advisor);
        this.monitoring = new MonitoringService(advisor, database, caseFiles, summaries);
        this.surveyRounds = new SurveyRounds(advisor, database, caseFiles, monitoring, clock);
        this.backup = new Backup(database, json, new ImportChecks());
        this.briefs = new CeoBriefService(advisor, caseFiles, assessments, json, clock);
    }

    /** An imported record is checked as the service that stores it checks what it is sent. */
    private final class ImportChecks implements Backup.Checks {
        @Override
        public boolean assessment(StoredAssessment assessment, String path) {
            return rerun.checkImported(assessment, path);
        }

        @Override
        public void diagnosis(DiagnosisStore.Row session, String path) {
            diagnoses.checkImported(session, path);
        }

        @Override
        public void healthCheck(HealthCheck check, String path) {
            MonitoringService.checkImported(check, path);
        }

        @Override
        public boolean checklist(StoredChecklist checklist, StoredAssessment assessment, String path) {
            return checklists.checkImported(checklist, assessment, path);
        }

        @Override
        public boolean trustBuildingPlan(StoredPlan plan, StoredAssessment assessment, String path) {
            return trustPlans.checkImported(plan, assessment, path);
        }
    }

    /** The rules and knowledge served now (a reload replaces them). */
    public Supplier<Advisor> advisor() {
        return advisor;
    }

    /** The JSON mapper the services store records with, and the API reads and writes with. */
    public ObjectMapper json() {
        return json;
    }

    public PartnerAssessmentService assessments() {
        return assessments;
    }

    public CandidateComparison comparison() {
        return comparison;
    }

    /** Each alliance's health kept as of today; brought up to date in the background while started. */
    public HealthSummaries summaries() {
        return summaries;
    }

    /** The CEO brief of an assessment as a one-page PDF. */
    public CeoBriefService briefs() {
        return briefs;
    }

    public CaseFileService caseFiles() {
        return caseFiles;
    }

    public AssessmentRerun rerun() {
        return rerun;
    }

    /** Assesses, and with an alliance id stores input and output in the case file. */
    public AssessmentRecorder recorder() {
        return recorder;
    }

    public ChecklistService checklists() {
        return checklists;
    }

    public DiagnosisService diagnoses() {
        return diagnoses;
    }

    public EarlyWarning earlyWarning() {
        return earlyWarning;
    }

    public ContractBalanceService contractBalance() {
        return contractBalance;
    }

    public TrustBuildingService trustBuilding() {
        return trustBuilding;
    }

    /** Trust-building plans kept in case files, tracked step by step. */
    public TrustPlanTracking trustPlans() {
        return trustPlans;
    }

    public CultureAdviceService culture() {
        return culture;
    }

    public MonitoringService monitoring() {
        return monitoring;
    }

    /** Survey rounds answered by the respondents themselves. */
    public SurveyRounds surveyRounds() {
        return surveyRounds;
    }

    public Backup backup() {
        return backup;
    }
}
