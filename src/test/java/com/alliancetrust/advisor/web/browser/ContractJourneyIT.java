package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A draft contract heavy on controls, for a partner who took offence at it, weighed against the relationship. */
class ContractJourneyIT extends BrowserJourney {

    private static void tick(Browser b, String label) {
        b.driver.findElement(By.xpath("//label[normalize-space()=" + Browser.xpathLiteral(label) + "]")).click();
    }

    @Test
    void a_control_heavy_draft_is_named_as_such_with_advice_whose_reasons_unfold() {
        Browser b = browser("contract");
        b.open("/contract");
        tick(b, "Penalties");
        tick(b, "Monitoring and audit of the work");
        tick(b, "Unilateral termination rights");
        tick(b, "Roles and responsibilities");
        b.choose("Stage of trust", "Knowledge-based");
        b.choose("Trust in the partner", "High");
        b.choose("How did the partner react to the draft?", "Took offence at it");
        b.type("Length of the draft (pages)", "0");
        assertThat(b.waitFor(By.cssSelector(".field.has-error .field-error")).getText()).isEqualTo("Enter a number from 1 to 10000 pages.");
        b.type("Length of the draft (pages)", "120");
        b.click("Weigh the contract");

        b.waitForText(By.id("contract-result-heading"), "Where the contract stands");
        assertThat(b.driver.findElement(By.cssSelector("[data-position]")).getText()).isEqualTo("Control-heavy");
        assertThat(b.driver.findElement(By.cssSelector("#contract-result-heading ~ div")).getText()).contains("3 control and 1 coordination provisions");
        assertThat(b.driver.findElements(By.cssSelector("article.recommendation"))).hasSizeGreaterThan(2);
        b.js("document.getElementById('contract-result-heading').scrollIntoView()");
        b.screenshot("result");

        b.open("/knowledge");
        b.open("/contract");
        assertThat(b.driver.findElement(By.cssSelector("[data-position]")).getText()).isEqualTo("Control-heavy");
        assertThat(b.field("Length of the draft (pages)").getAttribute("value")).isEqualTo("120");
    }
}
