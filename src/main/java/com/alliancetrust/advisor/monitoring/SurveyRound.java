package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Side;
import java.util.List;
import java.util.Map;

/**
 * A survey round as the HR executive sees it: its state and how many have answered on each side, never
 * what anyone answered. {@code links} holds the two respondent links only in the answer that issued
 * them (opening the round, or issuing new links): they are kept only as hashes and cannot be shown again.
 *
 * @param status OPEN (taking answers), EXPIRED (past its closing date: the links no longer work; close
 *               it to record the check, or cancel it), CLOSED (the health check is recorded) or CANCELLED
 * @param needed how many more answers closing needs (the anonymity rule), 0 when it can close
 * @param sidesApart whether the two sides' own scores would be kept if it closed now
 */
public record SurveyRound(String id, String allianceId, Status status, String openedOn, String closesOn, String endedOn,
                          Map<Side, Integer> respondents, int total, int needed, boolean sidesApart, String healthCheckId,
                          @MaxItems(2) List<Link> links) {

    public enum Status { OPEN, EXPIRED, CLOSED, CANCELLED }

    /** A respondent link: the token, and the page path it goes with ({@code /respond.html#<token>}). */
    public record Link(Side side, String token, String path) {
    }

    /** Opening a round: the last day answers are taken (optional; by default a fortnight or as the knowledge base says). */
    public record Opening(String closesOn) {
    }

    /** Closing a round: the check's date (today by default), the indicators and the notable events to record with it. */
    public record Closing(String date, Indicators indicators, @MaxItems(HealthCheckRequest.MAX_EVENTS) List<NotableEvent> events) {
    }

    /** What a respondent link opens: the token from the link. */
    public record Respondent(String token) {
    }

    /** A respondent's answers: item id to 1-5; an item left out is one the respondent preferred not to answer. */
    public record Answers(String token, Map<String, Integer> answers) {
    }

    /** The survey as a respondent sees it: the statements in order, the answer scale and the last day to answer. */
    public record Form(String closesOn, @MaxItems(5) List<String> scale, @MaxItems(100) List<Statement> statements) {
    }

    /** One statement to agree or disagree with. */
    public record Statement(String id, String text) {
    }

    /** The answer to a respondent who has sent their answers. */
    public record Received(String message) {
    }
}
