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
}
