package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.FitKind;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Required;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.explain.Summariser;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.domain.AlliancePlan;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.DecisionContext;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.explain.Recommendation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Several candidates for the same alliance, assessed by the same rules and ranked by judgement, never
 * by summed scores: the verdict first (a candidate too little is known about ranks below every one
 * that may go ahead; the verdict already weighs fit and dependence beside trust, so a trusted
 * candidate that brings nothing the alliance needs ranks below one that fits), then, among those too
 * little is known about, how many checks would allow a verdict, then the red flags still unresolved,
 * then strategic fit (HIGH best, not yet assessed between MODERATE and LOW: neither good nor bad
 * news), then how much is known, then the weakest element. A candidate therefore never outranks a
 * better-evidenced one merely for having fewer facts against it. Each place comes with the criterion
 * that decided it.
 */
public final class CandidateComparison {
    public static final int MAX_CANDIDATES = 10;
    private static final String OUR_CONDUCT = "OUR_CONDUCT";

    public record Request(@Required AlliancePlan alliance, DecisionContext context, @Required @MaxItems(MAX_CANDIDATES) List<Candidate> candidates) {
    }

    /** One candidate: its partner, the trust evidence, and the facts about its fit and our mutual dependence. */
    public record Candidate(@Required Partner partner, Map<String, Map<String, JsonNode>> evidence, Map<String, JsonNode> fit,
                            Map<String, JsonNode> power) {
    }

    /**
     * {@code ourSide}: what our own conduct asks of us, said once above the ranking because it is the
     * same whatever the candidate; none when nothing about our own conduct was given. {@code summary}: at
     * most five lines, the first-ranked candidate and why first, then its own reasons, conditions and unknowns.
     */
    public record Result(String version, List<Place> ranking, OurSide ourSide, @MaxItems(5) List<SummaryLine> summary) {
    }

    /**
     * Our own side in this deal, from {@code context.ourSide}: the relational risk our conduct creates
     * ({@code conduct}, as every candidate's assessment reads it) and the advice addressed to us.
     */
    public record OurSide(PartnerAssessment.OwnConductResult conduct, List<Recommendation> advice) {
    }

    /**
     * {@code checksToDecide}: how many checks would allow a verdict, when too little is known (0 otherwise);
     * {@code strategicFit}: whether the candidate brings what the alliance needs (UNKNOWN: not yet assessed).
     */
    public record Place(int rank, String partner, Verdict verdict, int checksToDecide, Level overall, int redFlags,
                        Level strategicFit, int confidence, String reason, PartnerAssessment assessment) {
    }

    /** A ranking criterion: how to order two candidates on it and how to say that one did better. */
    private record Criterion(Comparator<Place> order, Function<Place, String> says) {
    }

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion(Comparator.comparing(Place::verdict), p -> "its verdict is \"" + p.verdict().words() + "\""),
            new Criterion(Comparator.comparing(Place::checksToDecide), p -> "it is closer to a decision (" + p.checksToDecide()
                    + (p.checksToDecide() == 1 ? " check" : " checks") + " would allow one)"),
            new Criterion(Comparator.comparing(Place::redFlags), p -> "it has fewer unresolved red flags (" + p.redFlags() + ")"),
            new Criterion(Comparator.comparing(p -> levelRank(p.strategicFit())), p -> "it fits what the alliance needs better (strategic fit "
                    + levelWords(p.strategicFit()) + ")"),
            new Criterion(Comparator.comparing(Place::confidence).reversed(), p -> "more is known about it (confidence " + p.confidence() + "/100)"),
            new Criterion(Comparator.comparing(p -> levelRank(p.overall())), p -> "its weakest element is " + levelWords(p.overall())));

    private final Supplier<Advisor> advisor;
    private final PartnerAssessmentService assessments;

    public CandidateComparison(Supplier<Advisor> advisor, PartnerAssessmentService assessments) {
        this.advisor = advisor;
        this.assessments = assessments;
    }

    public Result compare(Request request) {
        return compare(advisor.get(), request);
    }

    /** Compares with a rule base the caller has already read, so that one request uses one version throughout. */
    public Result compare(Advisor current, Request request) {
        InputChecks.body(request);
        List<Candidate> candidates = request.candidates();
        if (candidates == null || candidates.size() < 2) {
            throw new InvalidInputException("candidates", "must list between 2 and " + MAX_CANDIDATES + " candidates");
        }
        AlliancePlan alliance = SelectionInput.alliance(request.alliance());
        DecisionContext context = request.context() == null ? new DecisionContext(null, null, null) : SelectionInput.context(request.context());
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String path = "candidates[" + i + "]";
            if (c == null) throw new InvalidInputException(path, "must not be null");
            Partner partner = SelectionInput.partner(c.partner(), path + ".partner");
            Map<String, Object> evidence;
            Map<String, Object> deal;
            try {
                evidence = SelectionInput.evidence(c.evidence(), current.knowledge());
                deal = SelectionInput.deal(c.fit(), c.power(), current.knowledge());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(path + "." + e.field(), e.getMessage());
            }
            PartnerAssessment a;
            try {
                a = assessments.assess(current, new SelectionInput(partner, alliance, context, evidence, deal));
            } catch (InvalidInputException e) {
                if (!e.field().startsWith("partner.")) throw e;
                throw new InvalidInputException(path + "." + e.field(), e.getMessage()); // the candidate's own partner
            }
            places.add(new Place(0, partner.name(), a.verdict().value(), a.verdict().checksToDecide().size(), a.overall().level(),
                    a.redFlags().size(), strategicFit(a), a.confidence().score(), null, a));
        }
        Comparator<Place> order = CRITERIA.stream().map(Criterion::order).reduce(Comparator::thenComparing).orElseThrow();
        places.sort(order);
        List<Place> ranked = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            ranked.add(new Place(i + 1, p.partner(), p.verdict(), p.checksToDecide(), p.overall(), p.redFlags(), p.strategicFit(),
                    p.confidence(), reason(places, i), p.assessment()));
        }
        return new Result(current.version(), ranked, ourSide(places), summary(current, places));
    }

    /** What our conduct asks of us: the advice addressed to us in any candidate's assessment, each once, in the order first given. */
    private static OurSide ourSide(List<Place> places) {
        PartnerAssessment.OwnConductResult conduct = places.get(0).assessment().ourSide();
        Map<String, Recommendation> advice = new LinkedHashMap<>();
        for (Place p : places) {
            for (Recommendation r : p.assessment().recommendations()) {
                if (OUR_CONDUCT.equals(r.category())) advice.putIfAbsent(r.id() + "/" + r.subject(), r);
            }
        }
        if (conduct == null && advice.isEmpty()) return null;
        return new OurSide(conduct, List.copyOf(advice.values()));
    }

    /**
     * The first-ranked candidate and its verdict, the criterion that put it above the second, then the
     * first candidate's own reasons, conditions and unknowns as its assessment summarises them.
     */
    private static List<SummaryLine> summary(Advisor current, List<Place> places) {
        Place first = places.get(0);
        var s = new Summariser(current.knowledge());
        s.offer(SummaryKind.DECISION, "comparison.decision", "partner", first.partner(), "count", String.valueOf(places.size()),
                "verdict", first.verdict().words());
        decidingCriterion(first, places.get(1)).ifPresent(c -> s.offer(SummaryKind.REASON, "comparison.reason.rank",
                "partner", first.partner(), "next", places.get(1).partner(), "criterion", c.says().apply(first)));
        if (decidingCriterion(first, places.get(1)).isEmpty()) {
            s.offer(SummaryKind.REASON, "comparison.reason.level", "partner", first.partner(), "next", places.get(1).partner());
        }
        List<SummaryLine> own = first.assessment().summary() == null ? List.of() : first.assessment().summary();
        own.stream().filter(l -> l.kind() != SummaryKind.DECISION).forEach(l -> s.offerWorded(l.kind(), l.text()));
        return s.lines();
    }

    private static String reason(List<Place> places, int i) {
        Place p = places.get(i);
        String own = " (verdict: " + p.verdict().words() + "; weakest element: " + levelWords(p.overall())
                + "; strategic fit: " + (p.strategicFit() == Level.UNKNOWN ? "not yet assessed" : levelWords(p.strategicFit())) + ")";
        if (i + 1 < places.size()) {
            Place next = places.get(i + 1);
            return "Ranked " + (i + 1) + ", above " + next.partner() + ", because "
                    + decidingCriterion(p, next).map(c -> c.says().apply(p)).orElse("it is level on every criterion and was listed first")
                    + own + ".";
        }
        Place previous = places.get(i - 1);
        return "Ranked last: " + previous.partner() + " ranks higher because "
                + decidingCriterion(previous, p).map(c -> c.says().apply(previous)).orElse("it is level on every criterion and was listed first")
                + own + ".";
    }

    private static Optional<Criterion> decidingCriterion(Place better, Place worse) {
        return CRITERIA.stream().filter(c -> c.order().compare(better, worse) < 0).findFirst();
    }

    private static String levelWords(Level level) {
        return level == Level.UNKNOWN ? "not yet known" : level.name().toLowerCase();
    }

    private static Level strategicFit(PartnerAssessment a) {
        return a.fit().kinds().stream().filter(k -> k.kind() == FitKind.STRATEGIC).map(PartnerAssessment.FitKindResult::level)
                .findFirst().orElse(Level.UNKNOWN);
    }

    /** The order of a level as a tie-break (strategic fit, the weakest element): HIGH best, UNKNOWN between MODERATE and LOW (not bad, not good). */
    private static int levelRank(Level level) {
        return switch (level) {
            case HIGH -> 0;
            case MODERATE -> 1;
            case UNKNOWN -> 2;
            case LOW -> 3;
        };
    }
}
