package com.alliancetrust.advisor.domain;

import java.util.Map;

/**
 * The weights and thresholds the contract rules judge a draft by, from the knowledge base (where
 * each is named with its reason and sources): points per provision kind, what one-sided remedies,
 * a long draft and the partner's reaction add to the controls, what each kind of relationship
 * allows, and the margin by which controls alone must exceed it to place a draft whose coordination
 * was not described.
 */
public record ContractWeights(Map<String, Integer> control, Map<String, Integer> coordination, int oneSidedRemedies,
                              int lengthyDraftPages, int lengthyDraft, int longDraftPages, int longDraft,
                              Map<String, Integer> reaction, Map<String, Integer> allowance, int provisionalMargin) {

    public int controlWeight(String kind) { return control.getOrDefault(kind, 0); }
    public int coordinationWeight(String kind) { return coordination.getOrDefault(kind, 0); }
    public int reactionWeight(String kind) { return reaction.getOrDefault(kind, 0); }
    public int allowanceFor(String basis) { return allowance.getOrDefault(basis, 0); }

    public int getOneSidedRemedies() { return oneSidedRemedies; }
    public int getLengthyDraftPages() { return lengthyDraftPages; }
    public int getLengthyDraft() { return lengthyDraft; }
    public int getLongDraftPages() { return longDraftPages; }
    public int getLongDraft() { return longDraft; }
    public int getProvisionalMargin() { return provisionalMargin; }
}
