package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.knowledge.MonitoringPolicyFile;
import com.alliancetrust.advisor.knowledge.SurveyItem;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Side;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Survey rounds: the trust survey answered by the respondents themselves. The HR executive opens a
 * round and gets one link per side; each link carries a random token (256 bits from
 * {@link SecureRandom}) that is stored only as its SHA-256 hash and opens that round and side only,
 * until the round is closed, cancelled or past its closing date. A respondent's answers are added to
 * the round's running totals for their side ({@link SurveyTally}) and not kept otherwise; closing
 * the round records the health check from the totals through {@link MonitoringService}, with the same
 * anonymity rule and rules, and deletes the totals.
 */
public final class SurveyRounds {
    /** The one answer to a link that is not open, whatever the reason, so that links cannot be probed. */
    public static final String LINK_NOT_OPEN = "This survey link is not open. It may have been copied incompletely, or the survey"
            + " may have closed. Please ask the person who sent it to you for a current link.";
    /** The path of the respondents' page; the token follows in the fragment, which browsers never send to the server. */
    public static final String PAGE = "/respond.html";
    private static final String[] SCALE = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final CaseFileService caseFiles;
    private final MonitoringService monitoring;
    private final Clock clock;

    public SurveyRounds(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, MonitoringService monitoring, Clock clock) {
        this.advisor = advisor;
        this.db = db;
        this.caseFiles = caseFiles;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    /** Opens a round for an alliance, with its two links; refused (409) while another round of the alliance is open. */
    public SurveyRound open(String allianceId, SurveyRound.Opening opening) {
        caseFiles.read(allianceId); // 404 for an alliance that does not exist
        MonitoringPolicyFile policy = advisor.get().knowledge().monitoringPolicy();
        LocalDate today = LocalDate.now(clock);
        LocalDate closesOn = today.plusDays(policy.surveyRoundDays().value());
        if (opening != null && opening.closesOn() != null) {
            closesOn = date(opening.closesOn(), "closesOn");
            if (closesOn.isBefore(today)) throw new InvalidInputException("closesOn", "must be today or later, got " + closesOn);
            LocalDate latest = today.plusDays(policy.surveyRoundMaxDays().value());
            if (closesOn.isAfter(latest)) {
                throw new InvalidInputException("closesOn", "may be at most " + policy.surveyRoundMaxDays().value()
                        + " days ahead, " + latest + " at the latest: a link must not outlive the period it asks about");
            }
        }
        String id = Ids.newId();
        Map<Side, String> tokens = new EnumMap<>(Side.class);
        Map<Side, String> hashes = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            tokens.put(side, newToken());
            hashes.put(side, hash(tokens.get(side)));
        }
        String closing = closesOn.toString();
        db.inTransaction(c -> {
            for (SurveyRoundStore.Row row : SurveyRoundStore.forAlliance(c, allianceId)) {
                if (row.status().equals(SurveyRoundStore.OPEN)) {
                    throw new ConflictException("id", "A survey round is already open for this alliance (closing on " + row.closesOn()
                            + "): close or cancel it before opening another");
                }
            }
            SurveyRoundStore.insert(c, id, allianceId, Ids.now(), closing, hashes);
            return null;
        });
        return view(db.read(c -> SurveyRoundStore.find(c, id)), links(tokens));
    }

    /** The alliance's rounds, the latest first: state and counts only. */
    public List<SurveyRound> list(String allianceId) {
        caseFiles.read(allianceId);
        List<SurveyRound> rounds = new ArrayList<>(db.read(c -> SurveyRoundStore.forAlliance(c, allianceId)).stream().map(r -> view(r, List.of())).toList());
        java.util.Collections.reverse(rounds);
        return rounds;
    }

    public SurveyRound read(String allianceId, String roundId) {
        return view(row(allianceId, roundId), List.of());
    }

    /** New links for an open round's two sides: the old ones stop working. */
    public SurveyRound newLinks(String allianceId, String roundId) {
        SurveyRoundStore.Row row = row(allianceId, roundId);
        if (!isOpen(row)) throw new ConflictException("id", "Links can be issued only while the round takes answers; this one " + ended(row));
        Map<Side, String> tokens = new EnumMap<>(Side.class);
        for (Side side : Side.values()) tokens.put(side, newToken());
        boolean replaced = db.inTransaction(c -> {
            for (Side side : Side.values()) {
                if (!SurveyRoundStore.replaceLink(c, roundId, side, hash(tokens.get(side)))) return false;
            }
            return true;
        });
        if (!replaced) throw new ConflictException("id", "The round was closed or cancelled meanwhile");
        return view(row(allianceId, roundId), links(tokens));
    }

    /**
     * Closes the round and records the health check from its totals, with the indicators and events
     * given; refused (409, nothing recorded, the round still open) when too few have answered for the
     * anonymity rule, saying how many more answers are needed. An expired round may still be closed.
     */
    public AllianceHealth close(String allianceId, String roundId, SurveyRound.Closing closing) {
        if (closing == null) closing = new SurveyRound.Closing(null, null, null);
        String date = closing.date() == null ? LocalDate.now(clock).toString() : closing.date();
        HealthCheckRequest request = new HealthCheckRequest(date, null, closing.indicators(), closing.events());
        MonitoringService.checkInputs(request); // bad input is named before the round's answers are counted
        for (int attempt = 0; ; attempt++) {
            SurveyRoundStore.Row row = row(allianceId, roundId);
            if (!row.status().equals(SurveyRoundStore.OPEN)) throw new ConflictException("id", "This survey round " + ended(row));
            SurveyTally totals = db.read(c -> SurveyRoundStore.totals(c, roundId));
            int needed = needed(totals.respondents());
            if (needed > 0) {
                throw new ConflictException("responses", "The round cannot be closed yet: " + totals.respondents() + " of at least "
                        + MonitoringService.MIN_RESPONDENTS_PER_SIDE + " answers needed so that no one's answers can be told apart; "
                        + needed + " more " + (needed == 1 ? "answer is" : "answers are") + " needed. Nothing was recorded and the round"
                        + " stays open.");
            }
            try {
                return monitoring.record(allianceId, request, current -> totals, " answering a survey round", (c, checkId) -> {
                    if (!SurveyRoundStore.end(c, roundId, row.version(), SurveyRoundStore.CLOSED, Ids.now(), checkId)) throw new RoundChanged();
                });
            } catch (RoundChanged e) {
                if (attempt >= 5) throw new ConflictException("id", "Answers kept arriving while the round was being closed; try again");
            }
        }
    }

    /** Cancels an open (or expired) round: its links stop working and its totals are deleted; no check is recorded. */
    public SurveyRound cancel(String allianceId, String roundId) {
        for (int attempt = 0; ; attempt++) {
            SurveyRoundStore.Row row = row(allianceId, roundId);
            if (!row.status().equals(SurveyRoundStore.OPEN)) throw new ConflictException("id", "This survey round " + ended(row));
            boolean ended = db.inTransaction(c -> SurveyRoundStore.end(c, roundId, row.version(), SurveyRoundStore.CANCELLED, Ids.now(), null));
            if (ended) return view(row(allianceId, roundId), List.of());
            if (attempt >= 5) throw new ConflictException("id", "Answers kept arriving while the round was being cancelled; try again");
        }
    }

    /** What a respondent link opens: the statements and the closing date; the one refusal for any link that is not open. */
    public SurveyRound.Form form(SurveyRound.Respondent respondent) {
        String token = respondent == null ? null : respondent.token();
        SurveyRoundStore.Row row = db.read(c -> {
            SurveyRoundStore.Link link = validToken(token) ? SurveyRoundStore.link(c, hash(token)) : null;
            return link == null ? null : SurveyRoundStore.find(c, link.roundId());
        });
        if (row == null || !isOpen(row)) throw new NotFoundException(LINK_NOT_OPEN);
        List<SurveyRound.Statement> statements = advisor.get().knowledge().survey().values().stream()
                .map(i -> new SurveyRound.Statement(i.id(), i.text())).toList();
        return new SurveyRound.Form(row.closesOn(), List.of(SCALE), statements);
    }

    /** Adds a respondent's answers to the totals of the link's round and side; nothing else about them is kept. */
    public SurveyRound.Received answer(SurveyRound.Answers answers) {
        InputChecks.body(answers);
        if (!validToken(answers.token())) throw new NotFoundException(LINK_NOT_OPEN);
        Map<String, SurveyItem> items = advisor.get().knowledge().survey();
        if (answers.answers() == null || answers.answers().isEmpty()) {
            throw new InvalidInputException("answers", "Please answer at least one statement (any statement may be left as \"prefer not to say\")");
        }
        String today = LocalDate.now(clock).toString();
        String tokenHash = hash(answers.token());
        db.inTransaction(c -> {
            SurveyRoundStore.Link link = SurveyRoundStore.link(c, tokenHash);
            if (link == null || !SurveyRoundStore.takeAnswer(c, link.roundId(), today)) throw new NotFoundException(LINK_NOT_OPEN);
            SurveyRoundStore.Row row = SurveyRoundStore.find(c, link.roundId());
            int total = row.respondents().values().stream().mapToInt(Integer::intValue).sum();
            if (total >= HealthCheckRequest.MAX_RESPONDENTS) {
                throw new ConflictException("answers", "This survey has received as many answers as one health check takes ("
                        + HealthCheckRequest.MAX_RESPONDENTS + ")");
            }
            SurveyRoundStore.add(c, link.roundId(), SurveyTally.contribution(link.side(), answers.answers(), items, ""));
            return null;
        });
        return new SurveyRound.Received("Thank you. Your answers have been added to the anonymous totals for your side of the alliance;"
                + " what you answered is not kept on its own, and neither your name, your address nor the time you answered is recorded.");
    }

    private SurveyRoundStore.Row row(String allianceId, String roundId) {
        SurveyRoundStore.Row row = db.read(c -> SurveyRoundStore.find(c, roundId));
        if (row == null || !row.allianceId().equals(allianceId)) throw new NotFoundException("No survey round " + roundId + " for this alliance");
        return row;
    }

    private boolean isOpen(SurveyRoundStore.Row row) {
        return row.status().equals(SurveyRoundStore.OPEN) && !LocalDate.parse(row.closesOn()).isBefore(LocalDate.now(clock));
    }

    private static String ended(SurveyRoundStore.Row row) {
        return switch (row.status()) {
            case SurveyRoundStore.CLOSED -> "is already closed: its health check is recorded";
            case SurveyRoundStore.CANCELLED -> "was cancelled";
            default -> "passed its closing date, " + row.closesOn() + "; close it to record the check, or cancel it";
        };
    }

    private SurveyRound view(SurveyRoundStore.Row row, List<SurveyRound.Link> links) {
        SurveyRound.Status status = switch (row.status()) {
            case SurveyRoundStore.CLOSED -> SurveyRound.Status.CLOSED;
            case SurveyRoundStore.CANCELLED -> SurveyRound.Status.CANCELLED;
            default -> isOpen(row) ? SurveyRound.Status.OPEN : SurveyRound.Status.EXPIRED;
        };
        Map<Side, Integer> respondents = new EnumMap<>(Side.class);
        for (Side side : Side.values()) respondents.put(side, row.respondents().getOrDefault(side, 0));
        int total = respondents.values().stream().mapToInt(Integer::intValue).sum();
        boolean open = status == SurveyRound.Status.OPEN || status == SurveyRound.Status.EXPIRED;
        return new SurveyRound(row.id(), row.allianceId(), status, row.openedAt().substring(0, 10), row.closesOn(),
                row.endedAt() == null ? null : row.endedAt().substring(0, 10), respondents, total, open ? needed(total) : 0,
                SurveyScoring.sidesApart(respondents.get(Side.OURS), respondents.get(Side.PARTNER)), row.healthCheckId(), links);
    }

    private static int needed(int answers) {
        return Math.max(0, MonitoringService.MIN_RESPONDENTS_PER_SIDE - answers);
    }

    private static List<SurveyRound.Link> links(Map<Side, String> tokens) {
        return tokens.entrySet().stream().map(e -> new SurveyRound.Link(e.getKey(), e.getValue(), PAGE + "#" + e.getValue())).toList();
    }

    /** 32 random bytes, as 43 characters of URL-safe Base64. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean validToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            if (value.length() == 10) return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be a date as YYYY-MM-DD, got \"" + value + "\"");
    }

    /** The round took an answer between reading its totals and closing it: read them again. */
    private static final class RoundChanged extends RuntimeException {
        RoundChanged() {
            super(null, null, false, false);
        }
    }
}
