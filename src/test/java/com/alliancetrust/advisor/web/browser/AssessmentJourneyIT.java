package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An HR executive assesses a candidate partner through the guided form and opens the reasoning behind the advice. */
class AssessmentJourneyIT extends BrowserJourney {

    /** Fills the guided form for Kanto Precision: strong competence, undisclosed ownership, the rest unknown. */
    static void describeKantoPrecision(Browser b) {
        b.open("/assess");
        b.type("Partner's name", "Kanto Precision");
        b.type("Partner's country", "japan"); // by name, in any case: sent as its code
        b.choose("Purpose of the alliance", "Joint research and development");
        b.choose("Sensitivity of the intellectual property involved", "High");
        b.click("Next");
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), "Decision context");
        b.choose("How set is the CEO on this partner?", "Determined to do this deal");
        b.click("Next");
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), "Our own side");
        b.click("Next");
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), "Competence");
        b.type("Years of track record in the alliance's domain (years)", "12");
        b.choose("Pilot or first deliverables", "On time and to the agreed quality");
        b.click("Next");
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), "Integrity");
        b.choose("Beneficial ownership", "Not disclosed or hidden behind opaque structures");
        b.choose("Litigation and enforcement record", "No cases");
    }

    /** Goes to the step of the assessment form with this title, as a user does from the list of steps. */
    static void step(Browser b, String title) {
        b.driver.findElement(By.xpath("//ol[contains(@class, 'steps')]//button[contains(normalize-space(), " + Browser.xpathLiteral(title) + ")]")).click();
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), title);
    }

    @Test
    void assessing_a_partner_shows_the_verdict_the_radar_and_explanations_that_unfold() {
        Browser b = browser("assess");
        b.open("/assess");
        b.screenshot("form-first-step");
        describeKantoPrecision(b);
        assertThat(b.driver.findElement(By.cssSelector("section.step:not([hidden]) .known-count")).getText()).startsWith("2 of 11 items known");
        b.screenshot("form-integrity-step");
        step(b, "The contract (optional)");
        b.driver.findElement(By.xpath("//label[normalize-space()='Penalties']")).click();
        b.driver.findElement(By.xpath("//label[normalize-space()='Monitoring and audit of the work']")).click();
        b.driver.findElement(By.xpath("//label[normalize-space()='Unilateral termination rights']")).click();
        b.driver.findElement(By.xpath("//label[normalize-space()='Roles and responsibilities']")).click();
        b.choose("How did the partner react to the draft?", "Objected to it");
        b.click("Assess with what is known");

        b.waitForHeading("Assessment of Kanto Precision");
        pageHeight(b, "assessment-result");
        // The result opens with its summary, above the verdict and the detail.
        assertThat(summaryLines(b)).hasSizeBetween(2, 5).first().isEqualTo("DECISION: Reconsider Kanto Precision: as things stand, do not go ahead.");
        assertThat(summaryLines(b)).contains("REASON: Integrity is low.");
        assertThat((Boolean) b.js("const s = document.querySelector('.result-summary'), v = document.querySelector('section.verdict');"
                + " return s.compareDocumentPosition(v) === Node.DOCUMENT_POSITION_FOLLOWING;")).isTrue();
        b.screenshot("result-summary");
        // Recommendations in three groups, the five most urgent shown and the rest behind "Show all".
        assertThat(b.driver.findElements(By.cssSelector(".recommendation-group")).stream().map(g -> g.getAttribute("data-group")).toList())
                .containsSubsequence("decide", "safeguard");
        assertThat(b.driver.findElements(By.cssSelector(".recommendation-group > article.recommendation"))).hasSize(5);
        assertThat(b.driver.findElements(By.cssSelector("details.show-all article.recommendation"))).isNotEmpty();
        assertThat(b.driver.findElement(By.cssSelector("section.verdict .verdict-label")).getText()).isEqualTo("Reconsider");
        unfold(b, "profile-heading");
        Object radarPoints = b.js("const c = document.querySelector('.chart-box canvas'); const chart = Chart.getChart(c);"
                + " return chart ? chart.data.datasets[0].data.length : -1;");
        assertThat(radarPoints).isEqualTo(4L);
        assertThat(b.driver.findElement(By.cssSelector(".chart-box canvas")).getAttribute("aria-label"))
                .contains("Integrity low", "Benevolence unknown");
        assertThat(b.driver.findElements(By.cssSelector("table.profile thead th")).stream().map(WebElement::getText).toList())
                .containsExactly("Trust element", "Level", "Evidence known");
        assertThat(b.driver.findElement(By.id("flags-heading")).getText()).startsWith("Red flags (");
        unfold(b, "flags-heading");
        assertThat(b.driver.findElement(By.cssSelector("article.red-flag[data-id='hidden-ownership']")).getText())
                .contains("Allows at best: Reconsider", "How it is resolved:");
        assertThat(b.driver.findElement(By.id("findings-heading")).getText()).startsWith("Findings to resolve (");
        showAll(b);
        assertThat(b.driver.findElement(By.cssSelector("article.recommendation[data-id='if-proceeding-compliance-clauses']")).getText())
                .contains("If the CEO goes ahead anyway", "Research: medium-high confidence");
        unfold(b, "change-heading");
        assertThat(b.driver.findElement(By.cssSelector(".what-would-change")).getText())
                .contains("If beneficial ownership were", "the verdict would become Not enough evidence to decide yet");
        assertThat(b.driver.findElement(By.id("contract-heading")).getText()).isEqualTo("The contract on the table");
        unfold(b, "contract-heading");
        assertThat(b.driver.findElement(By.cssSelector("[data-fold='contract-heading'] .verdict")).getText()).contains("3 control and 1 coordination provisions described");
        // Words the answer names by id, read from the catalogues of its version: the steps of a recommendation, the business
        // case's statements and each rule applied, once.
        List<String> steps = b.driver.findElements(By.cssSelector("article.recommendation .actions-list li")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertThat(steps).isNotEmpty().allMatch(t -> t.matches("[A-Z][^:]+: .{20,}") && !t.contains("undefined") && !t.contains("null"));
        unfold(b, "case-heading");
        assertThat(b.driver.findElement(By.cssSelector("[data-fold='case-heading']")).getText()).contains("Trust is worth money");
        unfold(b, "trace-heading");
        List<String> applied = b.driver.findElements(By.cssSelector("[data-fold='trace-heading'] li")).stream().map(WebElement::getText).toList();
        assertThat(applied).isNotEmpty().doesNotHaveDuplicates().contains("The verdict is the most severe limit that any finding sets")
                .noneMatch(r -> r.matches("r\\d+.*") || r.contains(".drl") || r.contains("another version") || r.contains("null"));
        assertThat(b.driver.findElement(By.id("trace-heading")).getText()).isEqualTo("Rules applied (" + applied.size() + ")");
        b.screenshot("result");

        WebElement pause = b.driver.findElement(By.cssSelector("article.recommendation[data-id='verdict-reconsider']"));
        WebElement why = pause.findElement(By.cssSelector("details.explain > summary"));
        assertThat(pause.findElement(By.cssSelector(".explanation")).isDisplayed()).isFalse();
        b.js("arguments[0].scrollIntoView({block: 'center'})", why);
        why.click();
        WebElement body = pause.findElement(By.cssSelector(".explanation"));
        b.wait.until(d -> body.isDisplayed());
        assertThat(body.getDomProperty("textContent")).contains("Why", "Evidence it rests on", "Beneficial ownership: not disclosed",
                "Chain of conclusions", "Hidden beneficial ownership is an integrity red flag", "Deciding rule", "Sources", "Mayer, R. C.",
                "Based on: Beneficial ownership: not disclosed");
        // Read from the answer's reasoning graph: what each conclusion rests on is in words, never a field's code.
        assertThat(body.getDomProperty("textContent")).doesNotContain("integrity.beneficialOwnership", "undefined", "null");
        b.js("arguments[0].scrollIntoView({block: 'start'})", pause);
        b.screenshot("explanation-open");
        // The business case and the rules applied, the other sections folded, to look at.
        b.js("document.querySelectorAll('details[open]').forEach((d) => { if (!['trace-heading', 'case-heading'].includes(d.dataset.fold)) d.open = false; })");
        b.screenshot("business-case-and-rules-applied");
    }

    @Test
    void partner_fit_and_dependence_have_their_own_steps_and_their_own_axis_in_the_result() {
        Browser b = browser("assess-fit-power");
        describeKantoPrecision(b);
        step(b, "Partner fit");
        assertThat(b.driver.findElement(By.cssSelector("section.step:not([hidden])")).getText())
                .contains("Strategic fit", "Goals and values", "Organisational fit", "Cultural fit", "How to find out:");
        b.choose("Which of our gaps the partner fills", "It brings nothing we lack: what it offers we have, or can get as easily");
        b.choose("What the partner wants from the alliance", "Its goals fit ours");
        assertThat(b.driver.findElement(By.cssSelector("section.step:not([hidden]) [data-known-of='FIT_STRATEGIC']")).getText())
                .startsWith("1 of 3 items known");
        b.screenshot("form-fit-step");
        b.click("Next");
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), "Power and dependence");
        b.choose("How much we depend on the partner", "High: central to our plans, and hard to get elsewhere");
        b.choose("How much the partner depends on us", "Low: useful to it, but it could do without us or find another partner");
        b.screenshot("form-power-step");
        b.click("Assess with what is known");

        b.waitForHeading("Assessment of Kanto Precision");
        unfold(b, "fit-heading");
        unfold(b, "power-heading");
        showAll(b);
        assertThat(b.driver.findElement(By.cssSelector("tr[data-fit='STRATEGIC']")).getText()).contains("Strategic fit", "Low",
                "Which of our gaps the partner fills");
        assertThat(b.driver.findElement(By.cssSelector("tr[data-fit='ORGANISATIONAL']")).getText()).contains("Not yet assessed");
        assertThat(b.driver.findElement(By.cssSelector("[data-balance='WE_DEPEND_MORE']")).getText())
                .contains("We depend on the partner far more than it depends on us.");
        // Held back on trust (hidden ownership) and on fit alike: the verdict says both, and the dependence is to be reduced first.
        assertThat(b.driver.findElement(By.cssSelector(".verdict-why")).getText()).contains("integrity is low",
                "strategic fit is low: the partner brings nothing the alliance needs");
        assertThat(b.driver.findElement(By.cssSelector("article.recommendation[data-id='power-reduce-dependence']")).getText())
                .contains("Reduce our dependence on the partner");
        b.js("document.getElementById('fit-heading').scrollIntoView({block: 'start'})");
        b.screenshot("result-fit-and-power");
    }

    @Test
    void a_partner_too_little_is_known_about_gets_the_checks_that_would_allow_a_decision_rather_than_a_verdict() {
        Browser b = browser("assess-too-little");
        b.open("/assess");
        b.type("Partner's name", "Saigon Delta Logistics");
        b.type("Partner's country", "VN");
        b.choose("Purpose of the alliance", "Distribution");
        b.choose("Will the alliance's work deal with public officials?", "Yes");
        b.click("Next");
        b.waitForText(By.cssSelector("section.step:not([hidden]) h2"), "Decision context");
        b.click("Assess with what is known");

        b.waitForHeading("Assessment of Saigon Delta Logistics");
        WebElement verdict = b.driver.findElement(By.cssSelector("section.verdict"));
        assertThat(verdict.findElement(By.cssSelector(".verdict-label")).getText()).isEqualTo("Not enough evidence to decide yet");
        assertThat(verdict.findElement(By.cssSelector(".checks-to-decide h3")).getText()).isEqualTo("Checks that would allow a decision");
        assertThat(verdict.findElements(By.cssSelector(".checks-to-decide li")).stream().map(WebElement::getText).toList())
                .anySatisfy(check -> assertThat(check).startsWith("Sanctions and watch-list screening: Screen the company"));
        assertThat(summaryLines(b)).first().isEqualTo("DECISION: Do not decide on Saigon Delta Logistics yet: not enough is known.");
        assertThat(summaryLines(b)).anySatisfy(l -> assertThat(l).startsWith("CONDITION: ").contains("checks would allow a decision"));
        unfold(b, "change-heading");
        showAll(b);
        assertThat(b.driver.findElement(By.cssSelector("[data-fold='change-heading'] .fold-body > *")).getText())
                .startsWith("If the checks that would allow a decision come back favourable, the verdict would become");
        // Work with public officials brings the company's own exposure under foreign-bribery law.
        assertThat(b.driver.findElement(By.cssSelector("article.recommendation[data-id='legal-exposure-foreign-bribery']")).getText())
                .contains("Legal exposure", "Research: medium-high confidence");
        assertThat(b.driver.findElement(By.tagName("main")).getText()).doesNotContain("INSUFFICIENT_EVIDENCE");
        b.screenshot("result");
    }

    @Test
    void the_form_checks_while_typing_shows_server_errors_next_to_their_field_and_keeps_every_value() {
        Browser b = browser("assess-errors");
        expectConsole("status of 400");
        describeKantoPrecision(b);
        b.click("Back");
        WebElement years = b.field("Years of track record in the alliance's domain (years)");
        years.clear();
        years.sendKeys("500");
        WebElement yearsError = b.waitFor(By.id(years.getAttribute("id") + "-error"));
        assertThat(yearsError.getText()).isEqualTo("Enter a number from 0 to 200 years.");
        assertThat(years.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(years.getAttribute("aria-describedby")).contains(yearsError.getAttribute("id"));
        b.screenshot("typing-error");
        years.clear();
        years.sendKeys("12");
        b.wait.until(d -> !yearsError.isDisplayed());

        step(b, "Partner and alliance");
        b.type("Partner's country", "XZ"); // looks like a code, but names no country
        step(b, "Integrity");
        b.click("Assess with what is known");

        WebElement country = b.field("Partner's country");
        WebElement countryError = b.waitFor(By.id(country.getAttribute("id") + "-error"));
        assertThat(countryError.getText()).startsWith("\"XZ\" is not a country we know: choose one from the list");
        assertThat(country.getAttribute("aria-describedby")).contains(countryError.getAttribute("id"));
        assertThat(b.driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Partner's country");
        assertThat(country.getAttribute("value")).isEqualTo("XZ");
        assertThat(b.field("Partner's name").getAttribute("value")).isEqualTo("Kanto Precision");
        b.screenshot("error-next-to-field");
        b.type("Partner's country", "Vietnam" + org.openqa.selenium.Keys.TAB); // fixed: its error and its line in the summary go
        b.wait.until(d -> !countryError.isDisplayed() && !d.findElement(By.cssSelector(".error-summary")).isDisplayed());

        b.open("/knowledge/glossary");
        b.open("/assess");
        assertThat(b.field("Partner's country").getAttribute("value")).isEqualTo("Vietnam");
        step(b, "Integrity");
        assertThat(b.field("Beneficial ownership").getAttribute("value")).isEqualTo("UNDISCLOSED");
        assertThat(b.field("Litigation and enforcement record").getAttribute("value")).isEqualTo("NONE");
    }
}
