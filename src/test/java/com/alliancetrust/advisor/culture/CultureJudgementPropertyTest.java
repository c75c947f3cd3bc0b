package com.alliancetrust.advisor.culture;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import com.alliancetrust.advisor.knowledge.Confidence;
import com.alliancetrust.advisor.knowledge.CountryRisk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The culture report as a whole, over every ordered pair of countries with a profile, each with a deal
 * drawn from a seeded generator (work with officials, intermediaries, distance: yes, no or unknown):
 * one voice (no two pieces of advice the knowledge base declares contradictory or repeated, no idea
 * twice), confidence acting on priority, and compliance warnings that follow the country's corruption
 * risk and the deal, never a named practice.
 */
class CultureJudgementPropertyTest {
    private static final Advisor ADVISOR = TestAdvisor.get();
    private static final String COMPLIANCE = "culture-keep-favours-within-compliance";

    private record Pair(String ours, String partner, Boolean government, Boolean intermediaries, Boolean virtual) {
    }

    private static List<Pair> pairs() {
        Random random = new Random(20261206L);
        List<String> codes = List.copyOf(ADVISOR.knowledge().culture().countries().keySet());
        List<Pair> pairs = new ArrayList<>();
        for (String ours : codes) {
            for (String partner : codes) {
                if (!ours.equals(partner)) pairs.add(new Pair(ours, partner, maybe(random), maybe(random), maybe(random)));
            }
        }
        return pairs;
    }

    private static Boolean maybe(Random random) {
        int n = random.nextInt(3);
        return n == 0 ? null : n == 1;
    }

    private static CultureAdviceService.Result advise(Pair p) {
        return new CultureAdviceService(() -> ADVISOR).advise(new CultureAdviceRequest(new CultureAdviceRequest.Side(p.ours(), null),
                new CultureAdviceRequest.Side(p.partner(), null), new CultureAdviceRequest.AllianceFacts(p.virtual(), p.government(), p.intermediaries())));
    }

    @Test
    void no_report_holds_a_declared_contradiction_or_the_same_idea_twice() {
        List<Pair> pairs = pairs();
        assertThat(pairs).as("country pairs").hasSizeGreaterThan(100);
        SoftAssertions softly = new SoftAssertions();
        for (Pair p : pairs) {
            List<String> given = advise(p).adaptations().stream().map(a -> a.subject() == null ? a.id() : a.id() + "/" + a.subject()).toList();
            softly.assertThat(new HashSet<>(given)).as("%s: each piece of advice once in %s", p, given).hasSameSizeAs(given);
            for (AdviceConflict c : ADVISOR.knowledge().adviceConflicts()) {
                boolean first = given.stream().anyMatch(g -> names(g, c.ids().get(0)));
                boolean second = given.stream().anyMatch(g -> names(g, c.ids().get(1)));
                softly.assertThat(first && second).as("%s: %s and %s both in %s", p, c.ids().get(0), c.ids().get(1), given).isFalse();
            }
        }
        softly.assertAll();
    }

    @Test
    void a_low_confidence_inference_is_never_high_priority_however_large_the_gap() {
        SoftAssertions softly = new SoftAssertions();
        int low = 0;
        for (Pair p : pairs()) {
            for (var a : advise(p).adaptations()) {
                if (a.confidence() != Confidence.LOW) continue;
                low++;
                softly.assertThat(a.priority()).as("%s: %s", p, a.id()).isNotIn(Priority.CRITICAL, Priority.HIGH);
            }
        }
        softly.assertThat(low).as("Low-confidence adaptations seen").isPositive();
        softly.assertAll();
    }

    @Test
    void a_compliance_warning_follows_the_country_risk_and_the_deal_never_a_named_practice() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> seen = new HashSet<>();
        for (Pair p : pairs()) {
            CountryRisk risk = ADVISOR.knowledge().countryRisk().get(p.partner());
            boolean deal = Boolean.TRUE.equals(p.government()) || Boolean.TRUE.equals(p.intermediaries());
            boolean expected = risk == null ? deal
                    : risk.band() == CountryRisk.Band.HIGH || (risk.band() == CountryRisk.Band.MEDIUM && deal);
            var warning = advise(p).adaptations().stream().filter(a -> a.id().equals(COMPLIANCE)).findFirst();
            softly.assertThat(warning.isPresent()).as("%s (risk %s): compliance warning", p, risk == null ? "unknown" : risk.band()).isEqualTo(expected);
            warning.ifPresent(w -> softly.assertThat(w.priority()).as("%s: priority of the warning", p)
                    .isEqualTo(deal && risk != null ? Priority.HIGH : Priority.MEDIUM));
            seen.add(expected + "/" + (risk == null ? "-" : risk.band()));
        }
        softly.assertThat(seen).as("both sides of the line were generated").contains("true/HIGH", "false/LOW", "true/MEDIUM", "false/MEDIUM");
        softly.assertAll();
    }

    private static boolean names(String given, String id) {
        return given.equals(id) || given.startsWith(id + "/");
    }
}
