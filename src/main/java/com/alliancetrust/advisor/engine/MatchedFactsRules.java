package com.alliancetrust.advisor.engine;

import java.util.HashSet;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules whose every match rests on the facts it matched and on nothing else: conditions that
 * are plain patterns, joined by "and" or "or", with no {@code not}, {@code exists}, {@code
 * accumulate}, {@code collect}, {@code from}, {@code forall} or {@code eval}. What such a rule
 * concludes (under truth maintenance) holds for as long as the facts of its match are in working
 * memory, whatever else comes or goes; a rule that also reads what it did not match (an absence, a
 * count) can lose its conclusion to a change anywhere.
 */
final class MatchedFactsRules {
    private MatchedFactsRules() {
    }

    /** The names of the rules in this rule base that conclude from their matched facts alone. */
    static Set<String> of(KieBase base) {
        Set<String> names = new HashSet<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (r instanceof RuleImpl rule && matchedFactsAlone(rule.getLhs())) names.add(r.getName());
            }
        }
        return Set.copyOf(names);
    }

    private static boolean matchedFactsAlone(RuleConditionElement element) {
        if (element instanceof GroupElement group) {
            return (group.isAnd() || group.isOr()) && group.getChildren().stream().allMatch(MatchedFactsRules::matchedFactsAlone);
        }
        // A pattern over working memory itself; one over an accumulate, a collection or an expression reads more than its match.
        return element instanceof Pattern pattern && (pattern.getSource() == null || pattern.getSource() instanceof EntryPointId);
    }
}
