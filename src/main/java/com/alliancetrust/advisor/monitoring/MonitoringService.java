package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.Advisor;
import com.alliancetrust.advisor.InvalidInputException;
import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.AllianceFilter;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.casefile.Page;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.CheckPoint;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.Input;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Score;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.explain.ExplanationBuilder;
import com.alliancetrust.advisor.knowledge.AdviceText;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.HealthCheckStore;
import com.alliancetrust.advisor.store.Ids;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Trust monitoring: records health checks (as anonymous aggregates), and reads an alliance's series
 * of checks with the monitoring rules: levels, perception gaps, trend, erosion and over-trust
 * warnings, stage, and whether a check is overdue. The portfolio puts every alliance side by side.
 */
public final class MonitoringService {
    static final String RULE_SET = "monitoring";
    /**
     * The two sides' own scores are kept only when each side has at least this many respondents,
     * and a check needs at least this many respondents in all, so that no one's answers can be told apart.
     */
    public static final int MIN_RESPONDENTS_PER_SIDE = 3;
    private static final Map<String, Integer> FREQUENCY_RANK = Map.of("RARELY", 1, "QUARTERLY", 2, "MONTHLY", 3, "FORTNIGHTLY", 4, "WEEKLY", 5);

    /** The facts this capability gives its rules, with their labels (for explanations and start-up checks). */
    public static final Map<String, String> INPUTS = inputs();

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final HealthCheckStore store;
    private final CaseFileService caseFiles;

    public MonitoringService(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, ObjectMapper json) {
        this.advisor = advisor;
        this.db = db;
        this.store = new HealthCheckStore(json);
        this.caseFiles = caseFiles;
    }

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("alliance.status", "Alliance status");
        inputs.put("check.daysSinceLast", "Days since the last health check");
        inputs.put("indicator.communicationQuality", "Quality of communication (1-5)");
        inputs.put("indicator.communicationFrequencyRank", "Frequency of communication (1 rarely - 5 weekly)");
        inputs.put("previous.communicationFrequencyRank", "Frequency of communication at the previous check");
        inputs.put("indicator.conflictResolutionDays", "Days to resolve a conflict");
        inputs.put("indicator.boundarySpannerTurnover", "Turnover of boundary spanners");
        inputs.put("indicator.innovationOutput", "Innovation output");
        inputs.put("previous.innovationOutput", "Innovation output at the previous check");
        inputs.put("indicator.taskChallenge", "How much partners still challenge each other's ideas (1-5)");
        for (var e : HealthCheckRequest.NotableEvent.values()) inputs.put("event." + e.name(), "Event: " + e.name().toLowerCase().replace('_', ' '));
        return Map.copyOf(inputs);
    }

    public AllianceHealth record(String allianceId, HealthCheckRequest request) {
        if (request == null) throw new InvalidInputException("(body)", "request body is required");
        LocalDate date = date(request.date(), "date");
        enoughRespondents(request.responses() == null ? 0 : request.responses().size(), "responses");
        Indicators indicators = request.indicators() == null ? Indicators.NONE : request.indicators();
        validate(indicators);
        Advisor current = advisor.get();
        List<SideScore> scores = SurveyScoring.aggregate(request.responses(), current.knowledge().survey());
        HealthCheck check = new HealthCheck(Ids.newId(), allianceId, date.toString(), Ids.now(), scores, indicators,
                request.events() == null ? List.of() : List.copyOf(request.events()));
        caseFiles.requireExisting(allianceId);
        db.inTransaction(c -> {
            store.insert(c, check);
            return null;
        });
        caseFiles.note(allianceId, "HEALTH_CHECK", "Health check of " + check.date() + ": " + request.responses().size()
                + " respondents, overall trust " + scores.stream().filter(s -> s.side().equals(SurveyScoring.ALL)
                && s.element().equals(SurveyScoring.OVERALL)).findFirst().map(s -> String.valueOf(s.mean())).orElse("incomplete"), check.id());
        return health(current, allianceId, null);
    }

    public AllianceHealth health(String allianceId, String asOf) {
        return health(advisor.get(), allianceId, asOf);
    }

    private AllianceHealth health(Advisor current, String allianceId, String asOf) {
        Alliance alliance = caseFiles.read(allianceId).alliance();
        LocalDate day = asOf == null ? LocalDate.now() : date(asOf, "asOf");
        return read(current, alliance, checksUntil(allianceId, day), day);
    }

    /** Every alliance not archived, the ones needing attention first. */
    public Portfolio portfolio(String asOf) {
        LocalDate day = asOf == null ? LocalDate.now() : date(asOf, "asOf");
        Advisor current = advisor.get(); // one rule base for the whole portfolio
        List<Portfolio.Item> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Alliance> alliances = caseFiles.list(new AllianceFilter(null, null, null, null, false), page, CaseFileService.MAX_PAGE_SIZE);
            for (Alliance a : alliances.items()) {
                AllianceHealth h = read(current, a, checksUntil(a.id(), day), day);
                items.add(Portfolio.Item.of(a, h));
            }
            if ((long) page * CaseFileService.MAX_PAGE_SIZE >= alliances.total()) break;
        }
        items.sort(Comparator.comparingInt(Portfolio.Item::attention).reversed()
                .thenComparing(Portfolio.Item::nextCheckDue, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Portfolio(day.toString(), items, current.version());
    }

    /** The checks recorded up to a day: a view "as of" a past date ignores what came later. */
    private List<HealthCheck> checksUntil(String allianceId, LocalDate day) {
        return db.read(c -> store.forAlliance(c, allianceId)).stream()
                .filter(h -> !LocalDate.parse(h.date()).isAfter(day)).toList();
    }

    AllianceHealth read(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
        List<Object> facts = facts(alliance, checks, asOf);
        Evaluation evaluation = current.engine(RULE_SET).evaluate(facts);
        ExplanationBuilder explanations = new ExplanationBuilder(evaluation, current.knowledge(), this::describe);

        Map<String, String> levels = new LinkedHashMap<>();
        for (TrustElement e : TrustElement.values()) {
            evaluation.all(Finding.class).stream().filter(f -> f.part() == 0 && f.attribute().equals(e.name()))
                    .findFirst().ifPresent(f -> levels.put(e.name(), f.value()));
        }
        String overallLevel = levels.size() < TrustElement.values().length ? "UNKNOWN"
                : levels.values().stream().min(Comparator.comparingInt(MonitoringService::levelRank)).orElse("UNKNOWN");
        String stage = finding(evaluation, checks.size(), "stage");
        String pace = finding(evaluation, 0, "pace");
        String last = checks.isEmpty() ? null : checks.get(checks.size() - 1).date();
        String next = last == null ? asOf.toString() : LocalDate.parse(last).plusDays("TWICE_YEARLY".equals(pace) ? 183 : 91).toString();

        Map<String, AllianceHealth.Warning> warnings = new LinkedHashMap<>();
        for (Advice a : evaluation.all(Advice.class)) {
            AdviceText text = current.knowledge().adviceText(a.id());
            String subject = a.subject();
            warnings.putIfAbsent(a.id() + "/" + subject, new AllianceHealth.Warning(a.id(), fill(text.title(), subject), fill(text.text(), subject),
                    text.category(), a.priority(), subject, explanations.explain(a, text.why())));
        }
        List<AllianceHealth.Warning> sorted = warnings.values().stream().sorted(Comparator.comparing(AllianceHealth.Warning::priority)).toList();
        Double overall = overall(checks.isEmpty() ? null : checks.get(checks.size() - 1));
        // A decline the rules call erosion is DOWN even when each step is too small to count on its own.
        String trend = finding(evaluation, 0, "erosion") != null ? "DOWN" : trend(checks);
        return new AllianceHealth(alliance.id(), alliance.partner().name(), asOf.toString(), views(checks), series(checks), levels,
                overallLevel, overall, trend, stage, pace, last, next, sorted, current.version());
    }

    List<Object> facts(Alliance alliance, List<HealthCheck> checks, LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        facts.add(Fact.of("alliance.purpose", alliance.purpose().name()));
        facts.add(Fact.of("alliance.status", alliance.status().name()));
        for (int i = 0; i < checks.size(); i++) {
            HealthCheck check = checks.get(i);
            int seq = i + 1;
            facts.add(new CheckPoint(seq, check.date(), seq == checks.size()));
            for (SideScore s : check.scores()) facts.add(new Score(seq, s.side(), s.element(), s.mean()));
        }
        if (!checks.isEmpty()) {
            HealthCheck latest = checks.get(checks.size() - 1);
            facts.add(Fact.of("check.daysSinceLast", ChronoUnit.DAYS.between(LocalDate.parse(latest.date()), asOf)));
            indicatorFacts(latest.indicators(), "indicator.", facts);
            latest.events().forEach(e -> facts.add(Fact.of("event." + e.name(), "YES")));
            if (checks.size() > 1) {
                Indicators previous = checks.get(checks.size() - 2).indicators();
                if (previous.innovationOutput() != null) facts.add(Fact.of("previous.innovationOutput", previous.innovationOutput()));
                if (previous.communicationFrequency() != null) {
                    facts.add(Fact.of("previous.communicationFrequencyRank", FREQUENCY_RANK.get(previous.communicationFrequency().name())));
                }
            }
        }
        return facts;
    }

    private static void indicatorFacts(Indicators i, String prefix, List<Object> facts) {
        if (i.communicationQuality() != null) facts.add(Fact.of(prefix + "communicationQuality", i.communicationQuality()));
        if (i.communicationFrequency() != null) {
            facts.add(Fact.of(prefix + "communicationFrequencyRank", FREQUENCY_RANK.get(i.communicationFrequency().name())));
        }
        if (i.conflictResolutionDays() != null) facts.add(Fact.of(prefix + "conflictResolutionDays", i.conflictResolutionDays()));
        if (i.boundarySpannerTurnover() != null) facts.add(Fact.of(prefix + "boundarySpannerTurnover", i.boundarySpannerTurnover().name()));
        if (i.innovationOutput() != null) facts.add(Fact.of(prefix + "innovationOutput", i.innovationOutput()));
        if (i.taskChallenge() != null) facts.add(Fact.of(prefix + "taskChallenge", i.taskChallenge()));
    }

    private Explanation.InputFact describe(Input input) {
        if (input instanceof Score s) {
            return new Explanation.InputFact(s.inputName(), "Health check " + s.seq() + ", " + s.side().toLowerCase()
                    + " respondents, " + s.element().toLowerCase(), s.inputValue(), s.inputValue() + " out of 5");
        }
        String label = INPUTS.getOrDefault(input.inputName(), input.inputName().equals("alliance.purpose") ? "Alliance purpose" : input.inputName());
        return new Explanation.InputFact(input.inputName(), label, input.inputValue(), input.inputValue());
    }

    private static List<AllianceHealth.CheckView> views(List<HealthCheck> checks) {
        return checks.stream().map(c -> {
            Map<String, Integer> respondents = new LinkedHashMap<>();
            Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
            List<String> withheld = new ArrayList<>();
            for (SideScore s : c.scores()) {
                if (s.element().equals(SurveyScoring.OVERALL)) respondents.put(s.side(), s.respondents());
                scores.computeIfAbsent(s.side(), k -> new LinkedHashMap<>()).put(s.element(), s.mean());
            }
            for (HealthCheckRequest.Side side : HealthCheckRequest.Side.values()) {
                if (!scores.containsKey(side.name())) withheld.add(side.name());
            }
            return new AllianceHealth.CheckView(c.id(), c.date(), respondents, scores, withheld, c.indicators(), c.events());
        }).toList();
    }

    /** Per element (and overall), the all-respondent mean at each check: what a trend chart plots. */
    private static Map<String, List<AllianceHealth.Point>> series(List<HealthCheck> checks) {
        Map<String, List<AllianceHealth.Point>> series = new LinkedHashMap<>();
        for (TrustElement e : TrustElement.values()) series.put(e.name(), new ArrayList<>());
        series.put(SurveyScoring.OVERALL, new ArrayList<>());
        for (HealthCheck c : checks) {
            for (SideScore s : c.scores()) {
                if (s.side().equals(SurveyScoring.ALL)) series.get(s.element()).add(new AllianceHealth.Point(c.date(), s.mean()));
            }
        }
        return series;
    }

    private static Double overall(HealthCheck check) {
        if (check == null) return null;
        return check.scores().stream().filter(s -> s.side().equals(SurveyScoring.ALL) && s.element().equals(SurveyScoring.OVERALL))
                .map(SideScore::mean).findFirst().orElse(null);
    }

    /** UP or DOWN when overall trust moved by 0.2 or more since the previous check, else STEADY. */
    private static String trend(List<HealthCheck> checks) {
        if (checks.size() < 2) return checks.isEmpty() ? "NO_CHECKS" : "FIRST_CHECK";
        Double now = overall(checks.get(checks.size() - 1));
        Double before = overall(checks.get(checks.size() - 2));
        if (now == null || before == null) return "UNKNOWN";
        double delta = now - before;
        return delta >= 0.2 ? "UP" : delta <= -0.2 ? "DOWN" : "STEADY";
    }

    private static String finding(Evaluation evaluation, int part, String attribute) {
        return evaluation.all(Finding.class).stream().filter(f -> f.part() == part && f.attribute().equals(attribute))
                .map(Finding::value).findFirst().orElse(null);
    }

    static int levelRank(String level) {
        return switch (level) {
            case "LOW" -> 0;
            case "MODERATE" -> 1;
            case "HIGH" -> 2;
            default -> 3;
        };
    }

    private static String fill(String template, String subject) {
        return subject == null ? template : template.replace("{subject}", subject);
    }

    private static LocalDate date(String value, String field) {
        if (value == null) throw new InvalidInputException(field, "is required, as YYYY-MM-DD");
        try {
            if (value.length() == 10) return LocalDate.parse(value); // a year of four digits, as the column holds
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be a date as YYYY-MM-DD, got \"" + value + "\"");
    }

    private static void validate(Indicators i) {
        scale(i.communicationQuality(), "indicators.communicationQuality");
        scale(i.informationSharing(), "indicators.informationSharing");
        scale(i.resourceSharing(), "indicators.resourceSharing");
        scale(i.jointDecisions(), "indicators.jointDecisions");
        scale(i.riskSharing(), "indicators.riskSharing");
        scale(i.taskChallenge(), "indicators.taskChallenge");
        range(i.conflictResolutionDays(), "indicators.conflictResolutionDays", 0, 3650);
        range(i.innovationOutput(), "indicators.innovationOutput", 0, 1_000_000);
    }

    private static void scale(Integer value, String field) {
        range(value, field, 1, 5);
    }

    private static void range(Integer value, String field, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    /** A check needs this many respondents in all, so that no individual's answers can be told apart. */
    private static void enoughRespondents(long respondents, String field) {
        if (respondents < MIN_RESPONDENTS_PER_SIDE) {
            throw new InvalidInputException(field, "at least " + MIN_RESPONDENTS_PER_SIDE
                    + " respondents are needed, so that no individual's answers can be told apart");
        }
    }

    /**
     * Refuses, naming the field, a health check from a backup that this service would not have
     * recorded: a date that is not a date, a score of an unknown side or element, twice, or off the
     * 1-5 scale, fewer respondents than a check needs, the two sides' own scores kept while either
     * has fewer respondents than that, an indicator out of range. A check's respondents are read
     * from its scores: the most any combined score counts. {@code path} names the check in the backup.
     */
    public static void checkImported(HealthCheck check, String path) {
        date(check.date(), path + ".date");
        List<SideScore> scores = check.scores();
        Map<String, Integer> respondents = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            SideScore s = scores.get(i);
            String at = path + ".scores[" + i + "]";
            if (s.side() == null || !List.of(SurveyScoring.ALL, HealthCheckRequest.Side.OURS.name(), HealthCheckRequest.Side.PARTNER.name())
                    .contains(s.side())) {
                throw new InvalidInputException(at + ".side", "must be ALL, OURS or PARTNER");
            }
            if (!SurveyScoring.OVERALL.equals(s.element()) && java.util.Arrays.stream(TrustElement.values()).noneMatch(e -> e.name().equals(s.element()))) {
                throw new InvalidInputException(at + ".element", "must be a trust element or OVERALL");
            }
            if (!seen.add(s.side() + "/" + s.element())) throw new InvalidInputException(at, "scores " + s.side() + " on " + s.element() + " twice");
            if (!(s.mean() >= 1 && s.mean() <= 5)) throw new InvalidInputException(at + ".mean", "must be between 1 and 5");
            if (s.respondents() < 1) throw new InvalidInputException(at + ".respondents", "must be 1 or more");
            respondents.merge(s.side(), s.respondents(), Math::max);
        }
        enoughRespondents(respondents.getOrDefault(SurveyScoring.ALL, 0), path + ".scores");
        boolean sidesKept = respondents.containsKey(HealthCheckRequest.Side.OURS.name()) || respondents.containsKey(HealthCheckRequest.Side.PARTNER.name());
        if (sidesKept && !SurveyScoring.sidesApart(respondents.getOrDefault(HealthCheckRequest.Side.OURS.name(), 0),
                respondents.getOrDefault(HealthCheckRequest.Side.PARTNER.name(), 0))) {
            throw new InvalidInputException(path + ".scores", "keeps the two sides' own scores although one side has fewer than "
                    + MIN_RESPONDENTS_PER_SIDE + " respondents, so that their answers could be told apart");
        }
        try {
            validate(check.indicators());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + "." + e.field(), e.getMessage());
        }
    }

    /** Used only to check that all rule inputs are known at start-up. */
    public static Set<String> inputNames() {
        return INPUTS.keySet();
    }
}
