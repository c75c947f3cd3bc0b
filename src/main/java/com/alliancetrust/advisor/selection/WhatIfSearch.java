package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.selection.PartnerAssessment.EvidenceChange;
import com.alliancetrust.advisor.selection.PartnerAssessment.VerdictChange;
import com.alliancetrust.advisor.domain.TrustElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * "What would change this verdict": re-runs the rules on changed evidence and keeps the smallest
 * changes that raise the verdict. Only decisive evidence is varied: the items the verdict rests on
 * and those of the elements its limits concern, and the fit facts the verdict rests on. Single
 * changes are tried first, each item or fit fact moving one step at a time towards the favourable
 * end (for an unknown item, starting from the least favourable finding). A less favourable finding
 * never gives a better verdict than a more favourable one (the property tests hold the rules to
 * that), so a choice is stepped through only if its most favourable finding, tried first, raises
 * the verdict at all.
 *
 * <p>Only if no single change helps are pairs of decisive evidence items tried, and for the same
 * reason by groups: a group of items all at their most favourable is tried first, and only a group
 * that raises the verdict is split and its halves tried, down to the pairs. When even all of them
 * together leave the verdict where it is, that one run is all the pairs take.
 *
 * <p>A power fact the verdict rests on (how much each side depends on the other) is varied too, each
 * other value nearest first, and what raises the verdict is listed beside the changes in evidence and fit.
 *
 * <p>Within one search each changed set of facts is evaluated once, all of them in one session that
 * changes only the facts that differ (see {@link SearchVerdicts}). A change that leaves standing one
 * of the limits that set the verdict (a red flag whose finding it does not touch) cannot raise it and
 * is not run at all (see {@link StandingLimits}).
 *
 * <p>When too little is known to decide, the question is instead which checks would allow a verdict:
 * see {@link #checksToDecide}.
 */
final class WhatIfSearch implements PartnerAssessmentService.Search {
    static final int MAX_RESULTS = 8;

    private final KnowledgeBase kb;
    private final Function<SelectionInput, Verdict> rules;
    private final Map<SelectionInput, Verdict> evaluated = new java.util.HashMap<>();
    /** Whether a limit that sets the verdict searched from certainly still stands on changed facts. */
    private Predicate<SelectionInput> capped = changed -> false;

    WhatIfSearch(KnowledgeBase kb, Function<SelectionInput, Verdict> verdictOf) {
        this.kb = kb;
        this.rules = verdictOf;
    }

    /** The verdict on these facts, from the rules once per search. */
    private Verdict verdictOf(SelectionInput changed) {
        return evaluated.computeIfAbsent(changed, rules);
    }

    /** The verdict on changed facts if it is better than {@code current}; none, without running the rules, while a limit that sets it certainly stands. */
    private Optional<Verdict> better(SelectionInput changed, Verdict current) {
        if (!evaluated.containsKey(changed) && capped.test(changed)) return Optional.empty();
        Verdict v = verdictOf(changed);
        return current.isWorseThan(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * @param decisive evidence keys that can lift the current verdict's limits
     * @param capped whether a limit that sets the current verdict certainly still stands on changed facts
     */
    @Override
    public List<VerdictChange> search(SelectionInput input, Verdict current, Set<String> decisive, Predicate<SelectionInput> capped) {
        if (current == Verdict.PROCEED) return List.of();
        this.capped = capped;
        List<Lever> evidence = kb.evidence().values().stream().filter(f -> decisive.contains(f.key()))
                .map(f -> Lever.of(f, input)).flatMap(Optional::stream).toList();
        // A verdict held back by the partner's fit can be raised only by a better fit.
        List<Lever> levers = new ArrayList<>(evidence);
        kb.dealFields(DealField.Section.FIT).stream().filter(f -> decisive.contains(f.key()))
                .map(f -> Lever.of(f, input)).flatMap(Optional::stream).forEach(levers::add);
        List<VerdictChange> found = new ArrayList<>();
        for (Lever lever : levers) {
            // A choice is stepped through only if its most favourable finding raises the verdict at all.
            if (lever.isChoice() && !raisesAtBest(input, current, List.of(lever))) continue;
            nearestRaising(input, current, lever).ifPresent(found::add);
        }
        if (found.isEmpty()) found.addAll(pairs(input, current, evidence));
        found.sort(Comparator.comparing(VerdictChange::verdict));
        if (found.size() > MAX_RESULTS) found = new ArrayList<>(found.subList(0, MAX_RESULTS));
        // A verdict held back by how much we depend on the partner is raised by a change in that dependence.
        List<VerdictChange> power = power(input, current, decisive);
        if (power.isEmpty()) return found;
        found.addAll(power);
        found.sort(Comparator.comparing(VerdictChange::verdict));
        return found.size() > MAX_RESULTS ? List.copyOf(found.subList(0, MAX_RESULTS)) : found;
    }

    /**
     * A decisive evidence item or fit fact that could be better, with the values to try, nearest
     * first and the most favourable last (fit values are listed most favourable first, as choices are).
     */
    private record Lever(EvidenceField evidence, DealField fit, Object from, List<Object> tries) {
        static Optional<Lever> of(EvidenceField field, SelectionInput input) {
            Object from = input.evidence().get(field.key());
            return lever(new Lever(field, null, from, candidates(field, from)));
        }

        static Optional<Lever> of(DealField field, SelectionInput input) {
            Object from = input.deal().get(field.key());
            return lever(new Lever(null, field, from, better(field.values().stream().map(DealField.Choice::value).toList(), from)));
        }

        private static Optional<Lever> lever(Lever lever) {
            return lever.tries.isEmpty() ? Optional.empty() : Optional.of(lever);
        }

        boolean isChoice() {
            return evidence != null && evidence.type() == EvidenceField.Type.CHOICE;
        }

        Object best() {
            return tries.get(tries.size() - 1);
        }

        SelectionInput to(SelectionInput input, Object value) {
            return fit == null ? input.withEvidence(evidence.key(), value) : input.withDeal(fit.key(), value);
        }

        EvidenceChange change(Object to) {
            return fit == null ? WhatIfSearch.change(evidence, from, to) : WhatIfSearch.change(fit, from, to);
        }
    }

    /** The change of a lever to its nearest value that raises the verdict, if any does. */
    private Optional<VerdictChange> nearestRaising(SelectionInput input, Verdict current, Lever lever) {
        for (Object to : lever.tries()) {
            Optional<Verdict> v = better(lever.to(input, to), current);
            if (v.isPresent()) return Optional.of(change(List.of(lever.change(to)), v.get()));
        }
        return Optional.empty();
    }

    /** For each power fact the verdict rests on, the nearest other value that raises it, if any. */
    private List<VerdictChange> power(SelectionInput input, Verdict current, Set<String> decisive) {
        List<VerdictChange> found = new ArrayList<>();
        for (DealField field : kb.dealFields(DealField.Section.POWER)) {
            if (!decisive.contains(field.key())) continue;
            Object from = input.deal().get(field.key());
            for (Object to : nearestFirst(field.values().stream().map(DealField.Choice::value).toList(), from)) {
                Optional<Verdict> v = better(input.withDeal(field.key(), to), current);
                if (v.isPresent()) {
                    found.add(change(List.of(change(field, from, to)), v.get()));
                    break;
                }
            }
        }
        return found;
    }

    /** Every value but {@code current}, nearest to it in the listed order first (for an unknown value, in the listed order). */
    static List<Object> nearestFirst(List<String> values, Object current) {
        int at = current == null ? -1 : values.indexOf(current.toString());
        List<Object> nearest = new ArrayList<>();
        if (at < 0) {
            nearest.addAll(values);
            return nearest;
        }
        for (int distance = 1; distance < values.size(); distance++) {
            if (at - distance >= 0) nearest.add(values.get(at - distance));
            if (at + distance < values.size()) nearest.add(values.get(at + distance));
        }
        return nearest;
    }

    /**
     * The fewest checks found that would allow a verdict when too little is known: items still to
     * verify first, then the checks no go-ahead can do without, then one check for each of integrity
     * and competence while either is unknown, then the checks that add most to confidence. They are
     * added one at a time, each as if it came back favourable, until a verdict is reached; then any
     * check the verdict turns out not to need is left out again.
     */
    @Override
    public Optional<VerdictChange> checksToDecide(SelectionInput input, Set<String> toVerify) {
        List<EvidenceField> order = checkOrder(input, toVerify);
        List<EvidenceField> chosen = new ArrayList<>();
        SelectionInput changed = input;
        Verdict verdict = Verdict.INSUFFICIENT_EVIDENCE;
        for (EvidenceField field : order) {
            if (verdict != Verdict.INSUFFICIENT_EVIDENCE) break;
            chosen.add(field);
            changed = changed.withEvidence(field.key(), mostFavourable(field));
            verdict = verdictOf(changed);
        }
        if (verdict == Verdict.INSUFFICIENT_EVIDENCE) return Optional.empty();
        for (int i = chosen.size() - 1; i >= 0 && chosen.size() > 1; i--) {
            EvidenceField field = chosen.get(i);
            SelectionInput without = changed.withEvidence(field.key(), input.evidence().get(field.key()));
            Verdict v = verdictOf(without);
            if (v != Verdict.INSUFFICIENT_EVIDENCE) {
                chosen.remove(i);
                changed = without;
                verdict = v;
            }
        }
        List<EvidenceChange> changes = kb.evidence().values().stream().filter(chosen::contains)
                .map(f -> change(f, input.evidence().get(f.key()), mostFavourable(f))).toList();
        return Optional.of(change(changes, verdict));
    }

    private List<EvidenceField> checkOrder(SelectionInput input, Set<String> toVerify) {
        Map<TrustElement, Integer> weights = kb.selectionPolicy().confidenceWeights().value();
        List<String> required = kb.selectionPolicy().requiredForGoAhead().value();
        List<EvidenceField> unknown = kb.evidence().values().stream().filter(f -> !input.evidence().containsKey(f.key())).toList();
        Set<EvidenceField> order = new LinkedHashSet<>();
        kb.evidence().values().stream().filter(f -> toVerify.contains(f.key())).forEach(order::add);
        unknown.stream().filter(f -> required.contains(f.key())).forEach(order::add);
        for (TrustElement gate : List.of(TrustElement.INTEGRITY, TrustElement.COMPETENCE)) {
            boolean known = input.evidence().keySet().stream().anyMatch(k -> k.startsWith(gate.key() + "."));
            if (!known) unknown.stream().filter(f -> f.element() == gate).findFirst().ifPresent(order::add);
        }
        unknown.stream().sorted(Comparator.comparingDouble((EvidenceField f) ->
                        -weights.getOrDefault(f.element(), 0) / (double) kb.evidenceFor(f.element()).size()))
                .forEach(order::add);
        return List.copyOf(order);
    }

    private static Object mostFavourable(EvidenceField field) {
        return field.type() == EvidenceField.Type.NUMBER ? field.whatIf().get(field.whatIf().size() - 1) : field.values().get(0).value();
    }

    /**
     * The pairs of evidence items that, both at their most favourable, raise the verdict, in catalogue
     * order. As for single changes, a group is tried all at its most favourable first, and only a
     * group that raises the verdict is split: no pair within a group that leaves it where it is can raise it.
     */
    private List<VerdictChange> pairs(SelectionInput input, Verdict current, List<Lever> levers) {
        Set<List<Lever>> raising = new HashSet<>();
        pairsWithin(input, current, levers, raising);
        List<VerdictChange> found = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            for (int j = i + 1; j < levers.size(); j++) {
                List<Lever> pair = List.of(levers.get(i), levers.get(j));
                if (raising.contains(pair)) {
                    found.add(change(pair.stream().map(l -> l.change(l.best())).toList(), verdictOf(atBest(input, pair))));
                }
            }
        }
        return found;
    }

    /** Adds to {@code raising} the pairs within {@code group} (in its order) that raise the verdict. */
    private void pairsWithin(SelectionInput input, Verdict current, List<Lever> group, Set<List<Lever>> raising) {
        if (group.size() < 2 || !raisesAtBest(input, current, group)) return;
        int half = group.size() / 2;
        pairsWithin(input, current, group.subList(0, half), raising);
        pairsWithin(input, current, group.subList(half, group.size()), raising);
        pairsAcross(input, current, group.subList(0, half), group.subList(half, group.size()), raising);
    }

    /** Adds to {@code raising} the pairs of a lever of {@code first} and one of {@code second} that raise the verdict. */
    private void pairsAcross(SelectionInput input, Verdict current, List<Lever> first, List<Lever> second, Set<List<Lever>> raising) {
        List<Lever> both = new ArrayList<>(first);
        both.addAll(second);
        if (!raisesAtBest(input, current, both)) return;
        if (both.size() == 2) {
            raising.add(both);
        } else if (first.size() >= second.size()) {
            int half = first.size() / 2;
            pairsAcross(input, current, first.subList(0, half), second, raising);
            pairsAcross(input, current, first.subList(half, first.size()), second, raising);
        } else {
            int half = second.size() / 2;
            pairsAcross(input, current, first, second.subList(0, half), raising);
            pairsAcross(input, current, first, second.subList(half, second.size()), raising);
        }
    }

    private boolean raisesAtBest(SelectionInput input, Verdict current, List<Lever> levers) {
        return better(atBest(input, levers), current).isPresent();
    }

    /** The facts with each of these levers at its most favourable value. */
    private static SelectionInput atBest(SelectionInput input, List<Lever> levers) {
        SelectionInput best = input;
        for (Lever lever : levers) best = lever.to(best, lever.best());
        return best;
    }

    /** Values to try, nearest first: one step better at a time, or from the worst up when unknown. */
    static List<Object> candidates(EvidenceField field, Object current) {
        List<Object> values = new ArrayList<>();
        if (field.type() == EvidenceField.Type.NUMBER) {
            field.whatIf().stream().filter(n -> current == null || n > (Integer) current).forEach(values::add);
            return values;
        }
        return better(field.values().stream().map(EvidenceField.Choice::value).toList(), current);
    }

    /** Of values listed best first, those better than {@code current}, nearest first (all, worst first, when it is unknown). */
    private static List<Object> better(List<String> bestFirst, Object current) {
        List<Object> values = new ArrayList<>();
        int from = current == null ? bestFirst.size() : bestFirst.indexOf(current);
        for (int i = from - 1; i >= 0; i--) values.add(bestFirst.get(i));
        return values;
    }

    private static EvidenceChange change(EvidenceField field, Object from, Object to) {
        return change(field.key(), field.label(), field::describe, from, to);
    }

    private static EvidenceChange change(DealField field, Object from, Object to) {
        return change(field.key(), field.label(), field::describe, from, to);
    }

    /** A change of one item or deal fact, each value in its catalogue's words (an item not known before is "not known"). */
    private static EvidenceChange change(String key, String label, Function<String, String> words, Object from, Object to) {
        return new EvidenceChange(key, label, from == null ? SelectionInput.UNKNOWN : words.apply(from.toString()), words.apply(to.toString()));
    }

    private static VerdictChange change(List<EvidenceChange> changes, Verdict verdict) {
        List<String> parts = changes.stream().map(c -> SelectionInput.UNKNOWN.equals(c.from())
                ? "due diligence established " + lower(c.label()) + " as \"" + c.to() + "\""
                : lower(c.label()) + " were \"" + c.to() + "\" instead of \"" + c.from() + "\"").toList();
        return new VerdictChange(changes, verdict, "If " + String.join(", and ", parts) + ", the verdict would be \"" + verdict.words() + "\".");
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
