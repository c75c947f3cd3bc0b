package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A case file opened from the portfolio, refused once by the server, corrected, edited, and traced in its timeline. */
class CaseFileJourneyIT extends BrowserJourney {

    @Test
    void a_case_file_is_opened_from_the_portfolio_corrected_after_a_refusal_and_edited_with_its_timeline() {
        Browser b = browser("case-file");
        expectConsole("status of 400");
        b.open("/");
        b.click("Open a case file");
        b.waitForHeading("Open a case file");
        b.click("Open the case file");
        assertThat(b.waitFor(By.cssSelector(".error-summary")).getText()).contains("Partner's name: This is required.", "Purpose: Choose one of the options.");
        assertThat(b.driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");

        b.type("Partner's name", "Lumen Optics");
        b.choose("Purpose", "Licensing");
        b.type("Countries involved", "FR, QQ");
        b.type("Owner", "C. Dubois");
        b.click("Open the case file");
        WebElement countries = b.field("Countries involved");
        WebElement error = b.waitFor(By.id(countries.getAttribute("id") + "-error"));
        assertThat(error.getText()).contains("Not a country we know: QQ");
        assertThat(b.field("Owner").getAttribute("value")).isEqualTo("C. Dubois");
        b.screenshot("refused");

        b.type("Countries involved", "France, JP");
        b.click("Open the case file");
        b.waitForHeading("Lumen Optics");
        assertThat(b.driver.findElement(By.cssSelector("dl.summary")).getText()).contains("C. Dubois", "France, Japan");
        b.click("Edit the case file");
        b.waitForHeading("Edit the case file of Lumen Optics");
        b.choose("Status", "Active");
        b.click("Save the changes");
        b.waitForHeading("Lumen Optics");
        assertThat(b.driver.findElement(By.cssSelector(".lead")).getText()).contains("Active");
        assertThat(b.driver.findElement(By.cssSelector(".timeline")).getText()).contains("Case file updated", "Case file opened for Lumen Optics");
        b.screenshot("case-file");

        b.click("Portfolio");
        b.waitForHeading("Alliance portfolio");
        assertThat(b.driver.findElement(By.cssSelector("table.portfolio")).getText()).contains("Lumen Optics", "Licensing", "No checks yet");
        b.screenshot("portfolio");
    }
    @Test
    void every_form_opened_from_a_case_file_is_filled_with_what_the_case_file_knows() {
        String alliance = openCaseFile("Carried Partner", "FR", "SUPPLY");
        var stored = api().post("/api/v1/partner-assessments", """
                {"allianceId": "%s", "partner": {"name": "Carried Partner", "country": "FR", "industry": "precision engineering"},
                 "alliance": {"purpose": "SUPPLY", "ourCountry": "DE", "ipSensitivity": "HIGH", "expectedDurationYears": 6, "virtual": true,
                              "governmentFacing": false, "priorAlliances": 1},
                 "context": {"ceoCommitment": "DETERMINED", "timePressure": "HIGH"},
                 "evidence": {"integrity": {"litigationRecord": "NONE"}}}""".formatted(alliance));
        assertThat(stored.status()).isEqualTo(201);
        Browser b = browser("case-file-forms");
        String note = "Filled in from the case file of Carried Partner and its latest assessment";

        fromCaseFile(b, alliance, "Assess this partner", "Assess a candidate partner");
        assertThat(b.field("Partner's name").getAttribute("value")).isEqualTo("Carried Partner");
        assertThat(b.field("Partner's country").getAttribute("value")).isEqualTo("France");
        assertThat(b.field("Purpose of the alliance").getAttribute("value")).isEqualTo("SUPPLY");
        assertThat(filledNote(b)).contains(note, "partner's name");
        b.screenshot("assess");

        fromCaseFile(b, alliance, "Build a due-diligence checklist", "Build a due-diligence checklist");
        b.wait.until(d -> !b.field("Assessment to build it from").getAttribute("value").isEmpty());
        assertThat(b.field("Partner's country").getAttribute("value")).isEqualTo("France");
        assertThat(b.field("Our country").getAttribute("value")).isEqualTo("Germany");
        assertThat(b.field("Purpose of the alliance").getAttribute("value")).isEqualTo("SUPPLY");
        assertThat(b.field("Sensitivity of the intellectual property").getAttribute("value")).isEqualTo("HIGH");
        assertThat(b.field("Expected duration (years)").getAttribute("value")).isEqualTo("6");
        assertThat(filledNote(b)).contains(note, "our country");
        b.screenshot("checklist");

        fromCaseFile(b, alliance, "Diagnose a breach of trust", "Diagnose a breach of trust");
        assertThat(b.field("Partner's country").getAttribute("value")).isEqualTo("France");
        assertThat(b.field("Our country").getAttribute("value")).isEqualTo("Germany");
        assertThat(b.field("Purpose of the alliance").getAttribute("value")).isEqualTo("SUPPLY");
        assertThat(filledNote(b)).contains(note);
        b.screenshot("diagnosis");

        fromCaseFile(b, alliance, "Compare with other candidates", "Compare candidate partners");
        assertThat(b.field("Name").getAttribute("value")).as("the case file's partner is the first candidate").isEqualTo("Carried Partner");
        assertThat(b.field("Country").getAttribute("value")).isEqualTo("France");
        assertThat(b.field("Purpose of the alliance").getAttribute("value")).isEqualTo("SUPPLY");
        assertThat(b.field("Expected duration (years)").getAttribute("value")).isEqualTo("6");
        assertThat(b.field("How set is the CEO on one of them?").getAttribute("value")).isEqualTo("DETERMINED");
        assertThat(filledNote(b)).contains(note);
        b.screenshot("compare");

        fromCaseFile(b, alliance, "Check the contract's balance", "Contract balance");
        assertThat(b.field("Partner's country").getAttribute("value")).isEqualTo("France");
        assertThat(b.field("Purpose").getAttribute("value")).isEqualTo("SUPPLY");
        assertThat(b.field("Earlier alliances with this partner").getAttribute("value")).isEqualTo("1");
        assertThat(filledNote(b)).contains(note);
        b.screenshot("contract");

        fromCaseFile(b, alliance, "Adapt to the partner's culture", "Cultural adaptation");
        assertThat(b.field("The partner's country").getAttribute("value")).isEqualTo("FR");
        assertThat(b.field("Our country").getAttribute("value")).isEqualTo("DE");
        assertThat(b.field("Will the teams work mostly at a distance?").getAttribute("value")).isEqualTo("true");
        assertThat(filledNote(b)).contains(note);
        b.screenshot("culture");
    }

    @Test
    void fill_in_from_my_last_assessment_fills_the_candidate_says_from_where_and_moves_focus_there() {
        String alliance = openCaseFile("Remembered Partner", "IT", "CO_MARKETING");
        String assessment = storeAssessment(alliance, "Remembered Partner").path("assessmentId").asText();
        Browser b = browser("compare-fill");
        b.open("/compare");
        b.click("Fill in from my last assessment");
        WebElement none = b.waitFor(By.cssSelector("[data-candidate='0'] .filled-note"));
        assertThat(none.getText()).contains("There is no assessment in this tab");
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(none);

        b.open("/assessments/" + assessment); // the assessment read last in this tab
        b.open("/compare");
        WebElement second = b.driver.findElement(By.cssSelector("[data-candidate='1']"));
        WebElement button = second.findElement(By.xpath(".//button[normalize-space()='Fill in from my last assessment']"));
        b.js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        WebElement filled = b.waitFor(By.cssSelector("[data-candidate='1'] .filled-note"));
        assertThat(filled.getText()).contains("Filled in from your last assessment, of Remembered Partner", "name", "country");
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(filled);
        assertThat(b.field(second, "Name").getAttribute("value")).isEqualTo("Remembered Partner");
        assertThat(b.field(second, "Country").getAttribute("value")).isEqualTo("Japan");
        b.screenshot("filled");
    }

    /** Opens the case file, follows one of its links and waits for the page it leads to. */
    private static void fromCaseFile(Browser b, String alliance, String link, String heading) {
        b.open("/alliances/" + alliance);
        b.click(link);
        b.waitForHeading(heading);
        b.waitFor(By.cssSelector("#main .filled-note"));
    }

    private static String filledNote(Browser b) {
        return b.driver.findElement(By.cssSelector("#main .filled-note")).getText();
    }
}
