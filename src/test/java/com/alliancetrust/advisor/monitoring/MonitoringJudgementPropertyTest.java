package com.alliancetrust.advisor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceStatus;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import com.alliancetrust.advisor.knowledge.Confidence;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Trust monitoring as a whole, over series of health checks drawn from a seeded generator (one to
 * four checks, three to twelve respondents a side, every element's score and spread, indicators
 * given or not): one voice, the weakest element decides, no warning more urgent than the research
 * behind it allows, and an indicator turned from known-good to unknown never improves the health and
 * never turns into a finding of fault.
 */
class MonitoringJudgementPropertyTest {
    private static final Advisor ADVISOR = TestAdvisor.get();
    private static final int SERIES = 400;
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Map<String, RuleInfo> RULES = ADVISOR.engine(HealthRules.RULE_SET).catalogue().values().stream()
            .collect(Collectors.toMap(RuleInfo::id, Function.identity()));

    private record Series(Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
    }

    private static List<Series> series() {
        Random random = new Random(20261206L);
        List<Series> all = new ArrayList<>();
        Purpose[] purposes = Purpose.values();
        for (int n = 0; n < SERIES; n++) {
            Alliance alliance = new Alliance("a" + n, new Partner("Partner " + n, "DE", "machine tools"), purposes[random.nextInt(purposes.length)],
                    List.of(), random.nextInt(5) == 0 ? AllianceStatus.SUSPENDED : AllianceStatus.ACTIVE, null, null, null, null, 1);
            int count = 1 + random.nextInt(4);
            List<HealthCheck> checks = new ArrayList<>();
            double base = 1.5 + random.nextDouble() * 3.5;
            for (int i = 0; i < count; i++) {
                LocalDate date = START.plusMonths(3L * i);
                checks.add(new HealthCheck("c" + n + "-" + i, alliance.id(), date.toString(), date + "T00:00:00Z", scores(random, base),
                        random.nextBoolean() ? indicators(random) : Indicators.NONE, List.of()));
                base = Math.max(1, Math.min(5, base + (random.nextDouble() - 0.6)));
            }
            all.add(new Series(alliance, checks, START.plusMonths(3L * (count - 1)).plusDays(random.nextInt(200))));
        }
        return all;
    }

    private static List<SideScore> scores(Random random, double base) {
        List<SideScore> scores = new ArrayList<>();
        int ours = 3 + random.nextInt(10);
        int partner = 3 + random.nextInt(10);
        double sum = 0;
        for (TrustElement e : TrustElement.values()) {
            double mean = round(Math.max(1, Math.min(5, base + (random.nextDouble() - 0.5) * 2)));
            double oursMean = round(Math.max(1, Math.min(5, mean + (random.nextDouble() - 0.5))));
            double partnerMean = round(Math.max(1, Math.min(5, mean + (random.nextDouble() - 0.5))));
            double spread = round(random.nextDouble() * 1.5);
            scores.add(new SideScore("ALL", e.name(), mean, ours + partner, spread));
            scores.add(new SideScore("OURS", e.name(), oursMean, ours, spread));
            scores.add(new SideScore("PARTNER", e.name(), partnerMean, partner, spread));
            sum += mean;
        }
        scores.add(new SideScore("ALL", SurveyScoring.OVERALL, round(sum / 4), ours + partner));
        return scores;
    }

    private static Indicators indicators(Random random) {
        return new Indicators(null, maybe(random, 1, 5), maybe(random, 1, 5), maybe(random, 1, 5), maybe(random, 1, 5), maybe(random, 1, 90),
                maybe(random, 1, 5), null, null, maybe(random, 1, 5), maybe(random, 50, 130), maybe(random, 80, 130), maybe(random, 0, 4));
    }

    private static Integer maybe(Random random, int min, int max) {
        return random.nextInt(3) == 0 ? null : min + random.nextInt(max - min + 1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static AllianceHealth health(Series s) {
        return HealthRules.evaluate(ADVISOR, s.alliance(), s.checks(), s.asOf());
    }

    private static Set<String> given(AllianceHealth h) {
        return h.warnings().stream().map(w -> w.subject() == null ? w.id() : w.id() + "/" + w.subject()).collect(Collectors.toSet());
    }

    /**
     * The rules read only the latest surveys of a series (and its latest check), so that a check costs the same however
     * long the history: over long series, with checks of indicators alone between the surveys, rises, falls and sharp
     * drops, the health is the same, every warning and its explanation included, as when the rules read every survey.
     */
    @Test
    void reading_only_the_latest_surveys_gives_the_health_that_reading_every_survey_gives() {
        Random random = new Random(20261207L);
        Purpose[] purposes = Purpose.values();
        int compared = 0;
        int withDecline = 0;
        for (int n = 0; n < 150; n++) {
            Alliance alliance = new Alliance("long" + n, new Partner("Partner " + n, "DE", "machine tools"), purposes[random.nextInt(purposes.length)],
                    List.of(), AllianceStatus.ACTIVE, null, null, null, null, 1);
            List<HealthCheck> checks = new ArrayList<>();
            double base = 1.5 + random.nextDouble() * 3.5;
            int count = 4 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                LocalDate date = START.plusMonths(2L * i);
                boolean surveyed = i == 0 || random.nextInt(4) != 0;
                checks.add(new HealthCheck("l" + n + "-" + i, alliance.id(), date.toString(), date + "T00:00:00Z",
                        surveyed ? scores(random, base) : List.of(), random.nextBoolean() ? indicators(random) : Indicators.NONE, List.of()));
                double step = random.nextInt(5) == 0 ? -1.5 : random.nextDouble() - 0.6; // now and then a sharp drop
                base = Math.max(1, Math.min(5, base + step));
            }
            LocalDate asOf = START.plusMonths(2L * (count - 1)).plusDays(random.nextInt(200));
            AllianceHealth latest = HealthRules.evaluate(ADVISOR, alliance, checks, asOf);
            assertThat(latest).as("%s", alliance.id()).isEqualTo(HealthRules.evaluateReadingEverySurvey(ADVISOR, alliance, checks, asOf));
            compared++;
            if ("DOWN".equals(latest.trend())) withDecline++;
        }
        assertThat(compared).isEqualTo(150);
        assertThat(withDecline).as("series whose latest surveys decline, where the surveys before the latest matter").isGreaterThan(10);
    }

    @Test
    void no_health_holds_a_declared_contradiction() {
        SoftAssertions softly = new SoftAssertions();
        for (Series s : series()) {
            Set<String> given = given(health(s));
            for (AdviceConflict c : ADVISOR.knowledge().adviceConflicts()) {
                boolean first = given.stream().anyMatch(g -> names(g, c.ids().get(0)));
                boolean second = given.stream().anyMatch(g -> names(g, c.ids().get(1)));
                softly.assertThat(first && second).as("%s: %s and %s both in %s", s.alliance().id(), c.ids().get(0), c.ids().get(1), given).isFalse();
            }
        }
        softly.assertAll();
    }

    @Test
    void the_weakest_element_decides_the_overall_level() {
        SoftAssertions softly = new SoftAssertions();
        for (Series s : series()) {
            AllianceHealth h = health(s);
            softly.assertThat(h.levels()).as("%s: every element has a level once trust is measured", s.alliance().id()).hasSize(4);
            String weakest = h.levels().values().stream().min((a, b) -> HealthRules.levelRank(a) - HealthRules.levelRank(b)).orElseThrow();
            softly.assertThat(h.overallLevel()).as("%s: overall level against the levels %s", s.alliance().id(), h.levels()).isEqualTo(weakest);
            if (h.levels().containsValue("LOW")) {
                softly.assertThat(h.overallLevel()).as("%s: a LOW element is never averaged away (score %s)", s.alliance().id(), h.overallScore())
                        .isEqualTo("LOW");
            }
        }
        softly.assertAll();
    }

    /** As recommendations are worded: top priority needs research above Low-Medium confidence, and a lowered warning says why. */
    @Test
    void no_warning_is_more_urgent_than_the_research_behind_it_allows() {
        SoftAssertions softly = new SoftAssertions();
        int critical = 0;
        int lowered = 0;
        for (Series s : series()) {
            for (AllianceHealth.Warning w : health(s).warnings()) {
                RuleInfo rule = RULES.get(w.explanation().rule().id());
                Confidence confidence = rule.confidence() == null ? Confidence.LOW : rule.confidence();
                boolean thin = confidence.compareTo(AdviceWording.BELOW_TOP_PRIORITY) >= 0;
                if (w.priority() == Priority.CRITICAL) {
                    critical++;
                    softly.assertThat(thin).as("%s: %s is critical on %s confidence research (rule \"%s\")", s.alliance().id(), w.id(), confidence,
                            rule.name()).isFalse();
                }
                if (w.explanation().why().contains("rather than top priority")) {
                    lowered++;
                    softly.assertThat(w.priority()).as("%s: %s lowered", s.alliance().id(), w.id()).isEqualTo(Priority.HIGH);
                }
            }
        }
        softly.assertAll();
        assertThat(critical).as("critical warnings generated (the property must be exercised)").isPositive();
        assertThat(lowered).as("warnings lowered for thin research (the cap must be exercised)").isPositive();
    }

    /** Unknown is neither good nor bad news: forgetting a favourable indicator changes no level and adds no warning. */
    @Test
    void a_known_good_indicator_turned_unknown_never_improves_the_health_nor_becomes_a_fault() {
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (Series s : series()) {
            HealthCheck last = s.checks().get(s.checks().size() - 1);
            Indicators i = last.indicators();
            Indicators forgotten = new Indicators(i.communicationFrequency(), good(i.communicationQuality()), good(i.informationSharing()),
                    good(i.resourceSharing()), good(i.jointDecisions()), i.conflictResolutionDays(), good(i.riskSharing()),
                    i.boundarySpannerTurnover(), i.innovationOutput(), i.taskChallenge(), i.revenueVsPlan(), i.costVsBudget(), i.priorAlliances());
            if (forgotten.equals(i)) continue;
            compared++;
            List<HealthCheck> checks = new ArrayList<>(s.checks());
            checks.set(checks.size() - 1, new HealthCheck(last.id(), last.allianceId(), last.date(), last.recordedAt(), last.scores(), forgotten,
                    last.events()));
            AllianceHealth before = health(s);
            AllianceHealth after = HealthRules.evaluate(ADVISOR, s.alliance(), checks, s.asOf());
            String id = s.alliance().id();
            softly.assertThat(after.overallLevel()).as("%s: overall level with good indicators forgotten", id).isEqualTo(before.overallLevel());
            softly.assertThat(after.levels()).as("%s: levels with good indicators forgotten", id).isEqualTo(before.levels());
            Set<String> faults = new HashSet<>(warningsOf(after));
            faults.removeAll(warningsOf(before));
            softly.assertThat(faults).as("%s: warnings that appear once good indicators are forgotten", id).isEmpty();
            softly.assertThat(warningsOf(after)).as("%s: warnings that disappear once good indicators are forgotten", id)
                    .containsAll(warningsOf(before));
        }
        softly.assertAll();
        assertThat(compared).as("series with a good indicator to forget").isGreaterThan(50);
    }

    /** A value of 4 or 5 on a 1-5 indicator is good news; it is forgotten, anything else kept. */
    private static Integer good(Integer value) {
        return value != null && value >= 4 ? null : value;
    }

    private static Set<String> warningsOf(AllianceHealth h) {
        return h.warnings().stream().filter(w -> "WARNING".equals(w.category()))
                .map(w -> w.subject() == null ? w.id() : w.id() + "/" + w.subject()).collect(Collectors.toSet());
    }

    private static boolean names(String given, String declared) {
        return declared.contains("/") ? given.equals(declared) : given.equals(declared) || given.startsWith(declared + "/");
    }
}
