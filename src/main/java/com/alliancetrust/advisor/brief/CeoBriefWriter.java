package com.alliancetrust.advisor.brief;

import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.domain.CasePoint;
import com.alliancetrust.advisor.domain.Level;
import com.alliancetrust.advisor.domain.PowerBalance;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.SummaryKind;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.Verdict;
import com.alliancetrust.advisor.explain.Action;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.explain.SummaryLine;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.knowledge.CasePointText;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.ElementDefinition;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.Source;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessment.RedFlagResult;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Words a partner assessment as the brief for the chief executive, addressed to them ("You are asked
 * to decide", "We recommend"). Built from the assessment's own results, not from its explanations'
 * shape: the reasons are the findings that limit or carry the verdict (red flags, the weakest trust
 * elements, fit and dependence that cap it, what is not yet established), the conditions the checks
 * that would allow a decision, what resolves each red flag and the safeguards recommended, each in
 * the words of the knowledge base. No codes: levels, verdicts and kinds are said in words.
 */
public final class CeoBriefWriter {
    static final int REASONS = 3;
    static final int CONDITIONS = 3;
    static final int UNKNOWNS = 4;
    static final int CHANGES = 2;
    static final int ALTERNATIVES = 2;
    static final int CASE_LINES = 4;
    private static final int LONG_CHANGE = 240;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The recommendation categories that are conditions on going ahead, the most binding first. */
    private static final List<String> CONDITION_CATEGORIES = List.of("SAFEGUARDS", "IF_THE_CEO_PROCEEDS", "KNOWLEDGE_PROTECTION", "CONTRACT",
            "DUE_DILIGENCE", "GOVERNANCE", "OUR_CONDUCT", "RELATIONSHIP");

    private CeoBriefWriter() {
    }

    /** The brief of {@code assessment}, made from {@code request} on {@code madeOn}. */
    public static CeoBrief write(PartnerAssessment assessment, PartnerAssessmentRequest request, KnowledgeBase kb, LocalDate madeOn) {
        Verdict verdict = assessment.verdict().value();
        RedFlagResult legalBar = assessment.redFlags().stream().filter(RedFlagResult::legalBar).findFirst().orElse(null);
        Set<String> sources = new LinkedHashSet<>();
        if (assessment.verdict().explanation() != null && assessment.verdict().explanation().sources() != null) {
            assessment.verdict().explanation().sources().forEach(s -> sources.add(s.id()));
        }
        List<String> reasons = reasons(assessment, kb, sources);
        List<String> conditions = conditions(assessment, legalBar, kb, sources);
        Unknowns unknowns = unknowns(assessment, kb, reasons);
        List<String> caseLines = businessCase(assessment, kb, sources);
        return new CeoBrief(assessment.partner(), DATE.format(madeOn), dealLine(request, kb), decision(assessment, request),
                capitalise(verdict.words()), recommendation(assessment, legalBar), confidence(assessment),
                CeoBrief.counted("Three reasons", reasons.size()), reasons, CeoBrief.counted(conditionsHeading(verdict, legalBar), conditions.size()), conditions,
                unknowns.shown, unknowns.more, alternatives(assessment, legalBar, kb, sources), whatWouldChange(assessment, legalBar),
                caseLines, "The business case", citations(sources, kb),
                "Prepared by the Alliance Trust Advisor, a rules-based assessment: every line above rests on the facts given, the rules that"
                        + " drew the conclusions and the research named here; the full report shows the chain for each.");
    }

    private static String decision(PartnerAssessment a, PartnerAssessmentRequest request) {
        Purpose purpose = request != null && request.alliance() != null ? request.alliance().purpose() : null;
        StringBuilder s = new StringBuilder("You are asked to decide whether to enter into ").append(purposeWords(purpose))
                .append(" with ").append(a.partner());
        Integer years = request != null && request.alliance() != null ? request.alliance().expectedDurationYears() : null;
        if (years != null && years > 0) s.append(years == 1 ? " for about a year" : " for about " + years + " years");
        if (s.charAt(s.length() - 1) != '.') s.append('.');
        PartnerAssessmentRequest.DecisionContext context = request == null ? null : request.context();
        if (context != null && context.alternativesConsidered() != null && context.alternativesConsidered() == 0) {
            s.append(" No other candidate has been assessed beside it.");
        }
        return s.toString();
    }

    private static String purposeWords(Purpose purpose) {
        if (purpose == null) return "a strategic alliance";
        return switch (purpose) {
            case JOINT_RND -> "a joint research and development alliance";
            case INNOVATION -> "an innovation alliance";
            case CO_MARKETING -> "a co-marketing alliance";
            case SUPPLY -> "a supply alliance";
            case DISTRIBUTION -> "a distribution alliance";
            case LICENSING -> "a licensing agreement";
            case JOINT_VENTURE -> "a joint venture";
            case OTHER -> "a strategic alliance";
        };
    }

    private static String dealLine(PartnerAssessmentRequest request, KnowledgeBase kb) {
        List<String> parts = new ArrayList<>();
        if (request != null && request.alliance() != null && request.alliance().purpose() != null) {
            parts.add(capitalise(purposeWords(request.alliance().purpose()).replaceFirst("^an? ", "")));
        }
        if (request != null && request.partner() != null) {
            String code = request.partner().country();
            if (code != null && kb.culture() != null) {
                CountryProfile country = kb.culture().countries().get(code.toUpperCase(Locale.ROOT));
                if (country != null && country.name() != null) parts.add(country.name());
            }
            if (request.partner().industry() != null && !request.partner().industry().isBlank()) parts.add(request.partner().industry());
        }
        return String.join(" · ", parts);
    }

    private static String recommendation(PartnerAssessment a, RedFlagResult legalBar) {
        String partner = a.partner();
        if (legalBar != null) {
            return "We recommend that you do not proceed: " + lowerFirst(legalBar.title()) + " makes dealing with " + partner
                    + " a legal prohibition, not a business judgement. The matter is for legal counsel.";
        }
        return switch (a.verdict().value()) {
            case PROCEED -> "We recommend that you go ahead with " + partner + ", under normal alliance governance.";
            case PROCEED_WITH_SAFEGUARDS -> "We recommend that you go ahead with " + partner + ", on the conditions below.";
            case INSUFFICIENT_EVIDENCE -> "We recommend that you do not decide yet: too little is known about " + partner
                    + " to decide either way. Nothing found so far rules it out; the checks below would allow a decision.";
            case RECONSIDER -> "We recommend that you do not commit to " + partner + " as things stand: reconsider, and go ahead only"
                    + " once the reasons below are resolved.";
            case DO_NOT_PROCEED -> "We recommend that you do not proceed with " + sentenceEnd(partner);
        };
    }

    private static String confidence(PartnerAssessment a) {
        PartnerAssessment.ConfidenceResult c = a.confidence();
        if (c == null) return "";
        return "Our confidence in this assessment is " + levelWords(c.level()) + ": " + c.known() + " of " + c.total()
                + " evidence items are known.";
    }

    /** A limit on the verdict, or a finding that carries it, and how far it limits it (worst first). */
    private record Reason(Verdict atBest, String kind, String text) {
    }

    private static List<String> reasons(PartnerAssessment a, KnowledgeBase kb, Set<String> sources) {
        List<Reason> found = new ArrayList<>();
        Verdict verdict = a.verdict().value();
        for (RedFlagResult flag : a.redFlags()) {
            if (flag.legalBar()) {
                found.add(new Reason(Verdict.DO_NOT_PROCEED, "flag", "Red flag: " + lowerFirst(flag.title()) + ", a legal bar. " + firstSentence(flag.resolvedBy())));
            } else if (flag.alleged()) {
                found.add(new Reason(Verdict.INSUFFICIENT_EVIDENCE, "alleged", "The red flag \u201c" + lowerFirst(flag.title()) + "\u201d stands as an"
                        + " allegation, not established: it holds the decision back until it is verified, and is not held against the partner meanwhile."));
            } else {
                found.add(new Reason(flag.allows(), "flag", "The red flag \u201c" + lowerFirst(flag.title()) + "\u201d stands: until it is"
                        + " resolved, the answer can be no better than \u201c" + flag.allows().words() + "\u201d."));
            }
        }
        for (PartnerAssessment.ElementResult element : a.profile()) {
            String name = elementName(element.element(), kb);
            if (element.level() == Level.LOW || element.level() == Level.MODERATE) {
                String against = against(a, element.element());
                found.add(new Reason(element.level() == Level.LOW ? Verdict.RECONSIDER : Verdict.PROCEED_WITH_SAFEGUARDS, "element",
                        name + " is " + levelWords(element.level()) + (against.isEmpty() ? "." : ": " + against + ".")));
                addSources(sources, kb.elements().get(element.element()));
            } else if (element.level() == Level.UNKNOWN && (element.element() == TrustElement.INTEGRITY || element.element() == TrustElement.COMPETENCE)
                    && verdict == Verdict.INSUFFICIENT_EVIDENCE) {
                found.add(new Reason(Verdict.INSUFFICIENT_EVIDENCE, "element", name + " is not established: nothing checked has yet come back in its favour."));
            }
        }
        if (a.fit() != null) {
            for (PartnerAssessment.FitKindResult kind : a.fit().kinds()) {
                if (kind.level() != Level.LOW) continue;
                Verdict cap = switch (kind.kind()) {
                    case STRATEGIC, GOALS -> Verdict.RECONSIDER;
                    case ORGANISATIONAL -> Verdict.PROCEED_WITH_SAFEGUARDS;
                    case CULTURAL -> Verdict.PROCEED;
                };
                String facts = kind.evidence() == null ? "" : kind.evidence().stream().limit(2)
                        .map(f -> lowerFirst(f.label()) + " " + quote(f.valueLabel())).reduce((x, y) -> x + ", " + y).orElse("");
                found.add(new Reason(cap, "fit", capitalise(kind.name()) + " is low" + (facts.isEmpty() ? "." : ": " + facts + ".")));
            }
        }
        if (a.power() != null && a.power().strong()) {
            found.add(new Reason(Verdict.PROCEED_WITH_SAFEGUARDS, "power", capitalise(a.power().statement())));
        }
        if (verdict == Verdict.INSUFFICIENT_EVIDENCE && a.confidence() != null) {
            found.add(new Reason(Verdict.INSUFFICIENT_EVIDENCE, "evidence", "Only " + a.confidence().known() + " of " + a.confidence().total()
                    + " evidence items are known: too few to carry a decision."));
        }
        if (a.ourSide() != null && a.ourSide().level() == Level.HIGH) {
            found.add(new Reason(Verdict.PROCEED_WITH_SAFEGUARDS, "ours", firstSentence(a.ourSide().statement())));
        }
        // The limits that say no outright: two serious integrity red flags, or two trust elements low.
        List<RedFlagResult> seriousIntegrity = a.redFlags().stream().filter(f -> !f.alleged() && !f.legalBar()
                && f.element() == TrustElement.INTEGRITY && f.severity() == com.alliancetrust.advisor.domain.Severity.SERIOUS).toList();
        if (seriousIntegrity.size() >= 2) {
            found.add(new Reason(Verdict.DO_NOT_PROCEED, "together", "Two serious integrity red flags are established"
                    + (seriousIntegrity.size() > 2 ? ", " + seriousIntegrity.size() + " in all: " : ": ")
                    + seriousIntegrity.stream().map(f -> lowerFirst(f.title())).reduce((x, y) -> x + ", " + y).orElse("")
                    + ". Together they rule the partner out."));
        }
        List<String> low = a.profile().stream().filter(p -> p.level() == Level.LOW).map(p -> elementName(p.element(), kb).toLowerCase(Locale.ROOT)).toList();
        if (low.size() >= 2) {
            String named = String.join(", ", low.subList(0, low.size() - 1)) + " and " + low.get(low.size() - 1);
            found.add(new Reason(Verdict.DO_NOT_PROCEED, "together", "Two trust elements are low" + (low.size() > 2 ? ", " + low.size() + " in all: " : ": ")
                    + named + ". Together they rule the partner out."));
        }
        found.sort(Comparator.comparing((Reason r) -> r.atBest().ordinal()).reversed());
        // First the reasons the result's summary gives, the verdict's own limits as the rules worded them (in the fuller words
        // above where there are some), so the brief and the result say the same; then the worst other limits, one of each kind
        // before a second of any kind, so the three reasons are three different ones.
        List<String> reasons = new ArrayList<>();
        Set<String> kinds = new java.util.HashSet<>();
        for (SummaryLine line : a.summary()) {
            if (line.kind() != SummaryKind.REASON || reasons.size() >= REASONS) continue;
            Reason fuller = found.stream().filter(r -> plain(r.text()).startsWith(plain(subject(line.text())))).findFirst().orElse(null);
            if (fuller != null) kinds.add(fuller.kind());
            String text = fuller == null ? line.text() : fuller.text();
            if (!reasons.contains(text)) reasons.add(text);
        }
        for (Reason r : found) {
            if (reasons.size() < REASONS && kinds.add(r.kind()) && !reasons.contains(r.text())) reasons.add(r.text());
        }
        for (Reason r : found) {
            if (reasons.size() < REASONS && !reasons.contains(r.text())) reasons.add(r.text());
        }
        if (reasons.size() < REASONS && verdict.letsTheDealGoAhead()) {
            // What carries a go-ahead: the elements found high, on the evidence in their favour.
            for (PartnerAssessment.ElementResult element : a.profile()) {
                if (reasons.size() >= REASONS) break;
                if (element.level() != Level.HIGH) continue;
                String support = element.evidence() == null ? "" : element.evidence().stream().limit(2)
                        .map(f -> lowerFirst(f.label()) + " " + quote(f.valueLabel())).reduce((x, y) -> x + ", " + y).orElse("");
                reasons.add(elementName(element.element(), kb) + " is high" + (support.isEmpty() ? "." : ": " + support + "."));
                addSources(sources, kb.elements().get(element.element()));
            }
        }
        return reasons;
    }

    /** What a reason is about: its words before any colon ("integrity is low" of "Integrity is low: ..."). */
    static String subject(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    /** A reason's words, without their typesetting: lower case, straight quotes, no closing full stop. */
    static String plain(String text) {
        String s = text.replace('\u201c', '"').replace('\u201d', '"').toLowerCase(Locale.ROOT).strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The findings that weighed against an element, in words ("negotiation “one-sided: takes without giving”"). */
    private static String against(PartnerAssessment a, TrustElement element) {
        return a.findings().stream()
                .filter(f -> f.element() == element && f.bearing() != null && f.bearing().isAdverse())
                .sorted(Comparator.comparing(PartnerAssessment.FindingResult::bearing))
                .limit(2)
                .map(f -> lowerFirst(f.label()) + " " + quote(f.valueLabel()))
                .reduce((x, y) -> x + "; " + y).orElse("");
    }

    private static String conditionsHeading(Verdict verdict, RedFlagResult legalBar) {
        if (legalBar != null) return "What to do now";
        return switch (verdict) {
            case PROCEED, PROCEED_WITH_SAFEGUARDS -> "Three conditions";
            case INSUFFICIENT_EVIDENCE -> "Three checks before you decide";
            case RECONSIDER, DO_NOT_PROCEED -> "What must hold before you could go ahead";
        };
    }

    private static List<String> conditions(PartnerAssessment a, RedFlagResult legalBar, KnowledgeBase kb, Set<String> sources) {
        List<String> conditions = new ArrayList<>();
        if (legalBar != null) {
            a.recommendations().stream().filter(r -> r.priority() == Priority.CRITICAL).findFirst()
                    .ifPresent(r -> conditions.add(firstSentence(r.text())));
            conditions.add("Do not look for a way round it: no safeguard, contract or structure makes this deal advisable.");
            return conditions;
        }
        if (a.verdict().value() == Verdict.INSUFFICIENT_EVIDENCE) {
            // The required screening first, then integrity, then the rest: the order in which a decision needs them.
            List<Action> checks = a.verdict().checksToDecide().stream()
                    .sorted(Comparator.comparing((Action c) -> c.field() != null && c.field().endsWith("sanctionsScreening") ? 0
                            : c.field() != null && c.field().startsWith("integrity.") ? 1 : 2))
                    .toList();
            for (Action check : checks) {
                if (conditions.size() >= CONDITIONS) break;
                conditions.add(check.action());
            }
        }
        for (RedFlagResult flag : a.redFlags()) {
            if (conditions.size() >= CONDITIONS) break;
            if (flag.resolvedBy() != null) conditions.add(firstSentence(flag.resolvedBy()));
        }
        List<Recommendation> candidates = a.recommendations().stream()
                .filter(r -> CONDITION_CATEGORIES.contains(r.category()))
                .filter(r -> r.priority() != Priority.LOW)
                .sorted(Comparator.comparing(Recommendation::priority)
                        .thenComparing(r -> CONDITION_CATEGORIES.indexOf(r.category())))
                .toList();
        for (Recommendation r : candidates) {
            if (conditions.size() >= CONDITIONS) break;
            String title = forTheReader(r.title());
            if (title == null) continue;
            title = sentenceEnd(title);
            if (conditions.contains(title)) continue;
            conditions.add(title);
            AdviceText text = kb.advice().get(r.id());
            if (text != null && text.sources() != null) sources.addAll(text.sources());
        }
        return conditions;
    }

    /**
     * A recommendation's title as said to the chief executive ("If you go ahead, ..."), or null when it
     * is about briefing them rather than a condition they can hold to.
     */
    static String forTheReader(String title) {
        if (title == null) return null;
        String said = title.replace("If the CEO goes ahead", "If you go ahead").replace("if the CEO goes ahead", "if you go ahead");
        if (said.contains("CEO") || said.toLowerCase(Locale.ROOT).contains("chief executive")) return null;
        return said;
    }

    private record Unknowns(List<String> shown, int more) {
    }

    /** The most important unknowns first: what is alleged or to verify, then trust elements, then fit and dependence. */
    private static Unknowns unknowns(PartnerAssessment a, KnowledgeBase kb, List<String> reasons) {
        List<String> all = new ArrayList<>();
        for (RedFlagResult flag : a.redFlags()) {
            if (flag.alleged()) all.add(capitalise(flag.title()) + ": alleged, still to verify.");
        }
        Set<String> flagged = new java.util.HashSet<>();
        for (RedFlagResult flag : a.redFlags()) {
            if (flag.alleged() && flag.explanation() != null && flag.explanation().facts() != null) {
                flag.explanation().facts().forEach(f -> flagged.add(f.field()));
            }
        }
        for (PartnerAssessment.FindingResult finding : a.findings()) {
            if (finding.bearing() == Bearing.UNVERIFIED && !flagged.contains(finding.field())) {
                all.add(capitalise(finding.label()) + ": " + finding.valueLabel() + ", still to verify.");
            }
        }
        List<TrustElement> order = List.of(TrustElement.INTEGRITY, TrustElement.COMPETENCE, TrustElement.BENEVOLENCE, TrustElement.PREDICTABILITY);
        for (TrustElement element : order) {
            // An element a reason already says is not established is not said twice.
            boolean inReasons = reasons.stream().anyMatch(r -> r.startsWith(elementName(element, kb) + " is not established"));
            a.profile().stream().filter(p -> p.element() == element && p.level() == Level.UNKNOWN && !inReasons).findFirst()
                    .ifPresent(p -> all.add(elementName(element, kb) + ": not established by anything checked so far."));
        }
        if (a.fit() != null) {
            for (PartnerAssessment.FitKindResult kind : a.fit().kinds()) {
                if (kind.level() == Level.UNKNOWN) {
                    all.add(capitalise(kind.name()) + ": not yet assessed" + (kind.kind() == com.alliancetrust.advisor.domain.FitKind.STRATEGIC
                            ? " (whether the partner brings what the alliance needs)." : "."));
                }
            }
        }
        if (a.power() != null && a.power().balance() == PowerBalance.Balance.NOT_ESTABLISHED) {
            all.add("Who depends more on whom: not yet established.");
        }
        List<String> shown = all.stream().distinct().limit(UNKNOWNS).toList();
        return new Unknowns(shown, (int) all.stream().distinct().count() - shown.size());
    }

    private static List<String> alternatives(PartnerAssessment a, RedFlagResult legalBar, KnowledgeBase kb, Set<String> sources) {
        List<String> lines = new ArrayList<>();
        if (a.businessCase() != null && a.businessCase().points() != null) {
            for (PartnerAssessment.CasePointResult point : a.businessCase().points()) {
                if (point.section() == CasePoint.Section.ALTERNATIVES && lines.size() < ALTERNATIVES) {
                    lines.add(point.statement());
                    addCaseSources(sources, kb, point.id());
                }
            }
        }
        if (lines.isEmpty()) {
            a.recommendations().stream().filter(r -> r.id() != null && r.id().contains("alternatives")).map(Recommendation::title)
                    .map(CeoBriefWriter::forTheReader).filter(Objects::nonNull).map(CeoBriefWriter::sentenceEnd).findFirst().ifPresent(lines::add);
        }
        if (lines.isEmpty()) {
            lines.add(legalBar != null ? "Another partner: this one cannot be dealt with while the legal bar stands."
                    : "Other candidates, assessed on the same evidence and compared side by side with this one.");
        }
        return lines;
    }

    private static List<String> whatWouldChange(PartnerAssessment a, RedFlagResult legalBar) {
        List<String> lines = new ArrayList<>();
        if (legalBar != null) {
            // Under a legal bar no change of evidence is advice: only what lifts the bar is.
            return List.of(legalBar.resolvedBy() != null ? legalBar.resolvedBy()
                    : "Only a finding by counsel that the bar does not apply to this partner.");
        }
        if (a.whatWouldChange() != null) {
            for (PartnerAssessment.VerdictChange change : a.whatWouldChange()) {
                if (lines.size() >= CHANGES) break;
                if (change.statement() != null && change.statement().length() <= LONG_CHANGE) {
                    lines.add(change.statement().replace("the verdict would be", "our answer would be"));
                } else if (change.changes() != null && !change.changes().isEmpty()) {
                    String labels = change.changes().stream().map(c -> lowerFirst(c.label())).reduce((x, y) -> x + ", " + y).orElse("");
                    lines.add("If the " + change.changes().size() + " checks on " + labels + " came back favourable, our answer would be \u201c"
                            + change.verdict().words() + "\u201d.");
                }
            }
        }
        if (lines.isEmpty()) {
            if (a.verdict().value() == Verdict.PROCEED) {
                lines.add("A red flag found later, or evidence that lowers a trust element; a re-run of the assessment then says what changed and why.");
            } else {
                lines.add("No single change found raises the answer; several of the reasons above would have to be resolved together.");
            }
        }
        return lines;
    }

    private static List<String> businessCase(PartnerAssessment a, KnowledgeBase kb, Set<String> sources) {
        PartnerAssessment.BusinessCase bc = a.businessCase();
        if (bc == null || bc.points() == null || bc.points().isEmpty()) return List.of();
        List<CasePoint.Section> order = "MADE".equals(bc.status())
                ? List.of(CasePoint.Section.OUTCOMES_AS_THINGS_STAND, CasePoint.Section.WIN_WIN_TERMS, CasePoint.Section.VALUE_OF_TRUST)
                : List.of(CasePoint.Section.CANNOT_BE_MADE_YET);
        List<String> lines = new ArrayList<>();
        for (CasePoint.Section section : order) {
            for (PartnerAssessment.CasePointResult point : bc.points()) {
                if (point.section() != section || lines.size() >= CASE_LINES) continue;
                // What trust is worth in general is for the full report; here only what it means for this deal.
                if (section == CasePoint.Section.VALUE_OF_TRUST && !"deficit-costs".equals(point.id())) continue;
                lines.add(point.statement());
                addCaseSources(sources, kb, point.id());
            }
        }
        return lines;
    }

    private static void addCaseSources(Set<String> sources, KnowledgeBase kb, String id) {
        CasePointText text = kb.businessCase().get(id);
        if (text != null && text.sources() != null) sources.addAll(text.sources());
    }

    private static void addSources(Set<String> sources, ElementDefinition element) {
        if (element != null && element.sources() != null) sources.addAll(element.sources());
    }

    /** The research named briefly ("Mayer, Davis & Schoorman 1995"), the team's own judgement left out. */
    private static List<String> citations(Set<String> ids, KnowledgeBase kb) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Source source = kb.bibliography().get(id);
            if (source == null || "team-judgement".equals(id)) continue;
            String cited = source.inText();
            if (!out.contains(cited)) out.add(cited);
        }
        return out;
    }

    private static String elementName(TrustElement element, KnowledgeBase kb) {
        ElementDefinition definition = kb.elements().get(element);
        return definition != null && definition.name() != null ? definition.name() : capitalise(element.key());
    }

    static String levelWords(Level level) {
        return switch (level) {
            case LOW -> "low";
            case MODERATE -> "moderate";
            case HIGH -> "high";
            case UNKNOWN -> "not established";
        };
    }

    private static String quote(String text) {
        return text == null ? "" : "\u201c" + text + "\u201d";
    }

    /** The name and a full stop, not two ("Co., Ltd."). */
    private static String sentenceEnd(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    static String firstSentence(String text) {
        if (text == null) return "";
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    static String capitalise(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        if (text == null || text.length() < 2) return text == null ? "" : text;
        // Keep acronyms and names as they are ("IP", "EU").
        if (Character.isUpperCase(text.charAt(1))) return text;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
