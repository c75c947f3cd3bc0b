package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.ContractWeights;
import com.alliancetrust.advisor.knowledge.SelectionPolicy.Parameter;
import java.util.List;
import java.util.Map;

/**
 * The weights and thresholds the contract rules place a draft by ({@code knowledge-base/contract-policy.yaml}),
 * each with the reason for it, what supports it and how firmly.
 */
public record ContractPolicy(Parameter<Map<String, Integer>> controlWeights, Parameter<Map<String, Integer>> coordinationWeights,
                             Parameter<Integer> oneSidedRemedies, Parameter<Integer> lengthyDraftPages, Parameter<Integer> lengthyDraft,
                             Parameter<Integer> longDraftPages, Parameter<Integer> longDraft, Parameter<Map<String, Integer>> reactionWeights,
                             Parameter<Map<String, Integer>> allowance, Parameter<Integer> provisionalMargin) {

    public List<Parameter<?>> parameters() {
        return java.util.Arrays.asList(controlWeights, coordinationWeights, oneSidedRemedies, lengthyDraftPages, lengthyDraft,
                longDraftPages, longDraft, reactionWeights, allowance, provisionalMargin);
    }

    /** The values as the rules see them. */
    public ContractWeights weights() {
        return new ContractWeights(Map.copyOf(controlWeights.value()), Map.copyOf(coordinationWeights.value()), oneSidedRemedies.value(),
                lengthyDraftPages.value(), lengthyDraft.value(), longDraftPages.value(), longDraft.value(),
                Map.copyOf(reactionWeights.value()), Map.copyOf(allowance.value()), provisionalMargin.value());
    }
}
