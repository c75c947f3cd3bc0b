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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The search for what would change a verdict as it was before it varied the power facts, kept word
 * for word as the oracle {@link WhatIfSearchTest} compares the current search with.
 *
 * <p>The original description follows.
 *
 * "What would change this verdict": re-runs the rules on changed evidence and keeps the smallest
 * changes that raise the verdict. Only decisive evidence is varied: the items the verdict rests on
 * and those of the elements its limits concern. Single changes are tried first, each item moving
 * one step at a time towards the favourable end (for an unknown item, starting from the least
 * favourable finding); a fit fact the verdict rests on is varied the same way. Only if no single
 * change helps are pairs of decisive evidence items tried.
 *
 * <p>When too little is known to decide, the question is instead which checks would allow a verdict:
 * see {@link #checksToDecide}.
 */
final class WhatIfSearchBefore implements PartnerAssessmentService.Search {
    static final int MAX_RESULTS = 8;

    private final KnowledgeBase kb;
    private final Function<SelectionInput, Verdict> verdictOf;

    WhatIfSearchBefore(KnowledgeBase kb, Function<SelectionInput, Verdict> verdictOf) {
        this.kb = kb;
        this.verdictOf = verdictOf;
    }

    /** @param decisive evidence keys that can lift the current verdict's limits */
    @Override
    public List<VerdictChange> search(SelectionInput input, Verdict current, Set<String> decisive,
                                      java.util.function.Predicate<SelectionInput> capped) {
        if (current == Verdict.PROCEED) return List.of();
        List<VerdictChange> found = new ArrayList<>();
        for (EvidenceField field : kb.evidence().values()) {
            if (!decisive.contains(field.key())) continue;
            Object from = input.evidence().get(field.key());
            for (Object to : candidates(field, from)) {
                Verdict v = verdictOf.apply(input.withEvidence(field.key(), to));
                if (current.isWorseThan(v)) {
                    found.add(change(List.of(change(field, from, to)), v));
                    break;
                }
            }
        }
        // A verdict held back by the partner's fit can be raised only by a better fit.
        for (DealField field : kb.dealFields(DealField.Section.FIT)) {
            if (!decisive.contains(field.key())) continue;
            Object from = input.deal().get(field.key());
            for (Object to : better(field.values().stream().map(DealField.Choice::value).toList(), from)) {
                Verdict v = verdictOf.apply(input.withDeal(field.key(), to));
                if (current.isWorseThan(v)) {
                    found.add(change(List.of(new EvidenceChange(field.key(), field.label(),
                            from == null ? SelectionInput.UNKNOWN : field.describe(from.toString()), field.describe(to.toString()))), v));
                    break;
                }
            }
        }
        if (found.isEmpty()) found.addAll(pairs(input, current, decisive));
        found.sort(Comparator.comparing(VerdictChange::verdict));
        return found.size() > MAX_RESULTS ? List.copyOf(found.subList(0, MAX_RESULTS)) : found;
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
            verdict = verdictOf.apply(changed);
        }
        if (verdict == Verdict.INSUFFICIENT_EVIDENCE) return Optional.empty();
        for (int i = chosen.size() - 1; i >= 0 && chosen.size() > 1; i--) {
            EvidenceField field = chosen.get(i);
            SelectionInput without = changed.withEvidence(field.key(), input.evidence().get(field.key()));
            Verdict v = verdictOf.apply(without);
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

    private List<VerdictChange> pairs(SelectionInput input, Verdict current, Set<String> decisive) {
        List<VerdictChange> found = new ArrayList<>();
        List<EvidenceField> fields = kb.evidence().values().stream().filter(f -> decisive.contains(f.key())).toList();
        for (int i = 0; i < fields.size(); i++) {
            EvidenceField a = fields.get(i);
            Object bestA = best(a, input.evidence().get(a.key()));
            if (bestA == null) continue;
            for (int j = i + 1; j < fields.size(); j++) {
                EvidenceField b = fields.get(j);
                Object bestB = best(b, input.evidence().get(b.key()));
                if (bestB == null) continue;
                Verdict v = verdictOf.apply(input.withEvidence(a.key(), bestA).withEvidence(b.key(), bestB));
                if (current.isWorseThan(v)) {
                    found.add(change(List.of(change(a, input.evidence().get(a.key()), bestA),
                            change(b, input.evidence().get(b.key()), bestB)), v));
                }
            }
        }
        return found;
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

    private static Object best(EvidenceField field, Object current) {
        List<Object> c = candidates(field, current);
        return c.isEmpty() ? null : c.get(c.size() - 1);
    }

    private EvidenceChange change(EvidenceField field, Object from, Object to) {
        return new EvidenceChange(field.key(), field.label(), from == null ? SelectionInput.UNKNOWN : field.describe(from.toString()),
                field.describe(to.toString()));
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
