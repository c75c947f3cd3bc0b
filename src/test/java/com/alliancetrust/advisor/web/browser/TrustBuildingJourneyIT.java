package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The plan after signing for a new partner with one doubt, a wide cultural gap and our own lead about to change. */
class TrustBuildingJourneyIT extends BrowserJourney {

    @Test
    void a_plan_is_dated_by_phase_and_tailored_to_what_is_known() {
        Browser b = browser("trust-building");
        b.open("/plan");
        b.type("Start of the plan", "4 January");
        b.click("Make the plan");
        assertThat(b.waitFor(By.cssSelector(".field.has-error .field-error")).getText()).isEqualTo("Enter the date as year-month-day, such as 2027-01-04.");
        b.type("Start of the plan", "2027-01-04");
        b.choose("Integrity", "Moderate");
        b.choose("Competence", "High");
        b.choose("Benevolence", "High");
        b.choose("Predictability", "High");
        b.choose("Stage of trust", "Calculus-based (early)");
        b.choose("Widest cultural gap between the two sides", "Large");
        b.choose("Is our own lead for the alliance expected to change in the first year?", "Yes");
        b.click("Make the plan");

        b.waitForText(By.id("plan-heading"), "Building trust from");
        // The plan opens with its summary; the first phase is unfolded, the later ones folded below it.
        assertThat(summaryLines(b)).first().asString().startsWith("DECISION: A plan in 3 phases, starting with");
        assertThat(summaryLines(b)).hasSizeLessThanOrEqualTo(5).anySatisfy(l -> assertThat(l).startsWith("REASON: First step: "));
        assertThat(b.driver.findElements(By.cssSelector("details[data-phase][open]"))).hasSize(1);
        assertThat(b.driver.findElements(By.cssSelector("[data-phase] h3"))).extracting(e -> e.getText())
                .containsExactly("First 90 days: ground rules and small commitments, by 4 Apr 2027",
                        "Months 4 to 12: joint planning and personal ties, by 4 Jan 2028",
                        "Year two, as trust grows: joint investment and a lighter contract, by 3 Jan 2029");
        assertThat(b.driver.findElements(By.cssSelector("[data-phase='FOUNDATION'] article.recommendation"))).extracting(e -> e.getAttribute("data-id"))
                .contains("tb-verifiable-integrity", "tb-cultural-bridge", "tb-keep-our-lead", "tb-small-commitments");
        assertThat(b.driver.findElement(By.cssSelector("main")).getText()).doesNotContain("FOUNDATION", "tb-", "undefined", "null");
        b.js("document.getElementById('plan-heading').scrollIntoView()");
        b.screenshot("result");
        assertThat(b.consoleErrors()).isEmpty();
    }

    @Test
    void a_plan_is_saved_to_the_case_file_and_a_step_is_marked_there_and_counted_in_the_portfolio() {
        String alliance = openCaseFile("Hokuto Sensors", "JP", "JOINT_RND");
        String assessment = storeAssessment(alliance, "Hokuto Sensors").path("assessmentId").asText();
        Browser b = browser("trust-building-kept");
        b.open("/alliances/" + alliance);
        assertThat(b.driver.findElement(By.cssSelector("[aria-labelledby='plan-steps-heading']")).getText())
                .contains("No trust-building plan is kept in this case file yet.");
        b.click("Make a trust-building plan");
        b.waitForHeading("Trust-building plan");
        b.type("Start of the plan", LocalDate.now().minusDays(100).toString());
        b.click("Make the plan");
        b.waitForText(By.id("plan-heading"), "Building trust from");
        b.js("document.getElementById('keep-heading').scrollIntoView()");
        b.screenshot("plan-to-keep");
        b.click("Save to the case file of Hokuto Sensors");

        b.waitForHeading("Hokuto Sensors");
        WebElement section = b.waitFor(By.cssSelector("[aria-labelledby='plan-steps-heading']"));
        assertThat(section.getText()).contains("First 90 days: ground rules and small commitments, by", "Overdue", "steps settled: 0 done");
        WebElement step = section.findElement(By.cssSelector("[data-plan-phase='FOUNDATION'] article.plan-step"));
        String title = step.findElement(By.tagName("h4")).getText();
        b.type("Your name, recorded with each step you mark", "A. Moreau");
        step.findElement(By.xpath(".//summary[normalize-space()='Mark this step']")).click();
        step.findElement(By.xpath(".//label[normalize-space()='Done']")).click();
        b.field(step, "Note").sendKeys("Launch workshop held in Osaka with both teams");
        step.findElement(By.xpath(".//button[normalize-space()='Save the step']")).click();
        b.waitForText(By.cssSelector("[data-step='" + step.getAttribute("data-step") + "'] .save-state"), "Saved: done.");
        assertThat(step.getText()).contains("Last marked", "by A. Moreau");
        assertThat(section.getText()).contains("steps settled: 1 done");
        assertThat(b.driver.findElement(By.cssSelector("main")).getText()).doesNotContain("FOUNDATION", "tb-", "TRUST_PLAN", "undefined", "null");
        b.js("document.getElementById('plan-steps-heading').scrollIntoView()");
        b.screenshot("case-file-plan");

        // Other journeys share this server's portfolio: the alliance may be on a later page of fifty.
        int page = 1;
        while (api().get("/api/v1/portfolio?page=" + page + "&size=50").body().path("alliances").path("items").findValuesAsText("allianceId")
                .stream().noneMatch(alliance::equals)) {
            assertThat(page).as("the alliance is in the portfolio").isLessThan(20);
            page++;
        }
        b.open("/?page=" + page);
        b.waitForHeading("Alliance portfolio");
        WebElement row = b.waitFor(By.cssSelector("tr[data-alliance='" + alliance + "'] td.plan-steps"));
        assertThat(row.getText()).contains("due", "overdue", "Next:");
        b.js("arguments[0].scrollIntoView()", row);
        b.screenshot("portfolio-plan-steps");
        b.open("/alliances/" + alliance);
        b.waitForHeading("Hokuto Sensors");
        assertThat(b.driver.findElement(By.cssSelector(".timeline")).getText()).contains("Trust-building step \"" + title + "\" marked done by A. Moreau",
                "Trust-building plan of");
        assertThat(api().get("/api/v1/alliances/" + alliance + "/trust-building-plan").body().path("assessmentId").asText()).isEqualTo(assessment);

        assertThat(b.consoleErrors()).isEmpty();
    }
}
