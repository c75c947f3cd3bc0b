package com.alliancetrust.advisor.wiring;

import com.alliancetrust.advisor.checklist.ChecklistContext;
import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.diagnosis.CulturalReading;
import com.alliancetrust.advisor.diagnosis.EarlyWarning;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.monitoring.MonitoringService;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.alliancetrust.advisor.trustbuilding.TrustBuildingService;
import java.util.List;
import java.util.stream.Stream;

/** The advisor for the capabilities served here: their rules, checked against the input facts each gives them. */
public final class Capabilities {
    /** Every input fact a capability gives its rule set; a rule matching any other fails the load. */
    public static final List<FactType> INPUT_FACTS = Stream.of(SelectionInput.CONTEXT_FACTS, SelectionInput.OUR_SIDE_FACTS, EarlyWarning.FACTS, CulturalReading.FACTS,
            MonitoringService.facts(), ChecklistContext.FACTS, ContractBalanceService.FACTS, CultureAdviceService.FACTS,
            TrustBuildingService.FACTS)
            .flatMap(List::stream).toList();

    private Capabilities() {
    }

    public static Advisor load(Content content) {
        return load(content, Advisor.LIMITS);
    }

    /** With other bounds on each evaluation than {@link Advisor#LIMITS}. */
    public static Advisor load(Content content, RuleEngine.Limits limits) {
        return Advisor.load(content, INPUT_FACTS, limits);
    }
}
