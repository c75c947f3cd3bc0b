package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.explain.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Advice about the portfolio as a whole, beside each alliance's row (rules in {@code rules/portfolio/}):
 * whether the company has a dedicated alliance function and what the research says it is worth (or,
 * not known, to find out), and the base rate of alliance failure, stated once as a range. Each item
 * is worded as a recommendation, with why and its sources. {@code organisation} is the setting the
 * advice was made from.
 */
public record PortfolioAdvice(Organisation organisation, List<Recommendation> items) {
    static final String RULE_SET = "portfolio";

    /** The facts this capability gives its rules. */
    public static final List<FactType> FACTS = List.of(
            FactType.choice("organisation.allianceFunction", "Dedicated alliance function in the company", "YES", "NO"),
            FactType.number("portfolio.alliances", "Alliances in the portfolio (archived ones aside)"));
    private static final Map<String, String> INPUTS = FactType.labels(FACTS);

    /** The facts for a company setting and a portfolio of {@code alliances}; a function not known gives no fact. */
    static List<Object> facts(Organisation organisation, long alliances) {
        List<Object> facts = new ArrayList<>();
        if (organisation.allianceFunction() != Organisation.AllianceFunction.NOT_KNOWN) {
            facts.add(Fact.of("organisation.allianceFunction", organisation.allianceFunction().name()));
        }
        facts.add(Fact.of("portfolio.alliances", alliances));
        return facts;
    }

    /** The advice the rules give for this setting and this many alliances, most pressing first. */
    static PortfolioAdvice advise(Advisor current, Organisation organisation, long alliances) {
        Evaluation evaluation = current.engine(RULE_SET).evaluate(facts(organisation, alliances));
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, current.knowledge(), PortfolioAdvice::describe);
        AdviceWording wording = new AdviceWording(evaluation, current.knowledge(), explanations);
        List<Recommendation> items = evaluation.all(Advice.class).stream().map(wording::word)
                .sorted(Comparator.comparing(Recommendation::priority).thenComparing(Recommendation::id)).toList();
        return new PortfolioAdvice(organisation, items);
    }

    private static Explanation.InputFact describe(Input input) {
        String label = INPUTS.getOrDefault(input.inputName(), input.inputName());
        String value = input.inputValue();
        String words = switch (String.valueOf(value)) {
            case "YES" -> "yes";
            case "NO" -> "no";
            default -> value;
        };
        return new Explanation.InputFact(input.inputName(), label, value, words);
    }
}
