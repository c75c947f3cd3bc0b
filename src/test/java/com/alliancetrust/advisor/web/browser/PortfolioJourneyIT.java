package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A portfolio longer than a page, read a page at a time, forward and back. */
class PortfolioJourneyIT extends BrowserJourney {
    private static final int PAGE = 50;

    /** An alliance checked ten days ago and found sound: it needs no attention, so it comes after every other journey's alliances. */
    private static void openSoundAlliance(String partner) {
        String alliance = openCaseFile(partner, "DE", "SUPPLY");
        StringBuilder answers = new StringBuilder();
        for (JsonNode item : api().get("/api/v1/knowledge/trust-survey").body()) {
            answers.append(answers.isEmpty() ? "" : ", ").append('"').append(item.path("id").asText()).append("\": ")
                    .append(item.path("reverse").asBoolean() ? 2 : 4);
        }
        String respondent = "{\"side\": \"OURS\", \"answers\": {" + answers + "}}";
        String check = "{\"date\": \"" + LocalDate.now().minusDays(10) + "\", \"responses\": [" + String.join(", ", List.of(respondent, respondent, respondent)) + "]}";
        assertThat(api().post("/api/v1/alliances/" + alliance + "/health-checks", check).status()).isEqualTo(201);
    }

    @Test
    void a_long_portfolio_is_read_a_page_at_a_time() {
        for (long listed = total(); listed < PAGE + 5; listed++) openSoundAlliance("Sound Partner " + listed);
        long total = total();
        JsonNode secondPage = api().get("/api/v1/portfolio?page=2&size=" + PAGE).body().path("alliances").path("items");

        Browser b = browser("portfolio");
        b.open("/");
        b.waitForHeading("Alliance portfolio");
        assertThat(b.waitFor(By.cssSelector("nav.pager")).getText()).contains("Alliances 1 to " + PAGE + " of " + total);
        assertThat(b.driver.findElements(By.cssSelector("table.portfolio tbody tr"))).hasSize(PAGE);
        assertThat(b.driver.findElements(By.linkText("Previous page"))).isEmpty();
        b.screenshot("first-page");

        b.click("Next page");
        b.waitForText(By.cssSelector("nav.pager"), "Alliances " + (PAGE + 1) + " to " + total + " of " + total);
        assertThat(b.driver.findElements(By.cssSelector("table.portfolio tbody tr"))).hasSize((int) total - PAGE);
        assertThat(b.driver.findElement(By.cssSelector("table.portfolio tbody tr")).getAttribute("data-alliance"))
                .isEqualTo(secondPage.get(0).path("allianceId").asText());
        assertThat(b.driver.findElements(By.linkText("Next page"))).isEmpty();
        b.screenshot("second-page");

        b.click("Previous page");
        b.waitForText(By.cssSelector("nav.pager"), "Alliances 1 to " + PAGE + " of " + total);
    }

    /** The advice about the portfolio as a whole: the alliance function not known is to find out; recorded, the advice follows it. */
    @Test
    void the_portfolio_as_a_whole_follows_the_company_alliance_function() {
        if (total() == 0) openSoundAlliance("Sound Partner for the portfolio advice");
        Browser b = browser("portfolio-advice");
        b.open("/");
        b.waitForHeading("Alliance portfolio");
        WebElement section = b.waitFor(By.cssSelector("section.portfolio-advice"));
        b.waitForText(By.cssSelector("section.portfolio-advice"), "Find out whether the company has a dedicated alliance function");
        assertThat(section.getText()).contains("30 to 70%").doesNotContain("NOT_KNOWN").doesNotContain("undefined").doesNotContain("null");
        b.screenshot("not-known");

        b.choose("Does the company have a dedicated alliance function?", "No: each alliance is run on its own");
        b.click("Save");
        b.waitForText(By.cssSelector("section.portfolio-advice"), "Consider giving the alliances a dedicated alliance function");
        assertThat(b.waitFor(By.cssSelector("section.portfolio-advice")).getText()).contains("Research: low confidence")
                .doesNotContain("Find out whether the company has a dedicated alliance function");
        b.screenshot("no-function");

        b.choose("Does the company have a dedicated alliance function?", "Not known");
        b.click("Save");
        b.waitForText(By.cssSelector("section.portfolio-advice"), "Find out whether the company has a dedicated alliance function");
    }

    private static long total() {
        return api().get("/api/v1/portfolio?size=1").body().path("alliances").path("total").asLong();
    }
}
