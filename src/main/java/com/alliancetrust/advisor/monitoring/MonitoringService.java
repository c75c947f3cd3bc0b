package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.Alliance;
import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.domain.FactType;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.TrustElement;
import com.alliancetrust.advisor.domain.UnprocessableException;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.monitoring.HealthCheck.SideScore;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Recent;
import com.alliancetrust.advisor.store.Ids;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Trust monitoring: records health checks (as anonymous aggregates), each only once the rules have
 * evaluated the alliance's health with it, and reads an alliance's series of checks with the
 * monitoring rules ({@link HealthRules}). The portfolio puts every alliance side by side.
 */
public final class MonitoringService {
    /**
     * The two sides' own scores are kept only when each side has at least this many respondents,
     * and a check needs at least this many respondents in all, so that no one's answers can be told apart.
     */
    public static final int MIN_RESPONDENTS_PER_SIDE = 3;
    /** Healths kept for reading again (a few MB): a portfolio page's worth of alliances and more. */
    static final int KEPT_HEALTHS = 200;
    /** The order checks are stored and read in. */
    private static final Comparator<HealthCheck> CHRONOLOGICAL = Comparator.comparing(HealthCheck::date).thenComparing(HealthCheck::id);
    private final Supplier<Advisor> advisor;
    private final Database db;
    private final HealthCheckStore store;
    private final CaseFileService caseFiles;
    private final HealthSummaries summaries;
    private final OrganisationStore organisations = new OrganisationStore();
    private volatile KeptAdvice keptAdvice;
    /** The healths read last, by alliance, the least recently read dropped beyond {@link #KEPT_HEALTHS}. */
    private final Recent<String, KeptHealth> keptHealths = new Recent<>(KEPT_HEALTHS);

    public MonitoringService(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, HealthSummaries summaries) {
        this.advisor = advisor;
        this.db = db;
        this.store = summaries.checks(); // one store, so that the checks it has read are kept once
        this.caseFiles = caseFiles;
        this.summaries = summaries;
    }

    public AllianceHealth record(String allianceId, HealthCheckRequest request) {
        InputChecks.body(request);
        date(request.date(), "date");
        boolean surveyed = request.responses() != null && !request.responses().isEmpty();
        if (surveyed) enoughRespondents(request.responses().size(), "responses");
        return record(allianceId, request, surveyed ? current -> SurveyScoring.tally(request.responses(), current.knowledge().survey()) : null,
                "", (c, checkId) -> { });
    }

    /**
     * Records a check whose survey answers were added up elsewhere (a survey round, a file from a
     * survey tool): the same checks, rules and transaction as {@link #record(String, HealthCheckRequest)},
     * with {@code alongside} run in the check's transaction (a round closed with it). {@code tally}
     * is null for a check without a survey; the request's own {@code responses} are ignored.
     */
    public AllianceHealth record(String allianceId, HealthCheckRequest request, java.util.function.Function<Advisor, SurveyTally> tally,
                                 String source, Alongside alongside) {
        checkInputs(request);
        LocalDate date = date(request.date(), "date");
        Indicators indicators = request.indicators() == null ? Indicators.NONE : request.indicators();
        List<HealthCheckRequest.NotableEvent> events = request.events() == null ? List.of() : List.copyOf(request.events());
        // A check of indicators and events alone records history and KPIs; trust is then not measured at it.
        if (tally == null && !indicators.any() && events.isEmpty()) {
            throw new InvalidInputException("responses", "a check needs survey answers from at least " + MIN_RESPONDENTS_PER_SIDE
                    + " respondents, or indicators or notable events to record without a survey");
        }
        validate(indicators);
        String madeAt = Ids.now();
        Advisor current = advisor.get();
        SurveyTally totals = tally == null ? null : tally.apply(current);
        if (totals != null) enoughRespondents(totals.respondents(), "responses");
        List<SideScore> scores = totals == null ? List.of() : totals.scores();
        HealthCheck check = new HealthCheck(Ids.newId(), allianceId, date.toString(), Ids.now(), scores, indicators, events);
        HealthSummaries.Snapshot before = summaries.snapshot(allianceId);
        List<HealthCheck> checks = new ArrayList<>(before.checks());
        checks.add(check);
        checks.sort(CHRONOLOGICAL);
        AllianceHealth health = evaluable(current, before.alliance(), checks, summaries.today());
        String summary = totals == null ? "Health check of " + check.date() + ": indicators and events only; trust was not measured"
                : "Health check of " + check.date() + ": " + totals.respondents() + " respondents" + source + ", overall trust "
                + scores.stream().filter(s -> s.side().equals(SurveyScoring.ALL) && s.element().equals(SurveyScoring.OVERALL)).findFirst()
                .map(s -> String.valueOf(s.mean())).orElse("incomplete");
        // Written before the write begins, so that the writer's turn is not spent on it.
        HealthCheckStore.Written written = store.write(check);
        HealthSummaryStore.Kept kept = summaries.keep(health);
        // The check, the change it counts, the health evaluated with it and its timeline entry: all kept, or none.
        db.inTransaction(c -> {
            alongside.run(c, check.id());
            store.insert(c, written); // counts one change to the alliance's health
            summaries.save(c, before, 1, current, madeAt, kept);
            caseFiles.note(c, allianceId, "HEALTH_CHECK", summary, check.id());
            return null;
        });
        return health;
    }

    /** Refuses, naming the field, a check's date, indicators or events that cannot be recorded; the survey answers are checked apart. */
    static void checkInputs(HealthCheckRequest request) {
        InputChecks.body(request);
        date(request.date(), "date");
        if (request.events() != null && request.events().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("events", "must name notable events, without empty entries");
        }
        if (request.indicators() != null) validate(request.indicators());
    }

    /** Work done in a check's transaction, given the check's id. */
    @FunctionalInterface
    public interface Alongside {
        void run(java.sql.Connection c, String checkId) throws java.sql.SQLException;
    }

    /**
     * The health, as of today, of the series a new check makes; the check is refused when the rules
     * cannot evaluate that series (as of the check's own date when it lies ahead), so that what is
     * stored can always be read.
     */
    private static AllianceHealth evaluable(Advisor current, Alliance alliance, List<HealthCheck> checks, LocalDate today) {
        LocalDate latest = LocalDate.parse(checks.get(checks.size() - 1).date());
        LocalDate asOf = latest.isAfter(today) ? latest : today;
        AllianceHealth health;
        try {
            health = HealthRules.evaluate(current, alliance, checks, asOf);
        } catch (RuntimeException e) {
            throw new UnprocessableException("The monitoring rules could not evaluate this alliance's health with this check,"
                    + " so it was not recorded: " + HealthRules.reason(e));
        }
        return asOf.equals(today) ? health : HealthRules.read(current, alliance, HealthRules.until(checks, today), today);
    }

    /** The alliance's health as of a day (today by default), from the checks recorded up to that day. */
    public AllianceHealth health(String allianceId, String asOf) {
        Advisor current = advisor.get();
        Alliance alliance = caseFiles.read(allianceId).alliance();
        LocalDate day = asOf == null ? summaries.today() : date(asOf, "asOf");
        List<HealthCheck> checks = HealthRules.until(db.read(c -> store.forAlliance(c, allianceId)), day);
        KeptHealth kept = keptHealths.get(allianceId);
        if (kept != null && kept.advisor() == current && kept.day().equals(day) && kept.alliance().equals(alliance) && kept.checks().equals(checks)) {
            return kept.health();
        }
        AllianceHealth health = HealthRules.read(current, alliance, checks, day);
        // One the rules could not evaluate (stopped on a busy machine, say) is read again next time.
        if (!HealthRules.NOT_EVALUATED.equals(health.overallLevel())) keptHealths.put(allianceId, new KeptHealth(current, alliance, checks, day, health));
        return health;
    }

    /**
     * A health as the rules read it, with all it was read from: the rules, the case file, the checks
     * (as stored, read anew for each request) and the day. The same inputs give the same health, so
     * a read whose inputs are all equal to these is answered without running the rules again.
     */
    private record KeptHealth(Advisor advisor, Alliance alliance, List<HealthCheck> checks, LocalDate day, AllianceHealth health) {
    }

    /** A page of the portfolio, kept as of today ({@code asOf}, if given, must be today); reading it runs no rule. */
    public Portfolio portfolio(String asOf, int page, int size) {
        LocalDate today = summaries.today();
        if (asOf != null && !date(asOf, "asOf").equals(today)) {
            throw new InvalidInputException("asOf", "the portfolio is kept as of today, " + today
                    + "; for another day, read an alliance's health with asOf");
        }
        Advisor current = advisor.get(); // once: the page and the advice about it come from the same rules
        Portfolio listing = summaries.page(current, page, size);
        return listing.withAdvice(portfolioAdvice(current, organisation(), listing.alliances().total()));
    }

    /** The company's settings the portfolio advice depends on. */
    public Organisation organisation() {
        return db.read(organisations::read);
    }

    /** Records whether the company has a dedicated alliance function (NOT_KNOWN clears it); the portfolio advice follows. */
    public Organisation setOrganisation(Organisation.Update update) {
        InputChecks.body(update);
        if (update.allianceFunction() == null) {
            throw new InvalidInputException("allianceFunction", "is required: YES, NO or NOT_KNOWN");
        }
        Organisation organisation = update.allianceFunction() == Organisation.AllianceFunction.NOT_KNOWN ? Organisation.NOT_RECORDED
                : new Organisation(update.allianceFunction(), Ids.now());
        db.inTransaction(c -> {
            organisations.write(c, organisation);
            return null;
        });
        return organisation;
    }

    /**
     * The advice about the portfolio as a whole; the rules run again only when what it depends on
     * changes (the rules, the setting, the number of alliances), so reading a page of
     * the portfolio seldom runs a rule.
     */
    private PortfolioAdvice portfolioAdvice(Advisor current, Organisation organisation, long alliances) {
        String key = current.version() + "/" + organisation.allianceFunction() + "/" + organisation.updatedAt() + "/" + alliances;
        KeptAdvice kept = keptAdvice;
        if (kept != null && kept.key().equals(key)) return kept.advice();
        PortfolioAdvice advice = PortfolioAdvice.advise(current, organisation, alliances);
        keptAdvice = new KeptAdvice(key, advice);
        return advice;
    }

    private record KeptAdvice(String key, PortfolioAdvice advice) {
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
        range(i.revenueVsPlan(), "indicators.revenueVsPlan", 0, 10_000);
        range(i.costVsBudget(), "indicators.costVsBudget", 0, 10_000);
        range(i.priorAlliances(), "indicators.priorAlliances", 0, 1000);
    }

    private static void scale(Integer value, String field) {
        range(value, field, 1, 5);
    }

    private static void range(Integer value, String field, int min, int max) {
        InputChecks.range(value, min, max, field);
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
            if (!SurveyScoring.OVERALL.equals(s.element()) && !SurveyScoring.SCORED.contains(s.element())) {
                throw new InvalidInputException(at + ".element", "must be a trust element, IDENTIFICATION or OVERALL");
            }
            if (!seen.add(s.side() + "/" + s.element())) throw new InvalidInputException(at, "scores " + s.side() + " on " + s.element() + " twice");
            if (!(s.mean() >= 1 && s.mean() <= 5)) throw new InvalidInputException(at + ".mean", "must be between 1 and 5");
            if (s.respondents() < 1) throw new InvalidInputException(at + ".respondents", "must be 1 or more");
            if (s.spread() != null && !(s.spread() >= 0 && s.spread() <= 4)) throw new InvalidInputException(at + ".spread", "must be between 0 and 4");
            respondents.merge(s.side(), s.respondents(), Math::max);
        }
        // A check without a survey (indicators and events alone) has no scores.
        if (!scores.isEmpty()) enoughRespondents(respondents.getOrDefault(SurveyScoring.ALL, 0), path + ".scores");
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

    /** The facts the monitoring rules are given, checked against the rules at start-up. */
    public static List<FactType> facts() {
        List<FactType> facts = new ArrayList<>(HealthRules.FACTS);
        facts.addAll(PortfolioAdvice.FACTS);
        return List.copyOf(facts);
    }
}
