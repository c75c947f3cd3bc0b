package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.FitKind;
import com.alliancetrust.advisor.domain.FitValue;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.OurConduct;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.DealField;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.knowledge.SelectionFacts;
import com.alliancetrust.advisor.domain.AlliancePlan;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest.DecisionContext;
import com.alliancetrust.advisor.domain.Partner;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated assessment request: the evidence checked against the knowledge base's catalogue and
 * reduced to {@code element.field -> value}, and the facts about the deal (partner fit, power and
 * dependence) to {@code fit.field -> value} and {@code power.field -> value}, with the size of the
 * cultural distance when the two countries were compared ({@code culture.largeGaps}); ready to
 * become the facts the rules reason over.
 */
public record SelectionInput(Partner partner, AlliancePlan alliance, DecisionContext context,
                             Map<String, Object> evidence, Map<String, Object> deal) {

    /** An input with trust evidence only: nothing known about fit or dependence. */
    public SelectionInput(Partner partner, AlliancePlan alliance, DecisionContext context, Map<String, Object> evidence) {
        this(partner, alliance, context, evidence, Map.of());
    }

    public static final String UNKNOWN = "UNKNOWN";

    /** Labels of the non-evidence inputs, for explanations. */
    /** The facts about the deal and the decision this capability gives its rules (the evidence fields come from the knowledge base). */
    public static final List<FactType> CONTEXT_FACTS = List.of(
            FactType.choice("alliance.purpose", "Alliance purpose", Purpose.class),
            FactType.text("alliance.scopeDomain", "Domain in the alliance's scope"),
            FactType.choice("alliance.ipSensitivity", "Sensitivity of the IP involved", IpSensitivity.class),
            FactType.number("alliance.expectedDurationYears", "Expected duration (years)"),
            FactType.yesNo("alliance.virtual", "Virtual alliance"),
            FactType.number("alliance.priorAlliances", "Prior alliances with this partner"),
            FactType.yesNo("alliance.crossBorder", "Cross-border deal (our country and the partner's differ)"),
            FactType.yesNo("alliance.governmentFacing", "Work that deals with public officials"),
            FactType.yesNo("alliance.intermediaries", "Agents, consultants or introducers act for either side"),
            FactType.choice("partner.corruptionRisk", "Perceived corruption risk of the partner's country", CountryRisk.Band.class),
            FactType.choice("context.ceoCommitment", "How set the CEO is on this partner", PartnerAssessmentRequest.CeoCommitment.class),
            FactType.choice("context.timePressure", "Time pressure on the decision", PartnerAssessmentRequest.TimePressure.class),
            FactType.number("context.alternativesConsidered", "Alternative partners considered"),
            FactType.number("culture.largeGaps", "Large gaps between the two countries' cultures, on the dimensions compared"),
            FactType.number("culture.dimensionsCompared", "Cultural dimensions compared between the two countries"));

    /** What our own side has done in the deal: read as the relational risk we create, never as evidence about the partner. */
    public static final List<FactType> OUR_SIDE_FACTS = List.of(
            FactType.choice("ours.pressureTactics", "Pressure we have put on the partner", OurConduct.Pressure.class),
            FactType.choice("ours.deadline", "Deadline we set the partner", OurConduct.Deadline.class),
            FactType.choice("ours.leadContinuity", "Continuity of our lead for this deal", OurConduct.LeadContinuity.class),
            FactType.choice("ours.parallelTalks", "Talks with other candidates for the same alliance", OurConduct.ParallelTalks.class),
            FactType.choice("ours.ceoStance", "Our chief executive's stance towards the partner", OurConduct.CeoStance.class),
            FactType.choice("ours.earlierConduct", "Our conduct in earlier dealings with this partner", OurConduct.EarlierConduct.class));

    public static final Map<String, String> CONTEXT_LABELS = FactType.labels(
            java.util.stream.Stream.concat(CONTEXT_FACTS.stream(), OUR_SIDE_FACTS.stream()).toList());

    public static SelectionInput validate(PartnerAssessmentRequest request, KnowledgeBase kb) {
        InputChecks.body(request);
        return new SelectionInput(partner(request.partner(), "partner"), alliance(request.alliance()),
                request.context() == null ? new DecisionContext(null, null, null) : context(request.context()),
                evidence(request.evidence(), kb), deal(request.fit(), request.power(), kb));
    }

    public static Partner partner(Partner p, String path) {
        if (p == null) throw new InvalidInputException(path, "is required");
        if (p.name() == null || p.name().isBlank()) throw new InvalidInputException(path + ".name", "is required");
        text(p.name(), path + ".name", 200);
        text(p.industry(), path + ".industry", 200);
        InputChecks.country(p.country(), path + ".country");
        return p;
    }

    static AlliancePlan alliance(AlliancePlan a) {
        if (a == null) throw new InvalidInputException("alliance", "is required");
        if (a.purpose() == null) throw new InvalidInputException("alliance.purpose", "is required");
        range(a.expectedDurationYears(), "alliance.expectedDurationYears", 0, 100);
        range(a.priorAlliances(), "alliance.priorAlliances", 0, 1000);
        List<String> domains = a.scopeDomains() == null ? List.of() : a.scopeDomains();
        for (int i = 0; i < domains.size(); i++) {
            String d = domains.get(i);
            if (d == null || d.isBlank()) throw new InvalidInputException("alliance.scopeDomains[" + i + "]", "must not be blank");
            text(d, "alliance.scopeDomains[" + i + "]", 100);
        }
        return new AlliancePlan(a.purpose(), List.copyOf(domains), a.ipSensitivity(), a.expectedDurationYears(),
                a.virtual(), a.priorAlliances(), a.ourCountry(), a.governmentFacing(), a.intermediaries());
    }

    static DecisionContext context(DecisionContext c) {
        range(c.alternativesConsidered(), "context.alternativesConsidered", 0, 1000);
        return c;
    }

    static Map<String, Object> evidence(Map<String, Map<String, JsonNode>> evidence, KnowledgeBase kb) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (evidence == null) return values;
        for (var group : evidence.entrySet()) {
            String groupPath = "evidence." + group.getKey();
            TrustElement element = Arrays.stream(TrustElement.values()).filter(e -> e.key().equals(group.getKey()))
                    .findFirst().orElseThrow(() -> new InvalidInputException(groupPath,
                            "is not a trust element; expected one of competence, integrity, benevolence, predictability"));
            if (group.getValue() == null) continue;
            for (var item : group.getValue().entrySet()) {
                String key = element.key() + "." + item.getKey();
                EvidenceField field = kb.evidenceField(key).orElseThrow(() -> new InvalidInputException("evidence." + key,
                        "is not a known " + element.key() + " evidence item; known items: " + kb.evidenceFor(element).stream()
                                .map(EvidenceField::name).collect(Collectors.joining(", "))));
                Object value = value(field, item.getValue(), "evidence." + key);
                if (value != null) values.put(key, value);
            }
        }
        return values;
    }

    /** The fit and power facts, each checked against its section of the catalogue; unknown ones left out. */
    static Map<String, Object> deal(Map<String, JsonNode> fit, Map<String, JsonNode> power, KnowledgeBase kb) {
        Map<String, Object> values = new LinkedHashMap<>();
        section(fit, DealField.Section.FIT, kb, values);
        section(power, DealField.Section.POWER, kb, values);
        return values;
    }

    private static void section(Map<String, JsonNode> given, DealField.Section section, KnowledgeBase kb, Map<String, Object> values) {
        if (given == null) return;
        for (var item : given.entrySet()) {
            String key = section.key() + "." + item.getKey();
            DealField field = kb.dealField(key).orElseThrow(() -> new InvalidInputException(key, "is not a known " + section.key()
                    + " fact; known facts: " + kb.dealFields(section).stream().map(DealField::name).collect(Collectors.joining(", "))));
            JsonNode node = item.getValue();
            if (node == null || node.isNull() || (node.isTextual() && node.asText().equals(UNKNOWN))) continue;
            if (!node.isTextual() || field.choice(node.asText()).isEmpty()) {
                throw new InvalidInputException(key, "must be one of " + field.values().stream().map(DealField.Choice::value)
                        .collect(Collectors.joining(", ")) + " or UNKNOWN, got " + node);
            }
            values.put(key, node.asText());
        }
    }

    private static Object value(EvidenceField field, JsonNode node, String path) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().equals(UNKNOWN))) return null;
        if (field.type() == EvidenceField.Type.NUMBER) {
            if (!node.isIntegralNumber()) throw new InvalidInputException(path, "must be a whole number" + unit(field));
            if (!node.canConvertToInt()) throw new InvalidInputException(path, "must be between " + field.min() + " and " + field.max());
            range(node.intValue(), path, field.min(), field.max());
            return node.intValue();
        }
        String allowed = field.values().stream().map(EvidenceField.Choice::value).collect(Collectors.joining(", "));
        if (!node.isTextual() || field.choice(node.asText()).isEmpty()) {
            throw new InvalidInputException(path, "must be one of " + allowed + " or UNKNOWN, got " + node);
        }
        return node.asText();
    }

    private static String unit(EvidenceField field) {
        return field.unit() == null ? "" : " of " + field.unit();
    }

    private static void range(Integer value, String path, int min, int max) {
        InputChecks.range(value, min, max, path);
    }

    private static void text(String value, String path, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidInputException(path, "must be at most " + maxLength + " characters");
        }
    }

    /** The same input with one evidence item changed (null makes it unknown). */
    public SelectionInput withEvidence(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(evidence);
        if (value == null) changed.remove(key);
        else changed.put(key, value);
        return new SelectionInput(partner, alliance, context, changed, deal);
    }

    /** The same input with one fit or power fact changed (null makes it unknown). */
    public SelectionInput withDeal(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(deal);
        if (value == null) changed.remove(key);
        else changed.put(key, value);
        return new SelectionInput(partner, alliance, context, evidence, changed);
    }

    /** The same input with the size of the cultural distance the comparison of the two countries found. */
    public SelectionInput withCulturalDistance(int largeGaps, int dimensionsCompared) {
        return withDeal("culture.largeGaps", largeGaps).withDeal("culture.dimensionsCompared", dimensionsCompared);
    }

    /**
     * The facts the rules see: what is known, which catalogue items are missing, and the policies the
     * knowledge base sets (the selection thresholds, what each red flag blocks).
     */
    public List<Object> facts(KnowledgeBase kb) {
        List<Fact> given = new ArrayList<>();
        given.add(Fact.of("alliance.purpose", alliance.purpose().name()));
        alliance.scopeDomains().forEach(d -> given.add(Fact.of("alliance.scopeDomain", d)));
        if (alliance.ipSensitivity() != null) given.add(Fact.of("alliance.ipSensitivity", alliance.ipSensitivity().name()));
        if (alliance.expectedDurationYears() != null) given.add(Fact.of("alliance.expectedDurationYears", alliance.expectedDurationYears()));
        if (alliance.virtual() != null) given.add(Fact.of("alliance.virtual", alliance.virtual() ? "YES" : "NO"));
        if (alliance.priorAlliances() != null) given.add(Fact.of("alliance.priorAlliances", alliance.priorAlliances()));
        if (alliance.ourCountry() != null && partner.country() != null) {
            given.add(Fact.of("alliance.crossBorder", alliance.ourCountry().equals(partner.country()) ? "NO" : "YES"));
        }
        if (alliance.governmentFacing() != null) given.add(Fact.of("alliance.governmentFacing", alliance.governmentFacing() ? "YES" : "NO"));
        if (alliance.intermediaries() != null) given.add(Fact.of("alliance.intermediaries", alliance.intermediaries() ? "YES" : "NO"));
        if (partner.country() != null && kb.countryRisk().containsKey(partner.country())) {
            given.add(Fact.of("partner.corruptionRisk", kb.countryRisk().get(partner.country()).band().name()));
        }
        if (context.ceoCommitment() != null) given.add(Fact.of("context.ceoCommitment", context.ceoCommitment().name()));
        if (context.timePressure() != null) given.add(Fact.of("context.timePressure", context.timePressure().name()));
        if (context.alternativesConsidered() != null) given.add(Fact.of("context.alternativesConsidered", context.alternativesConsidered()));
        if (context.ourSide() != null) context.ourSide().known().forEach((name, value) -> given.add(Fact.of(name, value)));
        for (String key : kb.evidence().keySet()) { // in catalogue order
            Object value = evidence.get(key);
            if (value instanceof Integer n) given.add(Fact.of(key, n));
            else if (value != null) given.add(Fact.of(key, (String) value));
        }
        for (String key : kb.deal().keySet()) {
            if (deal.get(key) != null) given.add(Fact.of(key, (String) deal.get(key)));
        }
        for (String derived : List.of("culture.largeGaps", "culture.dimensionsCompared")) {
            if (deal.get(derived) instanceof Integer n) given.add(Fact.of(derived, n));
        }
        return withKnowledge(given, kb);
    }

    /**
     * The input facts with what the rules are always given beside them: the trust elements and the
     * kinds of fit, the selection policy and what each red flag blocks, each catalogue item not given
     * as missing, and for each fit fact given how the catalogue reads its value.
     */
    public static List<Object> withKnowledge(List<Fact> given, KnowledgeBase kb) {
        Map<String, Fact> byName = new LinkedHashMap<>();
        given.forEach(f -> byName.putIfAbsent(f.name(), f));
        List<Object> facts = new ArrayList<>(Arrays.asList(TrustElement.values()));
        facts.addAll(Arrays.asList(FitKind.values()));
        SelectionFacts always = kb.selectionFacts();
        facts.add(always.decisionPolicy());
        facts.addAll(always.redFlagPolicies());
        facts.addAll(given);
        always.missingEvidence().forEach((key, missing) -> {
            if (!byName.containsKey(key)) facts.add(missing);
        });
        for (DealField field : kb.dealFields(DealField.Section.FIT)) {
            Fact fact = byName.get(field.key());
            if (fact == null) facts.add(always.missingFit().get(field.key()));
            else facts.add(new FitValue(field.kind(), field.key(), fact.value(), field.choice(fact.value()).orElseThrow().reading()));
        }
        return facts;
    }
}
