package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
}
