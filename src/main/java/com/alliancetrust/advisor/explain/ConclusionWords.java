package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.CasePoint;
import com.alliancetrust.advisor.domain.ChecklistPick;
import com.alliancetrust.advisor.domain.Conclusion;
import com.alliancetrust.advisor.domain.ContractPosition;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.LegalBar;
import com.alliancetrust.advisor.domain.OpenFinding;
import com.alliancetrust.advisor.domain.OpenQuestion;
import com.alliancetrust.advisor.domain.OwnConductReading;
import com.alliancetrust.advisor.domain.RedFlag;
import com.alliancetrust.advisor.domain.RepairStep;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.LabelGroup;
import com.alliancetrust.advisor.knowledge.OurSideField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A conclusion as a step of an explanation says it, to a reader: where a conclusion names something by its id
 * (a red flag, a piece of advice, an item of evidence or of our own conduct), by the words the knowledge base
 * gives it; otherwise the conclusion's own statement. The first letter is a capital, as a line of its own.
 */
final class ConclusionWords {
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z])([A-Z])");

    private ConclusionWords() {
    }

    static String of(Conclusion conclusion, KnowledgeBase kb) {
        String words = named(conclusion, kb);
        if (words == null) words = conclusion.statement();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The words of a conclusion that names something by its id; null for any other. */
    private static String named(Conclusion conclusion, KnowledgeBase kb) {
        if (conclusion instanceof RedFlag f) {
            return "red flag, " + lower(f.severity().name()) + (f.alleged() ? " and alleged" : "") + ", on " + f.element().key() + ": "
                    + redFlag(f.id(), kb);
        }
        if (conclusion instanceof LegalBar b) return "legal bar: " + redFlag(b.flagId(), kb);
        if (conclusion instanceof OpenFinding o) {
            return "to resolve: " + kb.evidenceField(o.field()).map(EvidenceField::label).orElse(o.field()) + " (" + o.bearing().words() + ")";
        }
        if (conclusion instanceof OwnConductReading r) {
            return "our own conduct, " + lower(kb.ourSideField(r.field()).map(OurSideField::label).orElse(r.field())) + ": " + r.bearing();
        }
        if (conclusion instanceof Advice a && kb.advice().containsKey(a.id())) {
            return "advice: " + AdviceWording.fill(kb.adviceText(a.id()).title(), a.subject());
        }
        if (conclusion instanceof CasePoint p && kb.businessCase().containsKey(p.id())) return "business case: " + kb.casePoint(p.id()).statement();
        if (conclusion instanceof ChecklistPick p && kb.checklist().containsKey(p.itemId())) {
            return "checklist item, " + lower(p.priority().name()) + " priority: " + kb.checklist().get(p.itemId()).title();
        }
        if (conclusion instanceof ContractPosition p) {
            return "contract position: " + lower(kb.codeWords().of(p.position())) + (p.provisional() ? " (provisional)" : "");
        }
        if (conclusion instanceof Finding f) return finding(f, kb);
        if (conclusion instanceof OpenQuestion q && kb.questions().containsKey(q.question())) {
            return "still to ask" + (q.part() > 0 ? " (part " + q.part() + ")" : "") + ": " + kb.question(q.question()).text();
        }
        if (conclusion instanceof RepairStep s && kb.repairSteps().containsKey(s.id())) return "repair step: " + kb.repairStep(s.id()).title();
        return null;
    }

    /**
     * A finding of a breach diagnosis (what it is about in the labels' words, by part of the breach) or of an alliance's
     * health (by survey): "Warning signs missed (part 1): yes", "Stage at survey 3: knowledge-based".
     */
    private static String finding(Finding f, KnowledgeBase kb) {
        String diagnosis = words(kb, "finding", f.attribute());
        String value = words(kb, "findingValue", f.value());
        value = value != null ? value : lower(kb.codeWords().of(f.value()));
        if (diagnosis != null) return diagnosis + (f.part() > 0 ? " (part " + f.part() + ")" : "") + ": " + value;
        String about = kb.codeWords().of(CAMEL_CASE.matcher(f.attribute()).replaceAll(" $1"));
        return lower(about) + (f.part() > 0 ? " at survey " + f.part() : "") + ": " + value;
    }

    private static String words(KnowledgeBase kb, String group, String code) {
        LabelGroup labels = kb.labels().get(group);
        return labels == null ? null : labels.labels().get(code);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String redFlag(String id, KnowledgeBase kb) {
        var text = kb.redFlags().get(id);
        return text == null || text.title() == null ? id : text.title();
    }
}
