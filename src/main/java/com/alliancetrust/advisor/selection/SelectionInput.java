package com.alliancetrust.advisor.selection;

import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.MissingEvidence;
import com.alliancetrust.advisor.domain.OurConduct;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
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
 * reduced to {@code element.field -> value}, ready to become the facts the rules reason over.
 */
public record SelectionInput(Partner partner, AlliancePlan alliance, DecisionContext context,
                             Map<String, Object> evidence) {

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
            FactType.choice("partner.corruptionRisk", "Perceived corruption risk of the partner's country", CountryRisk.Band.class),
            FactType.choice("context.ceoCommitment", "How set the CEO is on this partner", PartnerAssessmentRequest.CeoCommitment.class),
            FactType.choice("context.timePressure", "Time pressure on the decision", PartnerAssessmentRequest.TimePressure.class),
            FactType.number("context.alternativesConsidered", "Alternative partners considered"));

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
                evidence(request.evidence(), kb));
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
                a.virtual(), a.priorAlliances(), a.ourCountry(), a.governmentFacing());
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
        return new SelectionInput(partner, alliance, context, changed);
    }

    /**
     * The facts the rules see: what is known, which catalogue items are missing, and the policies the
     * knowledge base sets (the selection thresholds, what each red flag blocks).
     */
    public List<Object> facts(KnowledgeBase kb) {
        List<Object> facts = new ArrayList<>(Arrays.asList(TrustElement.values()));
        facts.add(kb.selectionPolicy().decisionPolicy());
        kb.redFlags().values().forEach(f -> facts.add(f.policy()));
        facts.add(Fact.of("alliance.purpose", alliance.purpose().name()));
        alliance.scopeDomains().forEach(d -> facts.add(Fact.of("alliance.scopeDomain", d)));
        if (alliance.ipSensitivity() != null) facts.add(Fact.of("alliance.ipSensitivity", alliance.ipSensitivity().name()));
        if (alliance.expectedDurationYears() != null) facts.add(Fact.of("alliance.expectedDurationYears", alliance.expectedDurationYears()));
        if (alliance.virtual() != null) facts.add(Fact.of("alliance.virtual", alliance.virtual() ? "YES" : "NO"));
        if (alliance.priorAlliances() != null) facts.add(Fact.of("alliance.priorAlliances", alliance.priorAlliances()));
        if (alliance.ourCountry() != null && partner.country() != null) {
            facts.add(Fact.of("alliance.crossBorder", alliance.ourCountry().equals(partner.country()) ? "NO" : "YES"));
        }
        if (alliance.governmentFacing() != null) facts.add(Fact.of("alliance.governmentFacing", alliance.governmentFacing() ? "YES" : "NO"));
        if (partner.country() != null && kb.countryRisk().containsKey(partner.country())) {
            facts.add(Fact.of("partner.corruptionRisk", kb.countryRisk().get(partner.country()).band().name()));
        }
        if (context.ceoCommitment() != null) facts.add(Fact.of("context.ceoCommitment", context.ceoCommitment().name()));
        if (context.timePressure() != null) facts.add(Fact.of("context.timePressure", context.timePressure().name()));
        if (context.alternativesConsidered() != null) facts.add(Fact.of("context.alternativesConsidered", context.alternativesConsidered()));
        if (context.ourSide() != null) context.ourSide().known().forEach((name, value) -> facts.add(Fact.of(name, value)));
        for (Map.Entry<String, EvidenceField> item : kb.evidence().entrySet()) { // keyed by the field's key
            String key = item.getKey();
            Object value = evidence.get(key);
            if (value == null) facts.add(new MissingEvidence(item.getValue().element(), key, item.getValue().label()));
            else if (value instanceof Integer n) facts.add(Fact.of(key, n));
            else facts.add(Fact.of(key, (String) value));
        }
        return facts;
    }
}
