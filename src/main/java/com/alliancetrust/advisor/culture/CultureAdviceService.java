package com.alliancetrust.advisor.culture;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.CultureGap;
import com.alliancetrust.advisor.domain.CultureValue;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.GapDirection;
import com.alliancetrust.advisor.domain.GapSize;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NamedPractice;
import com.alliancetrust.advisor.domain.Party;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.UnknownDimension;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.CountryProfile.Practice;
import com.alliancetrust.advisor.knowledge.CultureDimension;
import com.alliancetrust.advisor.knowledge.CultureKnowledge;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.Source;
import com.alliancetrust.advisor.explain.Action;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.SummaryKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Cross-cultural adaptation: the relative gaps between our culture and the partner's, and the
 * adaptations they call for, each explained by the rules that drew it. Never labels a culture in
 * absolute terms: every gap and every adaptation is the partner seen from us.
 */
public final class CultureAdviceService {
    static final String RULE_SET = "culture";
    /** The facts this capability gives its rules besides the culture gaps and practices. */
    public static final List<FactType> FACTS = List.of(FactType.yesNo("alliance.virtual", "Virtual alliance"),
            FactType.yesNo("alliance.governmentFacing", "Work that deals with public officials"),
            FactType.yesNo("alliance.intermediaries", "Agents, consultants or introducers act for either side"),
            FactType.choice("partner.corruptionRisk", "Perceived corruption risk of the partner's country", CountryRisk.Band.class));
    private static final Map<String, String> LABELS = FactType.labels(FACTS);
    private static final List<String> CATEGORY_ORDER = List.of("COMMUNICATION", "NEGOTIATION", "DECISION_MAKING", "SCHEDULING",
            "FEEDBACK_AND_DISAGREEMENT", "TRUST_BUILDING", "CONTRACT_AND_CONFLICT", "NAMED_PRACTICE", "VIRTUAL", "GENERAL");

    /** {@code summary}: at most five lines, how far apart the two cultures are, the widest gaps, the first adaptation, what cannot be compared. */
    public record Result(SideSummary ours, SideSummary partner, List<Gap> gaps, List<Unknown> unknown,
                         List<Recommendation> adaptations, List<PracticeResult> practices, String caveat, String version,
                         @MaxItems(5) List<SummaryLine> summary) {
    }

    /** A side as compared: its country and the dimensions stated for the firm itself. */
    public record SideSummary(String country, String name, List<String> stated) {
    }

    /** The gap on one dimension known for both sides, with its direction seen from us and its size. */
    public record Gap(String dimension, String name, CultureDimension.Framework framework, String ours, String partner,
                      int difference, GapDirection direction, GapSize size, String statement, Explanation explanation) {
    }

    /** A dimension that cannot be compared, and for which side it is unknown. */
    public record Unknown(String dimension, String name, List<Party> unknownFor) {
    }

    /** A named practice of the partner's country, as its profile records it. */
    public record PracticeResult(String id, String name, String country, CountryProfile.PracticeKind kind, String description,
                                 String trust, String adapt, String uncertain, List<String> sources) {
    }

    private final Supplier<Advisor> advisor;

    public CultureAdviceService(Supplier<Advisor> advisor) {
        this.advisor = advisor;
    }

    public Result advise(CultureAdviceRequest request) {
        return advise(advisor.get(), request);
    }

    /** The same, with the rules and knowledge of {@code current}. */
    public Result advise(Advisor current, CultureAdviceRequest request) {
        InputChecks.body(request);
        CultureKnowledge culture = current.knowledge().culture();
        CultureSide ours = CultureSide.of(Party.OURS, request.ours(), culture);
        CultureSide partner = CultureSide.of(Party.PARTNER, request.partner(), culture);
        var alliance = request.alliance() == null ? new CultureAdviceRequest.AllianceFacts(null) : request.alliance();
        return compare(current, ours, partner, alliance, current.version());
    }

    /**
     * The culture section of a partner assessment, comparing our country with the partner's; none
     * when our country is not given.
     */
    public static Result forAssessment(Advisor current, String ourCountry, String partnerCountry, Boolean virtual) {
        return forAssessment(current, ourCountry, partnerCountry, virtual, null);
    }

    /** As above, with whether the work deals with public officials. */
    public static Result forAssessment(Advisor current, String ourCountry, String partnerCountry, Boolean virtual, Boolean governmentFacing) {
        if (ourCountry == null) return null;
        CultureKnowledge culture = current.knowledge().culture();
        CultureSide ours = new CultureSide(Party.OURS, CultureSide.country("alliance.ourCountry", ourCountry, culture), Map.of());
        if (partnerCountry == null) {
            throw new InvalidInputException("partner.country", "is needed for the cultural comparison when alliance.ourCountry is given");
        }
        CultureSide partner = new CultureSide(Party.PARTNER, CultureSide.country("partner.country", partnerCountry, culture), Map.of());
        return compare(current, ours, partner, new CultureAdviceRequest.AllianceFacts(virtual, governmentFacing, null), null);
    }

    private static Result compare(Advisor current, CultureSide ours, CultureSide partner, CultureAdviceRequest.AllianceFacts alliance,
                                  String version) {
        KnowledgeBase kb = current.knowledge();
        CultureKnowledge culture = kb.culture();
        List<Object> facts = new ArrayList<>(ours.facts(culture));
        facts.addAll(partner.facts(culture));
        yesNo(facts, "alliance.virtual", alliance.virtual());
        yesNo(facts, "alliance.governmentFacing", alliance.governmentFacing());
        yesNo(facts, "alliance.intermediaries", alliance.intermediaries());
        // The partner's country's perceived corruption risk; a country without a published score, or a
        // partner described only by its own values, leaves it unknown.
        CountryRisk risk = partner.country() == null ? null : kb.countryRisk().get(partner.country());
        if (risk != null) facts.add(Fact.of("partner.corruptionRisk", risk.band().name()));
        Evaluation evaluation = current.engine(RULE_SET).evaluate(facts);
        var report = new Report(kb, evaluation, partner);
        List<Gap> gaps = report.gaps();
        List<Unknown> unknown = unknown(evaluation, culture);
        List<Recommendation> adaptations = report.adaptations();
        return new Result(summary(ours), summary(partner), gaps, unknown, adaptations,
                practices(partner), culture.caveat(), version, summary(kb, gaps, unknown, adaptations));
    }

    /** The summary, from the gaps the rules found (the large ones first), the first adaptation, and the dimensions not compared. */
    private static List<SummaryLine> summary(KnowledgeBase kb, List<Gap> gaps, List<Unknown> unknown, List<Recommendation> adaptations) {
        var s = new Summariser(kb);
        List<Gap> large = gaps.stream().filter(g -> g.size() == GapSize.LARGE).toList();
        List<Gap> moderate = gaps.stream().filter(g -> g.size() == GapSize.MODERATE).toList();
        if (gaps.isEmpty()) s.offer(SummaryKind.DECISION, "culture.decision.not-compared");
        else if (!large.isEmpty()) s.offer(SummaryKind.DECISION, large.size() == 1 ? "culture.decision.large-gap" : "culture.decision.large-gaps",
                "count", String.valueOf(large.size()), "of", String.valueOf(gaps.size()),
                "dimensions", Summariser.list(large.stream().map(Gap::name).toList(), 3));
        else if (!moderate.isEmpty()) s.offer(SummaryKind.DECISION, "culture.decision.moderate-gaps", "of", String.valueOf(gaps.size()),
                "dimensions", Summariser.list(moderate.stream().map(Gap::name).toList(), 3));
        else s.offer(SummaryKind.DECISION, "culture.decision.similar", "of", String.valueOf(gaps.size()));
        java.util.stream.Stream.concat(large.stream(), moderate.stream()).forEach(g -> s.offerWorded(SummaryKind.REASON, g.statement()));
        adaptations.stream().findFirst().ifPresent(a -> s.offer(SummaryKind.CONDITION, "culture.condition.adaptation", "title", a.title()));
        if (!unknown.isEmpty()) {
            s.offer(SummaryKind.UNKNOWN, "culture.unknown.dimensions", "count", String.valueOf(unknown.size()),
                    "dimensions", Summariser.list(unknown.stream().map(Unknown::name).toList(), 3));
        }
        return s.lines();
    }

    private static void yesNo(List<Object> facts, String name, Boolean value) {
        if (value != null) facts.add(Fact.of(name, value ? "YES" : "NO"));
    }

    private static SideSummary summary(CultureSide side) {
        return new SideSummary(side.country(), side.profile() == null ? null : side.profile().name(), List.copyOf(side.stated().keySet()));
    }

    private static List<Unknown> unknown(Evaluation evaluation, CultureKnowledge culture) {
        Map<String, List<Party>> unknownFor = new LinkedHashMap<>();
        culture.dimensions().keySet().forEach(d -> unknownFor.put(d, new ArrayList<>()));
        evaluation.all(UnknownDimension.class).forEach(u -> unknownFor.get(u.dimension()).add(u.party()));
        return unknownFor.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Unknown(e.getKey(), culture.dimensions().get(e.getKey()).name(), List.copyOf(e.getValue()))).toList();
    }

    private static List<PracticeResult> practices(CultureSide partner) {
        if (partner.profile() == null) return List.of();
        return partner.profile().practices().stream().map(p -> new PracticeResult(p.id(), p.name(), partner.country(), p.kind(),
                p.description(), p.trust(), p.adapt(), p.uncertain(), p.sources())).toList();
    }

    /** Words one evaluation: the gaps from the dimension catalogue, the adaptations from culture-advice.yaml. */
    private static final class Report {
        private final KnowledgeBase kb;
        private final CultureKnowledge culture;
        private final Evaluation evaluation;
        private final CultureSide partner;
        private final ExplanationBuilder explanations;
        /** Each source's in-text name, worked out once: every explanation of a country's value names it. */
        private final Map<String, String> inText = new HashMap<>();

        Report(KnowledgeBase kb, Evaluation evaluation, CultureSide partner) {
            this.kb = kb;
            this.culture = kb.culture();
            this.evaluation = evaluation;
            this.partner = partner;
            this.explanations = new ExplanationBuilder(evaluation, kb, this::describe);
        }

        List<Gap> gaps() {
            List<String> order = List.copyOf(culture.dimensions().keySet());
            return evaluation.all(CultureGap.class).stream().sorted(Comparator.comparing(g -> order.indexOf(g.dimension())))
                    .map(g -> new Gap(g.dimension(), g.name(), culture.dimensions().get(g.dimension()).framework(), g.oursLabel(),
                            g.partnerLabel(), g.partner() - g.ours(), g.direction(), g.size(), statement(g),
                            explanations.explain(g, evaluation.derivationOf(g).orElseThrow().rule().description())))
                    .toList();
        }

        private String statement(CultureGap g) {
            CultureDimension d = culture.dimensions().get(g.dimension());
            String phrase = switch (g.direction()) {
                case PARTNER_HIGHER -> d.partnerHigher();
                case PARTNER_LOWER -> d.partnerLower();
                case NONE -> d.similar();
            };
            return phrase + " (" + g.name() + ": ours " + CultureValue.inWords(g.oursLabel()) + ", partner " + CultureValue.inWords(g.partnerLabel())
                    + (g.size() == GapSize.SIMILAR ? "" : "; " + g.size().name().toLowerCase() + " gap") + ").";
        }

        /** One recommendation per id and subject: where several rules gave it, the highest priority and its explanation. */
        List<Recommendation> adaptations() {
            Map<String, Advice> unique = new LinkedHashMap<>();
            evaluation.all(Advice.class).stream().sorted(Comparator.comparing(Advice::priority))
                    .forEach(a -> unique.putIfAbsent(a.subject() == null ? a.id() : a.id() + "/" + a.subject(), a));
            // One voice: of two pieces of advice the knowledge base declares contradictory or repeated, the preferred one.
            Set<String> present = names(unique.keySet());
            for (AdviceConflict conflict : kb.adviceConflicts()) {
                if (present.contains(conflict.ids().get(0)) && present.contains(conflict.ids().get(1))
                        && unique.keySet().removeIf(k -> named(k, conflict.dropped()))) {
                    present = names(unique.keySet());
                }
            }
            return unique.values().stream().map(this::recommendation).sorted(Comparator.comparing(Recommendation::priority)
                    .thenComparing(r -> CATEGORY_ORDER.indexOf(r.category()))).toList();
        }

        private Recommendation recommendation(Advice a) {
            AdviceText text = kb.adviceText(a.id());
            // Priority from the gap and the confidence of the research together: a Low-confidence inference is never HIGH.
            Priority priority = culture.priority(a.priority(), confidenceOf(a));
            String capped = priority == a.priority() ? "" : " The research behind this is of " + AdviceWording.words(confidenceOf(a))
                    + " confidence, so it is " + priority.name().toLowerCase() + " priority however large the gap.";
            Practice practice = practice(a.subject());
            if (practice != null) {
                String why = text.why() + (practice.uncertain() == null ? "" : " Uncertain: " + practice.uncertain()) + capped;
                Explanation explanation = withSources(explanations.explain(a, why), practice.sources());
                return new Recommendation(a.id(), AdviceWording.fill(text.title(), practice.name()),
                        practice.description() + " " + practice.trust() + " " + practice.adapt(), text.category(), priority,
                        confidenceOf(a), a.subject(), List.of(), explanation);
            }
            List<Action> actions = a.items().stream().map(this::action).toList();
            return new Recommendation(a.id(), AdviceWording.fill(text.title(), a.subject()), AdviceWording.fill(text.text(), a.subject()), text.category(),
                    priority, confidenceOf(a), a.subject(), actions, explanations.explain(a, AdviceWording.fill(text.why(), a.subject()) + capped));
        }

        private com.alliancetrust.advisor.knowledge.Confidence confidenceOf(Advice a) {
            return evaluation.derivationOf(a).orElseThrow().rule().confidence();
        }

        /** The partner's practice a recommendation concerns, if its subject names one. */
        private Practice practice(String subject) {
            if (subject == null || partner.profile() == null) return null;
            return partner.profile().practices().stream().filter(p -> p.id().equals(subject)).findFirst().orElse(null);
        }

        /** An unknown dimension ({@code partner.trusting}) as a question to answer. */
        private Action action(String field) {
            CultureDimension d = culture.dimensions().get(field.substring(field.indexOf('.') + 1));
            return new Action(field, d.name(), "Learn where the partner stands between " + d.lowEnd().split(":")[0] + " and "
                    + d.highEnd().split(":")[0] + ".");
        }

        /** The explanation with the sources of the knowledge it drew on (a practice's) added to the rules'. */
        private Explanation withSources(Explanation e, List<String> extra) {
            List<Explanation.SourceRef> sources = new ArrayList<>(e.sources());
            String confidence = e.sources().isEmpty() ? null : e.sources().get(0).confidence();
            for (String id : extra) {
                if (sources.stream().noneMatch(s -> s.id().equals(id))) {
                    var s = kb.bibliography().get(id);
                    sources.add(new Explanation.SourceRef(id, s.citation(), confidence, s.note()));
                }
            }
            return new Explanation(e.why(), e.facts(), e.conclusions(), e.rule(), List.copyOf(sources));
        }

        /** Every name that names one of these advice keys: each key ({@code id/subject}) and its id (see {@link #named}). */
        private static Set<String> names(Set<String> keys) {
            Set<String> names = new HashSet<>();
            for (String key : keys) {
                names.add(key);
                for (int slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) names.add(key.substring(0, slash));
            }
            return names;
        }

        /** Whether an advice key {@code id/subject} is named by {@code id} (any subject) or {@code id/subject}. */
        private static boolean named(String key, String id) {
            return key.startsWith(id) && (key.length() == id.length() || key.charAt(id.length()) == '/');
        }

        /** An input in words: whose value it is, on which dimension, and where it came from. */
        private Explanation.InputFact describe(Input input) {
            if (input instanceof CultureValue v) {
                String words = CultureValue.inWords(v.label());
                return new Explanation.InputFact(v.inputName(), side(v.party()) + ": " + v.name(), v.label(), v.stated()
                        ? words + ", stated for the firm itself" : words + ", from the country profile (" + inText(v.source()) + ")");
            }
            if (input instanceof UnknownDimension u) {
                return new Explanation.InputFact(u.inputName(), side(u.party()) + ": " + u.name(), "UNKNOWN",
                        "unknown: no value in the country profile and none stated");
            }
            if (input instanceof NamedPractice p) {
                return new Explanation.InputFact(p.inputName(), side(p.party()) + ": named practice", p.id(), p.name() + " (" + p.country() + ")");
            }
            String label = LABELS.getOrDefault(input.inputName(), input.inputName());
            return new Explanation.InputFact(input.inputName(), label, input.inputValue(), input.inputValue());
        }

        /** A source as named in a sentence, "Meyer 2014"; its id when the bibliography lacks it. */
        private String inText(String source) {
            return inText.computeIfAbsent(source, id -> {
                Source s = kb.bibliography().get(id);
                return s == null ? id : s.inText();
            });
        }

        private static String side(Party party) {
            return party == Party.OURS ? "Our side" : "The partner";
        }
    }
}
