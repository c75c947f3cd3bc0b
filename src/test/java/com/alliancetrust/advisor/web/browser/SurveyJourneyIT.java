package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A survey round from start to end: the HR executive opens it on the health page and gets two links;
 * three people on each side answer on a phone-width page without an account; the HR executive sees the
 * counts, closes the round with an indicator and an event, and sees the health check.
 */
class SurveyJourneyIT extends BrowserJourney {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void a_round_is_answered_from_a_phone_width_page_and_closing_it_records_the_health_check() {
        String alliance = openCaseFile("Kestrel Foods", "FR", "DISTRIBUTION");
        Browser hr = browser("survey");
        hr.open("/alliances/" + alliance + "/health/new");
        hr.waitForHeading("Record a health check: Kestrel Foods");
        hr.click("Open a survey round");
        WebElement oursLink = hr.waitFor(By.cssSelector("input.round-link[data-side='OURS']"));
        String ours = oursLink.getAttribute("value");
        String partner = hr.driver.findElement(By.cssSelector("input.round-link[data-side='PARTNER']")).getAttribute("value");
        assertThat(ours).startsWith(hr.base() + "/respond.html#").isNotEqualTo(partner);
        assertThat(hr.driver.findElement(By.cssSelector("[data-round]")).getText())
                .contains("Copy these two links now", "3 more answers needed");
        hr.screenshot("round-opened");

        Browser phone = browser("survey-respondent");
        phone.resize(360, 780);
        int[][] choices = {{4, 2}, {5, 1}, {4, 3}}; // positively worded, reverse-worded: index into the scale (1-5)
        for (String link : List.of(ours, partner)) {
            for (int r = 0; r < choices.length; r++) {
                phone.driver.get("about:blank");
                phone.driver.get(link);
                phone.waitFor(By.cssSelector("fieldset.statement"));
                List<WebElement> statements = phone.driver.findElements(By.cssSelector("fieldset.statement"));
                assertThat(statements).hasSize(19);
                if (link.equals(ours) && r == 0) {
                    Object overflow = phone.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(((Number) overflow).intValue()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
                    @SuppressWarnings("unchecked")
                    List<String> problems = (List<String>) phone.js(AccessibilityIT.AUDIT);
                    assertThat(problems).filteredOn(p -> !p.contains("navigation") && !p.startsWith("title")).isEmpty();
                    @SuppressWarnings("unchecked")
                    List<String> contrast = (List<String>) phone.js(AccessibilityIT.CONTRAST);
                    assertThat(contrast).isEmpty();
                    double height = ((Number) phone.js("return document.querySelector('.statement .choices label').getBoundingClientRect().height;"))
                            .doubleValue();
                    assertThat(height).as("height of an answer's target").isGreaterThanOrEqualTo(44);
                }
                for (int i = 0; i < statements.size(); i++) {
                    WebElement statement = statements.get(i);
                    boolean reverse = statement.getAttribute("data-statement").endsWith("-4") || statement.getAttribute("data-statement").equals("identification-3");
                    String value = i == 5 && r == 2 ? "" : String.valueOf(reverse ? choices[r][1] : choices[r][0]); // one "prefer not to say"
                    WebElement label = statement.findElement(By.xpath(".//input[@value='" + value + "']/ancestor::label"));
                    phone.js("arguments[0].scrollIntoView({block: 'center'});", label);
                    label.click();
                }
                if (link.equals(ours) && r == 0) copy(phone.screenshot("respondent-form"), "survey-respondent-phone.png");
                phone.click("Send my answers");
                phone.waitForText(By.id("survey"), "Thank you");
            }
        }
        phone.screenshot("respondent-thanks");

        // A link that is not open gets one message, whatever the reason.
        expectConsole("404");
        phone.driver.get("about:blank");
        phone.driver.get(hr.base() + "/respond.html#" + "A".repeat(43));
        phone.waitForText(By.id("survey"), "This survey link is not open");

        hr.click("Refresh the counts");
        hr.waitForText(By.cssSelector("[data-stat='needed']"), "Enough answers to close");
        assertThat(hr.driver.findElement(By.cssSelector("[data-stat='ours'] dd")).getText()).isEqualTo("3");
        assertThat(hr.driver.findElement(By.cssSelector("[data-stat='partner'] dd")).getText()).isEqualTo("3");
        assertThat(hr.driver.findElement(By.xpath("//label[starts-with(normalize-space(), 'The survey round')]")).getText())
                .contains("6 answers so far");
        hr.choose("How often the partners communicate", "Monthly");
        hr.driver.findElement(By.xpath("//label[normalize-space()='A change of scope']")).click();
        copy(hr.screenshot("round-page"), "survey-round-page.png");
        hr.click("Close the round and record the health check");

        hr.waitForHeading("Trust health: Kestrel Foods");
        unfold(hr, "checks-heading"); // the checks recorded are folded below the summary
        List<WebElement> rows = hr.driver.findElements(By.xpath("//h2[@id='checks-heading']/following::table[1]/tbody/tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Our side: 3", "Partner's side: 3", "A change of scope");
        assertThat(hr.driver.findElement(By.tagName("main")).getText()).doesNotContain("undefined", "null", "OURS", "PARTNER");
        hr.screenshot("health-check-recorded");

        // The links died with the round.
        phone.driver.get("about:blank");
        phone.driver.get(ours);
        phone.waitForText(By.id("survey"), "This survey link is not open");
    }

    private static void copy(Path shot, String name) {
        try {
            Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
