package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Two candidates for the same supply alliance, compared side by side and ranked with reasons. */
class CompareJourneyIT extends BrowserJourney {

    @Test
    void comparing_two_candidates_ranks_the_sound_one_first_with_the_reason_and_opens_its_assessment() {
        Browser b = browser("compare");
        b.open("/compare");
        b.choose("Purpose of the alliance", "Supply");

        WebElement first = b.driver.findElement(By.cssSelector("[data-candidate='0']"));
        b.field(first, "Name").sendKeys("Shady Co");
        first.findElement(By.cssSelector("details > summary")).click();
        b.choose(first, "Sanctions and watch-list screening", "Confirmed hit");

        WebElement second = b.driver.findElement(By.cssSelector("[data-candidate='1']"));
        b.field(second, "Name").sendKeys("Solid Co");
        b.field(second, "Country").sendKeys("DE");
        second.findElement(By.cssSelector("details > summary")).click();
        b.choose(second, "Sanctions and watch-list screening", "Clear");
        b.choose(second, "Litigation and enforcement record", "No cases");
        b.choose(second, "Beneficial ownership", "Fully disclosed and verified");
        b.choose(second, "Due-diligence questionnaire", "Complete");
        b.field(second, "Years of track record in the alliance's domain (years)").sendKeys("15");
        b.choose(second, "Pilot or first deliverables", "On time and to the agreed quality");
        assertThat(second.findElement(By.cssSelector("details > summary")).getText()).isEqualTo("Evidence: 6 of 28 items known");
        b.screenshot("candidates");

        b.click("Compare the candidates");
        b.waitForText(By.id("ranking-heading"), "Ranking");
        List<WebElement> places = b.driver.findElements(By.cssSelector(".ranking > li"));
        assertThat(places).hasSize(2);
        assertThat(summaryLines(b)).first().isEqualTo("DECISION: Solid Co ranks first of 2: not enough evidence to decide yet.");
        assertThat(summaryLines(b)).contains("REASON: Solid Co ranks above Shady Co because its verdict is \"not enough evidence to decide yet\".");
        assertThat(places.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("1. Solid Co");
        assertThat(places.get(0).getText()).contains("above Shady Co");
        assertThat(places.get(0).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Not enough evidence to decide yet");
        assertThat(places.get(0).findElement(By.cssSelector(".checks-count")).getText()).startsWith("2 checks would allow a decision");
        assertThat(places.get(1).findElement(By.tagName("h3")).getText()).isEqualTo("2. Shady Co");
        assertThat(places.get(1).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Do not proceed");
        assertThat(places.get(1).findElements(By.cssSelector(".checks-count"))).isEmpty();
        b.js("document.getElementById('ranking-heading').scrollIntoView()");
        b.screenshot("ranking");

        b.click("Open the full assessment of Solid Co");
        b.waitForHeading("Assessment of Solid Co");
        // Its recommendations and rules in words, from the catalogues of the comparison's version.
        assertThat(b.driver.findElements(By.cssSelector("article.recommendation h4")).stream().map(e -> e.getDomProperty("textContent")).toList())
                .isNotEmpty().allMatch(t -> !t.isBlank() && !t.contains("undefined"));
        assertThat((String) b.js("return document.querySelector(\"[data-fold='trace-heading'] ol\").textContent"))
                .contains("The verdict is the most severe limit that any finding sets").doesNotContain(".drl", "another version", "undefined", "null");
        b.screenshot("full-assessment");
        b.open("/compare");
        assertThat(b.field(b.driver.findElement(By.cssSelector("[data-candidate='1']")), "Name").getAttribute("value")).isEqualTo("Solid Co");
        assertThat(b.driver.findElements(By.cssSelector(".ranking > li"))).hasSize(2);
    }
}
