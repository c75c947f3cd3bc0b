package com.alliancetrust.advisor.rules;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.CultureGap;
import com.alliancetrust.advisor.domain.CultureValue;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.NamedPractice;
import com.alliancetrust.advisor.domain.Party;
import com.alliancetrust.advisor.domain.UnknownDimension;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.CultureDimension;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the facts of one cultural comparison and runs the culture rules over them. Each side's
 * values are given per dimension (a number, or a Hall class such as "HIGH"); every dimension not
 * given is unknown for that side, as it would be for a country without a value.
 */
final class CultureRuleFixture {
    private final Map<Party, Map<String, Object>> values = new EnumMap<>(Map.of(Party.OURS, new LinkedHashMap<>(),
            Party.PARTNER, new LinkedHashMap<>()));
    private final List<NamedPractice> practices = new ArrayList<>();
    private Boolean virtual;

    private CultureRuleFixture() {
    }

    static CultureRuleFixture given() {
        return new CultureRuleFixture();
    }

    /** Both sides' values on one dimension. */
    CultureRuleFixture on(String dimension, Object ours, Object partner) {
        values.get(Party.OURS).put(dimension, ours);
        values.get(Party.PARTNER).put(dimension, partner);
        return this;
    }

    CultureRuleFixture ours(String dimension, Object value) {
        values.get(Party.OURS).put(dimension, value);
        return this;
    }

    CultureRuleFixture partnerPractice(String id, String kind) {
        practices.add(new NamedPractice(Party.PARTNER, "XX", id, id, kind));
        return this;
    }

    CultureRuleFixture ourPractice(String id, String kind) {
        practices.add(new NamedPractice(Party.OURS, "YY", id, id, kind));
        return this;
    }

    CultureRuleFixture virtual(boolean value) {
        virtual = value;
        return this;
    }

    Outcome evaluate() {
        List<Object> facts = new ArrayList<>();
        for (Party party : Party.values()) {
            for (CultureDimension d : TestAdvisor.get().knowledge().culture().dimensions().values()) {
                Object v = values.get(party).get(d.id());
                if (v == null) {
                    facts.add(new UnknownDimension(party, d.id(), d.name()));
                } else {
                    int position = v instanceof String s ? d.position(s) : (Integer) v;
                    facts.add(new CultureValue(party, d.id(), d.name(), d.framework().name(), position, String.valueOf(v), "test", false));
                }
            }
        }
        facts.addAll(practices);
        if (virtual != null) facts.add(Fact.of("alliance.virtual", virtual ? "YES" : "NO"));
        return new Outcome(TestAdvisor.get().engine("culture").evaluate(facts));
    }

    record Outcome(Evaluation evaluation) {

        List<String> adviceIds() {
            return evaluation.all(Advice.class).stream().map(Advice::id).distinct().toList();
        }

        List<Advice> advice(String id) {
            return evaluation.all(Advice.class).stream().filter(a -> a.id().equals(id)).toList();
        }

        Optional<CultureGap> gap(String dimension) {
            List<CultureGap> gaps = evaluation.all(CultureGap.class).stream().filter(g -> g.dimension().equals(dimension)).toList();
            if (gaps.size() > 1) throw new AssertionError("expected at most one gap on " + dimension + ", found " + gaps);
            return gaps.stream().findFirst();
        }

        List<String> firedRuleNames() {
            return evaluation.trace().stream().map(RuleInfo::name).toList();
        }
    }
}
