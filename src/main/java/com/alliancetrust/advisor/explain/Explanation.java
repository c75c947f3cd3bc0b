package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.MaxItems;
import java.util.List;

/**
 * Why a conclusion or recommendation holds, in the one shape every capability uses: the reason in
 * plain words, the input facts it rests on, the intermediate conclusions in between (each with the
 * rule that drew it), the rule that produced it, and the research behind it.
 */
public record Explanation(String why, @MaxItems(1_000) List<InputFact> facts, @MaxItems(1_000) List<Step> conclusions, RuleRef rule,
                          @MaxItems(200) List<SourceRef> sources) {

    /** An input: the field as sent, its value, and both in words. */
    public record InputFact(String field, String label, String value, String valueLabel) {
    }

    /** An intermediate conclusion, the rule that drew it and what it was drawn from. */
    public record Step(String statement, RuleRef rule, @MaxItems(1_000) List<String> basedOn) {
    }

    public record RuleRef(String id, String name, String file) {
    }

    public record SourceRef(String id, String citation, String confidence, String note) {
    }
}
