package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A French firm preparing a virtual alliance with a Japanese partner: the gaps, the adaptations and the partner's practices. */
class CultureJourneyIT extends BrowserJourney {

    @Test
    void comparing_two_cultures_shows_the_gaps_how_to_adapt_and_the_partner_countrys_practices() {
        Browser b = browser("culture");
        expectConsole("status of 400");
        b.open("/culture");
        b.click("Compare the cultures");
        assertThat(b.waitFor(By.cssSelector(".error-summary")).getText()).contains("Our country: is required: give a country code");
        assertThat(b.field("Our country").getAttribute("aria-invalid")).isEqualTo("true");
        b.choose("Our country", "France (FR), " + countryDimensions(b, "FR"));
        b.choose("The partner's country", "Japan (JP), " + countryDimensions(b, "JP"));
        WebElement ourOverrides = b.driver.findElement(By.xpath("//summary[normalize-space()=\"Our firm differs from its country's culture\"]"));
        ourOverrides.click();
        b.type("Power distance (Hofstede)", "500");
        WebElement error = b.waitFor(By.cssSelector(".field.has-error .field-error"));
        assertThat(error.getText()).isEqualTo("Enter a number from 0 to 120.");
        b.type("Power distance (Hofstede)", "30");
        b.choose("Will the teams work mostly at a distance?", "Yes");
        b.screenshot("form");
        b.click("Compare the cultures");

        b.waitForText(By.id("culture-result-heading"), "France and Japan");
        assertThat(b.driver.findElement(By.cssSelector(".error-summary")).isDisplayed()).as("the earlier error, now put right").isFalse();
        // The comparison opens with its summary; the gaps and the practices are folded below it.
        assertThat(summaryLines(b)).first().asString().matches("DECISION: \\d+ large cultural gaps of \\d+ dimensions compared .*");
        assertThat(summaryLines(b)).hasSizeLessThanOrEqualTo(5).anySatisfy(l -> assertThat(l).startsWith("CONDITION: First adaptation: "));
        b.js("document.getElementById('culture-result-heading').scrollIntoView()");
        b.screenshot("comparison-summary");
        unfold(b, "culture-gaps-heading");
        unfold(b, "culture-practices-heading");
        List<WebElement> gaps = b.driver.findElements(By.cssSelector("table.gaps tbody tr"));
        assertThat(gaps).isNotEmpty();
        WebElement power = b.driver.findElement(By.cssSelector("tr[data-dimension='powerDistance']"));
        assertThat(power.findElements(By.tagName("td")).get(0).getText()).isEqualTo("30");
        assertThat(b.driver.findElements(By.cssSelector("article.recommendation"))).isNotEmpty();
        // Sent as one graph, named by id: read back with the catalogues, the words and the why are all there.
        WebElement adaptation = b.driver.findElements(By.cssSelector("article.recommendation")).get(0);
        assertThat(adaptation.findElement(By.xpath("./*[self::h3 or self::h4]")).getText()).as("its title, in the knowledge base's words").isNotBlank();
        assertThat(adaptation.findElements(By.cssSelector(".rule-ref a"))).as("why: the rules behind it").isNotEmpty();
        adaptation.findElement(By.tagName("summary")).click();
        assertThat(adaptation.findElement(By.cssSelector(".explanation")).getAttribute("textContent")).contains("Evidence it rests on", "Deciding rule", "Sources")
                .doesNotContainPattern("\\b[fcr]\\d+\\b");
        b.js("arguments[0].scrollIntoView()", adaptation);
        b.screenshot("adaptation-why");
        assertThat(b.driver.findElement(By.cssSelector("[data-practice='nemawashi'] h4")).getText()).startsWith("Nemawashi");
        assertThat(b.driver.findElement(By.cssSelector("[data-practice='nemawashi']")).getText()).as("its sources cited, not named by id")
                .contains("Sources: Meyer").doesNotContain("meyer-2014");
        assertThat(b.driver.findElement(By.cssSelector("#culture-result-heading ~ .notice")).getText()).contains("tendency across a whole country");
        b.js("document.getElementById('culture-result-heading').scrollIntoView()");
        b.screenshot("comparison");
    }

    @Test
    void an_assessment_with_our_country_carries_the_cultural_comparison() {
        Browser b = browser("culture-assessment");
        b.open("/assess");
        b.type("Partner's name", "Kanto Precision");
        b.type("Partner's country", "JP");
        b.type("Our country", "fr");
        b.choose("Purpose of the alliance", "Joint research and development");
        b.click("Next");
        b.click("Assess with what is known");
        b.waitForHeading("Assessment of Kanto Precision");
        assertThat(b.driver.findElement(By.id("culture-heading")).getText()).isEqualTo("Culture: France and Japan");
        assertThat(b.driver.findElements(By.cssSelector("[data-fold='culture-heading'] table.gaps tbody tr"))).isNotEmpty();
    }

    private static String countryDimensions(Browser b, String code) {
        Object label = b.js("const o = [...document.querySelectorAll('select[name=\"ours.country\"] option')].find((x) => x.value === arguments[0]);"
                + " return o.textContent.replace(/^.*\\(" + code + "\\), /, '');", code);
        return (String) label;
    }
}
