package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.contract.ContractBalanceService;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.domain.CasePoint;
import com.alliancetrust.advisor.domain.ElementLevel;
import com.alliancetrust.advisor.domain.OurConduct;
import com.alliancetrust.advisor.domain.OwnConductRisk;
import com.alliancetrust.advisor.domain.EvidenceConfidence;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FitKind;
import com.alliancetrust.advisor.domain.FitLevel;
import com.alliancetrust.advisor.domain.FitReading;
import com.alliancetrust.advisor.domain.GapSize;
import com.alliancetrust.advisor.domain.PowerBalance;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.LegalBar;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.OpenFinding;
import com.alliancetrust.advisor.domain.Overall;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.RiskFinding;
import com.alliancetrust.advisor.domain.RiskType;
import com.alliancetrust.advisor.domain.StageFinding;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.domain.VerdictLimit;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.RedFlagText;
import com.alliancetrust.advisor.knowledge.StageDefinition;
import com.alliancetrust.advisor.explain.Action;
import com.alliancetrust.advisor.selection.PartnerAssessment.ConfidenceResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.ElementResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.FindingResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.FitKindResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.FitResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.PowerResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.OverallResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.RedFlagResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.RiskItem;
import com.alliancetrust.advisor.selection.PartnerAssessment.RiskResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.StageResult;
import com.alliancetrust.advisor.selection.PartnerAssessment.VerdictChange;
import com.alliancetrust.advisor.selection.PartnerAssessment.VerdictResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Partner selection: runs the rules over what due diligence found and reports each conclusion with its why. */
public final class PartnerAssessmentService {
    private final Supplier<Advisor> advisor;

    public PartnerAssessmentService(Supplier<Advisor> advisor) {
        this.advisor = advisor;
    }

    public PartnerAssessment assess(PartnerAssessmentRequest request) {
        return assess(advisor.get(), request);
    }

    /** Assesses with a rule base the caller has already read, so that one request uses one version throughout. */
    public PartnerAssessment assess(Advisor current, PartnerAssessmentRequest request) {
        SelectionInput input = SelectionInput.validate(request, current.knowledge());
        PartnerAssessment assessment = assess(current, input);
        // Under a legal bar nothing is advised on how to proceed, the contract on the table included.
        if (request.contract() == null || assessment.redFlags().stream().anyMatch(RedFlagResult::legalBar)) return assessment;
        // The contract is judged against the stage and trustworthiness this assessment concluded.
        var balance = ContractBalanceService.advise(current, request.contract().request(input.alliance(),
                assessment.stage().stage(), assessment.overall().level(), input.partner().country()));
        return assessment.withContractBalance(balance.section());
    }

    PartnerAssessment assess(Advisor current, SelectionInput input) {
        var culture = culture(current, input);
        input = withCulturalDistance(input, culture);
        Evaluation evaluation = current.engine(Advisor.SELECTION).evaluate(input.facts(current.knowledge()));
        // Under a legal bar the cultural advice on how to work with the partner would be advice on how to proceed.
        return new Report(current, input, evaluation).build(evaluation.first(LegalBar.class).isPresent() ? null : culture);
    }

    private static CultureAdviceService.Result culture(Advisor current, SelectionInput input) {
        return CultureAdviceService.forAssessment(current, input.alliance().ourCountry(), input.partner().country(),
                input.alliance().virtual(), input.alliance().governmentFacing());
    }

    /** Cultural fit reads how far apart the two countries are on the dimensions compared. */
    private static SelectionInput withCulturalDistance(SelectionInput input, CultureAdviceService.Result culture) {
        if (culture == null) return input;
        return input.withCulturalDistance((int) culture.gaps().stream().filter(g -> g.size() == GapSize.LARGE).count(), culture.gaps().size());
    }

    /** A search for what would change a verdict, given how to get the verdict the rules give on changed facts. */
    interface Search {
        /**
         * @param decisive the facts a better verdict can come from
         * @param capped whether a limit that sets the current verdict certainly still stands on changed facts
         */
        List<VerdictChange> search(SelectionInput input, Verdict current, Set<String> decisive, java.util.function.Predicate<SelectionInput> capped);

        /** @param toVerify the evidence items still to verify */
        java.util.Optional<VerdictChange> checksToDecide(SelectionInput input, Set<String> toVerify);
    }

    /** What would change the verdict on these facts (the assessment's {@code whatWouldChange}), on its own: for measuring the search. */
    static List<VerdictChange> whatWouldChange(Advisor current, SelectionInput input) {
        return whatWouldChange(current, input, WhatIfSearch::new);
    }

    /** The same with another search, to compare the two. */
    static List<VerdictChange> whatWouldChange(Advisor current, SelectionInput input,
                                               java.util.function.BiFunction<KnowledgeBase, java.util.function.Function<SelectionInput, Verdict>, Search> searches) {
        return whatWouldChange(current, input, searches, SearchVerdicts.Mode.INCREMENTAL);
    }

    /** The same with another search, its verdicts each from a fresh session or all from one, to compare them. */
    static List<VerdictChange> whatWouldChange(Advisor current, SelectionInput input,
                                               java.util.function.BiFunction<KnowledgeBase, java.util.function.Function<SelectionInput, Verdict>, Search> searches,
                                               SearchVerdicts.Mode mode) {
        SelectionInput facts = withCulturalDistance(input, culture(current, input));
        Evaluation evaluation = current.engine(Advisor.SELECTION).evaluate(facts.facts(current.knowledge()));
        return new Report(current, facts, evaluation).whatIf(evaluation.first(VerdictDecision.class).orElseThrow(), searches, mode).changes();
    }

    /** Turns one evaluation into the response, wording each conclusion from the knowledge base. */
    private static final class Report {
        private final Advisor advisor;
        private final KnowledgeBase kb;
        private final SelectionInput input;
        private final Evaluation evaluation;
        private final ExplanationBuilder explanations;

        Report(Advisor advisor, SelectionInput input, Evaluation evaluation) {
            this.advisor = advisor;
            this.kb = advisor.knowledge();
            this.input = input;
            this.evaluation = evaluation;
            this.explanations = new ExplanationBuilder(evaluation, kb, this::describe);
        }

        PartnerAssessment build(CultureAdviceService.Result culture) {
            VerdictDecision decision = evaluation.first(VerdictDecision.class).orElseThrow();
            Explanation verdictWhy = explanations.explain(decision, verdictWhy(decision));
            WhatIf found = whatIf(decision, WhatIfSearch::new, SearchVerdicts.Mode.INCREMENTAL);
            List<VerdictChange> whatIf = found.changes();
            List<Action> checks = found.checks();
            List<RedFlagResult> redFlags = redFlags();
            List<FindingResult> findings = findings();
            List<Recommendation> recommendations = new Recommendations(kb, evaluation, explanations).list();
            FitResult fit = fit();
            return new PartnerAssessment(null, null, advisor.version(), input.partner().name(),
                    new VerdictResult(decision.verdict(), verdictWhy, checks), overall(), confidence(),
                    profile(), fit, power(), risk(), stage(), redFlags, findings, recommendations,
                    whatIf, evaluation.trace().stream().map(ExplanationBuilder::ref).toList(), culture, null, ourSide(), businessCase(),
                    summary(decision, checks, redFlags, findings, recommendations, fit));
        }

        /** What would change the verdict, and for a verdict held back by too little evidence, the checks that would allow one. */
        record WhatIf(List<VerdictChange> changes, List<Action> checks) {
        }

        WhatIf whatIf(VerdictDecision decision,
                      java.util.function.BiFunction<KnowledgeBase, java.util.function.Function<SelectionInput, Verdict>, Search> searches,
                      SearchVerdicts.Mode mode) {
            // The verdict on the facts as they are is known already; the others come from one session for the whole search.
            try (SearchVerdicts verdicts = new SearchVerdicts(advisor, input, decision.verdict(), mode)) {
                return whatIf(decision, searches.apply(kb, verdicts), verdicts);
            }
        }

        private WhatIf whatIf(VerdictDecision decision, Search search, SearchVerdicts verdicts) {
            if (decision.verdict() == Verdict.INSUFFICIENT_EVIDENCE) {
                Set<String> toVerify = evaluation.all(OpenFinding.class).stream()
                        .filter(f -> f.bearing() == com.alliancetrust.advisor.domain.Bearing.UNVERIFIED)
                        .map(OpenFinding::field).collect(Collectors.toSet());
                var found = search.checksToDecide(input, toVerify);
                return new WhatIf(found.map(List::of).orElse(List.of()),
                        found.map(c -> c.changes().stream().map(ch -> action(ch.field(), toVerify.contains(ch.field()))).toList()).orElse(List.of()));
            }
            StandingLimits limits = StandingLimits.of(evaluation, decision);
            return new WhatIf(search.search(input, decision.verdict(), decisiveFields(decision), changed -> limits.standOn(verdicts.facts(changed))),
                    List.of());
        }

        /**
         * The summary, from the conclusions the rules drew: the verdict; the limits that set it (a legal
         * bar first); the checks that would allow a decision, the red flags still capping it, the first
         * safeguard, the findings to resolve; and the elements and fit not yet established.
         */
        private List<SummaryLine> summary(VerdictDecision decision, List<Action> checks,
                List<RedFlagResult> redFlags, List<FindingResult> findings, List<Recommendation> recommendations,
                FitResult fit) {
            var s = new Summariser(kb);
            String partner = input.partner().name();
            var legalBar = redFlags.stream().filter(RedFlagResult::legalBar).findFirst();
            if (legalBar.isPresent()) {
                s.offer(SummaryKind.DECISION, "assessment.decision.legal-bar", "partner", partner);
                s.offer(SummaryKind.REASON, "assessment.reason.red-flag", "title", legalBar.get().title());
                s.offer(SummaryKind.CONDITION, "assessment.condition.legal-bar");
                return s.lines();
            }
            s.offer(SummaryKind.DECISION, "assessment.decision." + decision.verdict().name(), "partner", partner);
            if (decision.basis().isEmpty()) s.offer(SummaryKind.REASON, "assessment.reason.clear");
            decision.basis().stream().map(l -> ((VerdictLimit) l).reason()).distinct()
                    .forEach(r -> s.offer(SummaryKind.REASON, "assessment.reason.limit", "reason", r));
            if (!checks.isEmpty()) {
                s.offer(SummaryKind.CONDITION, checks.size() == 1 ? "assessment.condition.check" : "assessment.condition.checks",
                        "count", String.valueOf(checks.size()),
                        "checks", Summariser.list(checks.stream().map(a -> lower(a.label())).toList(), 3));
            }
            redFlags.stream().filter(f -> f.allows() != null && f.allows().isWorseThan(Verdict.PROCEED)).forEach(f ->
                    s.offer(SummaryKind.CONDITION, "assessment.condition.red-flag", "title", f.title(),
                            "allows", f.allows().words()));
            if (decision.verdict() == Verdict.PROCEED_WITH_SAFEGUARDS) {
                recommendations.stream().filter(r -> "SAFEGUARDS".equals(r.category())).findFirst().ifPresent(r ->
                        s.offer(SummaryKind.CONDITION, "assessment.condition.safeguard", "title", lower(r.title())));
            }
            if (!findings.isEmpty()) {
                s.offer(SummaryKind.CONDITION, "assessment.condition.findings",
                        "findings", Summariser.list(findings.stream().map(f -> lower(f.label())).toList(), 3));
            }
            List<TrustElement> unknown = levels().values().stream().filter(l -> l.level() == Level.UNKNOWN).map(ElementLevel::element).toList();
            if (!unknown.isEmpty()) {
                s.offer(SummaryKind.UNKNOWN, unknown.size() == 1 ? "assessment.unknown.element" : "assessment.unknown.elements",
                        "elements", Summariser.list(unknown.stream().map(TrustElement::key).toList(), 4));
            }
            fit.kinds().stream().filter(k -> k.kind() == FitKind.STRATEGIC && k.level() == Level.UNKNOWN).findFirst()
                    .ifPresent(k -> s.offer(SummaryKind.UNKNOWN, "assessment.unknown.strategic-fit"));
            return s.lines();
        }

        private static String lower(String label) {
            return label == null || label.length() < 2 || Character.isUpperCase(label.charAt(1)) ? label
                    : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }

        /** A check to do: how to collect an unknown item, or how to settle one still to verify. */
        private Action action(String key, boolean toVerify) {
            EvidenceField field = kb.evidenceField(key).orElseThrow();
            String how = toVerify ? field.choice(String.valueOf(input.evidence().get(key))).map(EvidenceField.Choice::resolve)
                    .orElse(field.collect()) : field.collect();
            return new Action(key, field.label(), how);
        }

        /**
         * The evidence a better verdict can come from: the facts the verdict rests on, and every
         * evidence item of the elements its limits concern. Other evidence cannot lift those limits.
         */
        private Set<String> decisiveFields(VerdictDecision decision) {
            Explanation verdictWhy = explanations.explain(decision, "");
            Set<TrustElement> elements = EnumSet.noneOf(TrustElement.class);
            evaluation.derivationOf(decision).ifPresent(d -> collectElements(d.premises(), elements,
                    Collections.newSetFromMap(new IdentityHashMap<>())));
            Set<String> fields = verdictWhy.facts().stream().map(Explanation.InputFact::field).collect(Collectors.toCollection(HashSet::new));
            elements.forEach(e -> kb.evidenceFor(e).forEach(f -> fields.add(f.key())));
            return fields;
        }

        private void collectElements(List<Object> premises, Set<TrustElement> elements, Set<Object> seen) {
            for (Object p : premises) {
                if (!seen.add(p)) continue;
                if (p instanceof ElementLevel l) elements.add(l.element());
                if (p instanceof RedFlag f) elements.add(f.element());
                evaluation.derivationOf(p).ifPresent(d -> collectElements(d.premises(), elements, seen));
            }
        }

        private String verdictWhy(VerdictDecision decision) {
            if (decision.basis().isEmpty()) {
                return "No finding limits the verdict: every element is established, none is low or moderate, no red flag or "
                        + "finding is open, and enough is known for a plain go.";
            }
            String reasons = decision.basis().stream().map(l -> ((VerdictLimit) l).reason()).distinct().collect(Collectors.joining("; "));
            if (decision.verdict() == Verdict.INSUFFICIENT_EVIDENCE) {
                return "Not enough is known to decide yet: " + reasons + ". Nothing found so far rules the partner out, "
                        + "and nothing unknown is counted for or against it.";
            }
            String verdict = decision.verdict().words();
            return Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1) + ", because " + reasons
                    + ". The verdict is the most severe limit any finding sets.";
        }

        private Map<TrustElement, ElementLevel> levels() {
            Map<TrustElement, ElementLevel> levels = new LinkedHashMap<>();
            evaluation.all(ElementLevel.class).stream().sorted(Comparator.comparing(ElementLevel::element))
                    .forEach(l -> levels.put(l.element(), l));
            return levels;
        }

        private OverallResult overall() {
            Overall overall = evaluation.first(Overall.class).orElseThrow();
            String unknown = overall.unknown().stream().map(TrustElement::key).collect(Collectors.joining(", "));
            String note = overall.level() == Level.UNKNOWN ? "No element is established yet."
                    : !overall.unknown().isEmpty() ? "Provisional: " + unknown + " not yet established, so at most moderate until "
                            + (overall.unknown().size() == 1 ? "it is." : "they are.")
                    : overall.provisional() ? "Provisional: too little is known for the level to be relied on." : null;
            return new OverallResult(overall.level(), overall.weakest(), overall.provisional(), note, explain(overall));
        }

        private ConfidenceResult confidence() {
            EvidenceConfidence c = evaluation.first(EvidenceConfidence.class).orElseThrow();
            List<TrustElement> unknown = levels().values().stream().filter(l -> l.level() == Level.UNKNOWN).map(ElementLevel::element).toList();
            var policy = kb.selectionPolicy();
            String statement = c.known() + " of " + c.total() + " evidence items are known"
                    + (unknown.isEmpty() ? "" : "; not established: " + unknown.stream().map(TrustElement::key).collect(Collectors.joining(", ")))
                    + ". Confidence " + c.level().name().toLowerCase(java.util.Locale.ROOT) + " (" + c.score() + "/100, integrity and competence evidence weigh more; "
                    + policy.decideAt().value() + " is needed to decide and " + policy.plainGoAt().value() + " for a plain go).";
            return new ConfidenceResult(c.level(), c.score(), c.known(), c.total(), unknown, statement, explain(c));
        }

        private List<ElementResult> profile() {
            return levels().values().stream().map(l -> new ElementResult(l.element(), l.level(),
                    evaluation.facts().stream().filter(f -> f instanceof Fact fact && fact.getElement() == l.element())
                            .map(f -> describe((Fact) f)).toList(),
                    explain(l))).toList();
        }

        /** Each kind of fit with the facts it rests on and why; a kind not yet assessed says what to find out. */
        private FitResult fit() {
            List<FitKindResult> kinds = evaluation.all(FitLevel.class).stream().sorted(Comparator.comparing(FitLevel::kind)).map(l -> {
                Set<String> read = evaluation.all(FitReading.class).stream().filter(r -> r.kind() == l.kind()).map(FitReading::field)
                        .collect(Collectors.toSet());
                List<Action> toFindOut = new ArrayList<>();
                if (l.level() == Level.UNKNOWN) {
                    kb.dealFields(DealField.Section.FIT).stream().filter(f -> f.kind() == l.kind() && !input.deal().containsKey(f.key()))
                            .forEach(f -> toFindOut.add(new Action(f.key(), f.label(), f.collect())));
                    if (l.kind() == FitKind.CULTURAL && !input.deal().containsKey("culture.largeGaps")) {
                        toFindOut.add(new Action("alliance.ourCountry", "Our country and the partner's",
                                "Give both countries: the two cultures are then compared dimension by dimension, and the distance counts towards cultural fit."));
                    }
                }
                return new FitKindResult(l.kind(), l.kind().words(), l.level(), inputs(read), explain(l), toFindOut);
            }).toList();
            int total = kb.dealFields(DealField.Section.FIT).size();
            int known = (int) kb.dealFields(DealField.Section.FIT).stream().filter(f -> input.deal().containsKey(f.key())).count();
            String levels = kinds.stream().map(k -> k.name() + " " + (k.level() == Level.UNKNOWN ? "not yet assessed" : k.level().name()))
                    .collect(Collectors.joining(", "));
            String statement = Character.toUpperCase(levels.charAt(0)) + levels.substring(1) + "; " + known + " of " + total
                    + " fit facts known. Fit is judged apart from trust and does not count towards its confidence; a kind of fit not yet assessed is a gap to close, neither good nor bad news.";
            return new FitResult(kinds, known, total, statement);
        }

        /** Who depends on whom, from the power facts given; the facts still unknown and how to find each out. */
        private PowerResult power() {
            PowerBalance b = evaluation.first(PowerBalance.class).orElseThrow();
            Set<String> given = kb.dealFields(DealField.Section.POWER).stream().map(DealField::key).filter(input.deal()::containsKey)
                    .collect(Collectors.toSet());
            List<Action> toFindOut = kb.dealFields(DealField.Section.POWER).stream().filter(f -> !given.contains(f.key()))
                    .map(f -> new Action(f.key(), f.label(), f.collect())).toList();
            String statement = switch (b.balance()) {
                case WE_DEPEND_MORE -> b.strong() ? "We depend on the partner far more than it depends on us." : "We depend on the partner more than it depends on us.";
                case MUTUAL -> "Each side depends on the other about as much: joint dependence.";
                case LITTLE_AT_STAKE -> "Neither side depends much on the other.";
                case PARTNER_DEPENDS_MORE -> "The partner depends on us more than we depend on it.";
                case NOT_ESTABLISHED -> "Who depends more on whom is not established"
                        + (b.ours() != Level.UNKNOWN ? ": our dependence is " + b.ours().name().toLowerCase(java.util.Locale.ROOT) + ", the partner's is not known."
                        : b.partner() != Level.UNKNOWN ? ": the partner's dependence is " + b.partner().name().toLowerCase(java.util.Locale.ROOT) + ", ours is not known."
                        : ": no fact about either side's dependence is known.") + " That is a gap to close, neither good nor bad news.";
            };
            return new PowerResult(b.balance(), b.ours(), b.partner(), b.strong(), inputs(given), statement, explain(b), toFindOut);
        }

        /** The input facts with these names, in words. */
        private List<Explanation.InputFact> inputs(Set<String> names) {
            return evaluation.facts().stream().filter(f -> f instanceof Fact fact && names.contains(fact.name()))
                    .map(f -> describe((Fact) f)).toList();
        }

        private RiskResult risk() {
            List<RiskItem> risks = evaluation.all(RiskFinding.class).stream()
                    .map(r -> new RiskItem(r.type(), r.strength(), explain(r))).toList();
            Set<RiskType> types = risks.stream().map(RiskItem::type).collect(Collectors.toSet());
            String type = types.size() == 2 ? "BOTH" : types.isEmpty() ? "NONE_IDENTIFIED" : types.iterator().next().name();
            return new RiskResult(type, risks);
        }

        private StageResult stage() {
            StageFinding stage = evaluation.first(StageFinding.class).orElseThrow();
            StageDefinition definition = kb.stages().get(stage.stage());
            return new StageResult(stage.stage(), definition.name(), definition.whatFits(), explain(stage));
        }

        private List<RedFlagResult> redFlags() {
            return evaluation.all(RedFlag.class).stream().map(f -> {
                RedFlagText text = kb.redFlagText(f.id());
                return new RedFlagResult(f.id(), text.title(), text.text(), f.element(), f.severity(), f.alleged(),
                        text.allows(), text.isLegalBar(), text.resolvedBy(), explanations.explain(f, text.text()));
            }).toList();
        }

        private List<FindingResult> findings() {
            return evaluation.all(OpenFinding.class).stream().map(f -> {
                EvidenceField field = kb.evidenceField(f.field()).orElseThrow();
                String value = String.valueOf(input.evidence().get(f.field()));
                String action = field.choice(value).map(EvidenceField.Choice::resolve).orElse(field.collect());
                return new FindingResult(f.field(), field.label(), value, field.describe(value), f.element(), f.bearing(), action,
                        explanations.explain(f, field.label() + ": " + field.describe(value) + ". " + action));
            }).toList();
        }

        private PartnerAssessment.OwnConductResult ourSide() {
            return evaluation.first(OwnConductRisk.class).map(risk -> {
                List<Explanation.InputFact> conduct = evaluation.facts().stream()
                        .filter(f -> f instanceof Fact fact && fact.name().startsWith(OurConduct.PREFIX)).map(f -> describe((Fact) f)).toList();
                String statement = switch (risk.strength()) {
                    case HIGH -> "Our own conduct creates strong relational risk in this deal. It is not a finding about the partner and does not"
                            + " change its trust profile, but a partner that doubts us slows down and shares less: the advice addressed to us says what to put right.";
                    case MODERATE -> "Our own conduct creates some relational risk in this deal, kept apart from the partner's trust profile;"
                            + " the advice addressed to us says what to change.";
                    default -> "Nothing known about our own conduct adds relational risk; only the items given are vouched for.";
                };
                return new PartnerAssessment.OwnConductResult(risk.strength(), statement, conduct, explain(risk));
            }).orElse(null);
        }

        private PartnerAssessment.BusinessCase businessCase() {
            List<PartnerAssessment.CasePointResult> points = evaluation.all(CasePoint.class).stream()
                    .sorted(Comparator.comparing(CasePoint::section))
                    .map(p -> {
                        var text = kb.casePoint(p.id());
                        return new PartnerAssessment.CasePointResult(p.section(), p.id(), text.statement(), explanations.explain(p, text.why()));
                    }).toList();
            boolean prohibited = points.stream().anyMatch(p -> p.id().equals("case-prohibited"));
            boolean notYet = points.stream().anyMatch(p -> p.section() == CasePoint.Section.CANNOT_BE_MADE_YET);
            String status = prohibited ? "PROHIBITED" : notYet ? "NOT_YET" : "MADE";
            String summary = prohibited ? "No business case: dealing with this partner is prohibited by law; the matter is for counsel."
                    : notYet ? "The business case cannot be made yet: the evidence cannot carry a decision. What trust is worth holds for any partner;"
                            + " what this one would bring or cost waits for the checks named with the verdict."
                    : "What trust is worth, what to expect if we proceed as things stand, the alternatives"
                            + (points.stream().anyMatch(p -> p.section() == CasePoint.Section.WIN_WIN_TERMS) ? " and the terms to negotiate" : "")
                            + ", each from the assessment's findings.";
            return new PartnerAssessment.BusinessCase(status, summary, points);
        }

        /** An input in words: evidence from the catalogue, the rest from the request's own labels. */
        private Explanation.InputFact describe(Input input) {
            String name = input.inputName();
            String value = input.inputValue();
            var ours = kb.ourSideField(name);
            if (ours.isPresent()) return new Explanation.InputFact(name, ours.get().label(), value, ours.get().describe(value));
            return kb.evidenceField(name)
                    .map(field -> new Explanation.InputFact(name, field.label(), value, field.describe(value)))
                    .or(() -> kb.dealField(name).map(field -> new Explanation.InputFact(name, field.label(), value, field.describe(value))))
                    .orElseGet(() -> new Explanation.InputFact(name, SelectionInput.CONTEXT_LABELS.getOrDefault(name, name), value, value));
        }

        private Explanation explain(Object conclusion) {
            String why = evaluation.derivationOf(conclusion).orElseThrow().rule().description();
            return explanations.explain(conclusion, why);
        }
    }
}
