package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A breach diagnosed one question at a time, with an answer taken back and changed, ending in the repair plan. */
class DiagnosisJourneyIT extends BrowserJourney {

    private static String question(Browser b) {
        return b.waitFor(By.id("question-heading")).getText();
    }

    private static void answer(Browser b, String optionLabel) {
        WebElement form = b.driver.findElement(By.cssSelector("form.question-card"));
        form.findElement(By.xpath(".//label[normalize-space()=" + Browser.xpathLiteral(optionLabel) + "]")).click();
        String before = question(b);
        b.click("Next");
        b.wait.until(d -> {
            var now = d.findElements(By.id("question-heading"));
            return now.isEmpty() || !now.get(0).getText().equals(before);
        });
    }

    @Test
    void one_warning_sign_looked_for_and_not_seen_does_not_rule_erosion_out_and_says_what_to_look_for() {
        Browser b = browser("early-warning");
        b.open("/diagnosis");
        b.choose("Is information being withheld, by either side?", "No");
        b.click("Check the warning signs");
        WebElement warning = b.waitFor(By.cssSelector("#warning-heading ~ .form-section .panel"));
        assertThat(warning.findElement(By.cssSelector("h3")).getText()).isEqualTo("Not enough observed yet to rule erosion out");
        assertThat(warning.getText()).contains("Still to look for:").doesNotContain("NOT_ENOUGH_OBSERVED");
        assertThat(warning.findElements(By.cssSelector("article.recommendation"))).isNotEmpty();
        b.screenshot("not-enough-observed");
    }

    @Test
    void a_guided_diagnosis_shows_why_each_question_is_asked_goes_back_and_ends_in_the_repair_plan() {
        String alliance = openCaseFile("Harbour Logistics", "NL", "DISTRIBUTION");
        Browser b = browser("diagnosis");
        b.open("/diagnosis?alliance=" + alliance);
        assertThat(b.field("Case file").getAttribute("value")).isEqualTo(alliance);
        b.driver.findElement(By.xpath("//label[normalize-space()='The partner']")).click();
        b.type("What happened, in your own words", "Stock promised to us was sold to a competitor at a higher price.");
        b.choose("Has communication with the partner become less frequent or less open?", "Yes");
        b.choose("Is information being withheld, by either side?", "Yes");
        b.click("Check the warning signs");
        WebElement warning = b.waitFor(By.cssSelector("#warning-heading ~ .form-section .panel"));
        assertThat(warning.findElement(By.cssSelector("h3")).getText()).isIn("Trust is likely eroding", "Trust may be eroding");
        assertThat(warning.findElements(By.cssSelector("article.recommendation"))).isNotEmpty();
        b.screenshot("start");
        b.click("Start the diagnosis");

        b.waitForHeading("Breach diagnosis: Harbour Logistics");
        assertThat(question(b)).isEqualTo("What kind of trust was broken?");
        assertThat(b.driver.findElement(By.id("question-why")).getText()).startsWith("Why this question").contains("Asked because it decides");
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Back']")).isEnabled()).isFalse();
        b.screenshot("first-question");

        b.click("Next"); // nothing chosen yet
        assertThat(b.waitFor(By.cssSelector(".question-card .field-error")).getText()).isEqualTo("Choose an answer.");

        answer(b, "Integrity: dishonesty, a broken promise, a confidential leak or rule-breaking");
        assertThat(question(b)).isEqualTo("What did the partner actually do?");
        answer(b, "Something else, such as taking information, customers or money");
        assertThat(question(b)).isEqualTo("Did the party that broke trust act on purpose?");
        answer(b, "Yes, it was deliberate");
        String third = question(b);
        assertThat(b.driver.findElement(By.cssSelector("label[for='diagnosis-progress']")).getText()).startsWith("3 answered");
        b.screenshot("third-question");

        b.click("Back");
        b.wait.until(d -> question(b).equals("Did the party that broke trust act on purpose?"));
        assertThat(b.driver.findElement(By.cssSelector("label[for='diagnosis-progress']")).getText()).startsWith("2 answered");
        assertThat(b.driver.findElement(By.cssSelector(".answers")).getText()).doesNotContain("deliberate");
        assertThat(b.driver.findElement(By.xpath("//label[normalize-space()='Yes, it was deliberate']/preceding-sibling::input")).isSelected())
                .as("the answer taken back is shown chosen, to keep or change").isTrue();
        assertThat(b.driver.findElement(By.cssSelector("label[for='diagnosis-progress']")).getText()).contains("at least", "depending on your answers");
        assertThat(third).isNotBlank();
        answer(b, "No, it was an accident or a mistake");

        for (int asked = 0; asked < 12 && !b.driver.findElements(By.id("question-heading")).isEmpty(); asked++) {
            WebElement firstOption = b.driver.findElement(By.cssSelector("form.question-card .choice label"));
            answer(b, firstOption.getText());
        }
        WebElement outcome = b.waitFor(By.id("outcome-heading"));
        assertThat(outcome.getText()).isEqualTo("Diagnosis");
        // The finished diagnosis opens with its summary, above the progress, the answers and the plan.
        assertThat(summaryLines(b)).hasSizeBetween(2, 5).first().asString().startsWith("DECISION: ");
        assertThat(summaryLines(b)).anySatisfy(l -> assertThat(l).startsWith("CONDITION: First step: "));
        assertThat(b.driver.findElement(By.cssSelector(".answers")).getText()).contains("No, it was an accident or a mistake");
        assertThat(b.driver.findElement(By.id("plan-heading")).getText()).isEqualTo("Repair plan");
        assertThat(b.driver.findElements(By.cssSelector(".phase h3")).get(0).getText()).isEqualTo("Immediate response");
        assertThat(b.driver.findElements(By.cssSelector(".plan-step"))).isNotEmpty();
        b.screenshot("repair-plan");

        b.open("/alliances/" + alliance);
        assertThat(b.driver.findElement(By.cssSelector(".timeline")).getText()).contains("Breach diagnosis complete");
    }
}
