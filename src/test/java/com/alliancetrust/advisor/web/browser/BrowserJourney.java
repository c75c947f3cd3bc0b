package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.web.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * A journey through the web application in a real browser. Every journey also checks that the page
 * logged no error: no script failure, no request refused by the content security policy, no asset
 * missing. Requests a test makes fail on purpose are declared with {@link #expectConsole}.
 */
abstract class BrowserJourney {
    private final List<Browser> browsers = new ArrayList<>();
    private final List<String> expected = new ArrayList<>();

    /** A fresh browser for this journey; its screenshots are named after the journey. */
    Browser browser(String journey) {
        Browser browser = Browser.start(journey);
        browsers.add(browser);
        return browser;
    }

    /** A console message this test provokes on purpose (such as the 400 of a refused submission). */
    void expectConsole(String fragment) {
        expected.add(fragment);
    }

    @AfterEach
    void the_page_logged_no_unexpected_error() {
        try {
            for (Browser b : browsers) {
                b.screenshot("final"); // where the journey ended, to see why when it failed
                List<String> errors = b.consoleErrors().stream().filter(e -> expected.stream().noneMatch(e::contains)).toList();
                assertThat(errors).as("errors in the browser console").isEmpty();
            }
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    /**
     * The height of the page as shown, in pixels ({@code document.body.scrollHeight} in a window 1280
     * wide), recorded in {@code target/page-heights.txt} so that a change of layout can be compared.
     */
    static long pageHeight(Browser b, String page) {
        long height = ((Number) b.js("return document.body.scrollHeight;")).longValue();
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "page-heights.txt"), page + " " + height + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return height;
    }

    /** Opens the folded section whose heading has this id, as a reader does: by clicking its heading. */
    static void unfold(Browser b, String headingId) {
        org.openqa.selenium.WebElement heading = b.driver.findElement(org.openqa.selenium.By.id(headingId));
        Object open = b.js("return arguments[0].closest('details').open;", heading);
        if (Boolean.TRUE.equals(open)) return;
        b.js("arguments[0].scrollIntoView({block: 'center'})", heading);
        heading.click();
        b.wait.until(d -> Boolean.TRUE.equals(b.js("return arguments[0].closest('details').open;", heading)));
    }

    /** Opens every "Show all" list of the page, as a reader who wants the whole list does. */
    static void showAll(Browser b) {
        for (org.openqa.selenium.WebElement summary : b.driver.findElements(org.openqa.selenium.By.cssSelector("details.show-all:not([open]) > summary"))) {
            b.js("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click();
        }
    }

    /** The summary a result opens with: each line as "Kind label: text". */
    static java.util.List<String> summaryLines(Browser b) {
        return b.driver.findElements(org.openqa.selenium.By.cssSelector(".result-summary .summary-line")).stream()
                .map(l -> l.getAttribute("data-kind") + ": " + l.findElement(org.openqa.selenium.By.cssSelector(".summary-text")).getText()).toList();
    }

    static ApiClient api() {
        return WebAppServer.api();
    }

    /** Opens a case file through the API, for journeys that start from an existing alliance. */
    static String openCaseFile(String partner, String country, String purpose) {
        var reply = api().post("/api/v1/alliances", """
                {"partner": {"name": "%s", "country": "%s", "industry": "precision engineering"}, "purpose": "%s",
                 "owner": "Head of Alliances", "status": "NEGOTIATING"}""".formatted(partner, country, purpose));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    /** Stores an assessment in a case file through the API: hidden ownership keeps the verdict at RECONSIDER. */
    static JsonNode storeAssessment(String allianceId, String partner) {
        var reply = api().post("/api/v1/partner-assessments", """
                {"allianceId": "%s", "partner": {"name": "%s", "country": "JP"},
                 "alliance": {"purpose": "JOINT_RND", "ipSensitivity": "HIGH", "expectedDurationYears": 5, "priorAlliances": 0},
                 "context": {"ceoCommitment": "DETERMINED", "timePressure": "HIGH", "alternativesConsidered": 0},
                 "evidence": {"integrity": {"litigationRecord": "NONE", "beneficialOwnership": "UNDISCLOSED", "questionnaire": "PARTIAL"},
                              "competence": {"yearsInDomain": 12, "pilotDelivery": "MET"}}}""".formatted(allianceId, partner));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body();
    }

    /** Stores, in a new case file, an assessment of a would-be distributor with this evidence (a JSON object); returns its id. */
    static String storeDistributorAssessment(String partner, String country, String evidence) {
        String alliance = openCaseFile(partner, country, "DISTRIBUTION");
        var reply = api().post("/api/v1/partner-assessments", """
                {"allianceId": "%s", "partner": {"name": "%s", "country": "%s"}, "alliance": {"purpose": "DISTRIBUTION"}, "evidence": %s}"""
                .formatted(alliance, partner, country, evidence));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().path("assessmentId").asText();
    }
}
