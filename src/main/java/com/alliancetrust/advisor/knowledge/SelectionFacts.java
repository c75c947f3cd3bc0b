package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.DecisionPolicy;
import com.alliancetrust.advisor.domain.MissingEvidence;
import com.alliancetrust.advisor.domain.MissingFitFact;
import com.alliancetrust.advisor.domain.RedFlagPolicy;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of the knowledge base a partner-selection evaluation is given beside its input: the
 * policy, what each red flag blocks, and each catalogue item as missing, for the items the input
 * leaves out. Built once when the knowledge base loads: the what-if search compares an evaluation's
 * facts with the last one's for every change it tries, and identical objects compare at once.
 */
public record SelectionFacts(DecisionPolicy decisionPolicy, List<RedFlagPolicy> redFlagPolicies,
                             Map<String, MissingEvidence> missingEvidence, Map<String, MissingFitFact> missingFit) {

    static SelectionFacts of(SelectionPolicy policy, Collection<RedFlagText> redFlags, Collection<EvidenceField> evidence,
                             Collection<DealField> deal) {
        Map<String, MissingEvidence> missing = new LinkedHashMap<>();
        evidence.forEach(f -> missing.put(f.key(), new MissingEvidence(f.element(), f.key(), f.label())));
        Map<String, MissingFitFact> missingFit = new LinkedHashMap<>();
        deal.stream().filter(f -> f.section() == DealField.Section.FIT)
                .forEach(f -> missingFit.put(f.key(), new MissingFitFact(f.kind(), f.key(), f.label())));
        return new SelectionFacts(policy.decisionPolicy(), redFlags.stream().map(RedFlagText::policy).toList(),
                java.util.Collections.unmodifiableMap(missing), java.util.Collections.unmodifiableMap(missingFit));
    }
}
