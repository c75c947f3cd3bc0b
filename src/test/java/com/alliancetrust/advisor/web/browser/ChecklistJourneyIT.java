package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.web.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The due-diligence checklist built from a stored assessment, ticked off item by item, exported and re-assessed. */
class ChecklistJourneyIT extends BrowserJourney {

    /** A check, its section unfolded as a reader opens it to mark the check. */
    private static WebElement item(Browser b, String id) {
        WebElement item = b.driver.findElement(By.cssSelector("article[data-item='" + id + "']"));
        WebElement section = item.findElement(By.xpath("ancestor::details[contains(@class, 'fold')][1]"));
        if (section.getAttribute("open") == null) {
            WebElement heading = section.findElement(By.cssSelector(":scope > summary"));
            b.js("arguments[0].scrollIntoView({block: 'center'})", heading);
            heading.click();
            b.wait.until(d -> section.getAttribute("open") != null);
        }
        return item;
    }

    private static void mark(Browser b, WebElement item, String status) {
        WebElement radio = item.findElement(By.xpath(".//label[normalize-space()=" + Browser.xpathLiteral(status) + "]"));
        b.js("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();
        b.wait.until(d -> item.findElement(By.cssSelector(".actions .save-state")).getText().equals("Saved: " + status.toLowerCase() + "."));
    }

    @Test
    void ticking_checklist_items_keeps_their_status_and_exports_them_and_findings_feed_a_reassessment() throws IOException {
        String alliance = openCaseFile("Kanto Precision", "JP", "JOINT_RND");
        storeAssessment(alliance, "Kanto Precision");
        Browser b = browser("checklist");
        b.open("/alliances/" + alliance);
        b.click("Build a due-diligence checklist");
        b.waitForHeading("Build a due-diligence checklist");
        b.wait.until(d -> !b.field("Assessment to build it from").getAttribute("value").isEmpty());
        b.type("Our country", "FR");
        b.click("Build the checklist");

        b.waitForHeading("Due-diligence checklist: Kanto Precision");
        pageHeight(b, "checklist");
        // It opens with its summary; the checks are folded by section below.
        assertThat(summaryLines(b)).first().asString().matches("DECISION: \\d+ of \\d+ checks are still open\\.");
        assertThat(b.driver.findElements(By.cssSelector("details.fold[data-fold^='section-']"))).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
        b.screenshot("summary");
        String progress = b.driver.findElement(By.cssSelector(".progress-text")).getText();
        assertThat(progress).startsWith("0 of ");
        b.type("Your name, recorded with each check you mark", "A. Moreau");

        WebElement ownership = item(b, "ic-beneficial-ownership");
        b.choose(ownership, "Finding: Beneficial ownership", "Fully disclosed and verified");
        b.field(ownership, "Note").sendKeys("Ownership chart checked against the Tokyo register.");
        mark(b, ownership, "Done");
        WebElement sanctions = item(b, "ic-sanctions-screening");
        b.field(sanctions, "Note").sendKeys("A director appears on a watch list.");
        mark(b, sanctions, "Red flag");
        mark(b, item(b, "ip-nda-in-place"), "Not applicable");
        assertThat(b.driver.findElement(By.cssSelector(".progress-text")).getText()).startsWith("3 of ").contains("1 done", "1 not applicable", "1 red flag");
        // The summary follows the marks: a red flag found now leads it.
        assertThat(summaryLines(b)).first().isEqualTo("DECISION: A check found a red flag: re-assess the partner before going further.");
        b.screenshot("items-ticked");

        b.driver.navigate().refresh();
        b.waitForHeading("Due-diligence checklist: Kanto Precision");
        assertThat(item(b, "ic-beneficial-ownership").findElement(By.cssSelector("input[type='radio'][value='DONE']")).isSelected()).isTrue();
        assertThat(item(b, "ic-sanctions-screening").findElement(By.cssSelector("input[type='radio'][value='RED_FLAG']")).isSelected()).isTrue();
        assertThat(item(b, "ic-beneficial-ownership").getText()).contains("by A. Moreau");

        b.click("Export as CSV (spreadsheet)");
        Path csv = awaitDownload(b, ".csv");
        assertThat(csv.getFileName().toString()).as("named by partner and date")
                .isEqualTo("due-diligence-checklist-kanto-precision-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".csv");
        String exported = Files.readString(csv);
        assertThat(exported).contains("\"ic-beneficial-ownership\"", "\"done\"", "\"red flag\"", "A director appears on a watch list.",
                "\"Beneficial ownership: fully disclosed and verified\"");
        b.click("Export as Markdown");
        assertThat(Files.readString(awaitDownload(b, ".md"))).contains("Identify who ultimately owns and controls the partner");

        b.click("Re-assess with the findings");
        WebElement done = b.waitForText(By.cssSelector(".panel h3"), "Re-assessed with the findings");
        assertThat(done.findElement(By.xpath("..")).getText()).contains("Beneficial ownership: fully disclosed and verified")
                .doesNotContain("integrity.", "DISCLOSED", "null", "undefined");
        b.screenshot("reassessed");
        b.click("Open the new assessment");
        b.waitForHeading("Assessment of Kanto Precision");
    }

    @Test
    void a_check_someone_else_marked_meanwhile_is_shown_as_they_left_it_and_the_note_being_written_is_kept() {
        expectConsole("status of 409");
        String alliance = openCaseFile("Lagos Castings", "NG", "SUPPLY");
        String assessment = storeAssessment(alliance, "Lagos Castings").path("assessmentId").asText();
        String checklist = api().post("/api/v1/checklists", "{\"assessmentId\": \"" + assessment + "\"}").body().path("id").asText();
        Browser b = browser("checklist-conflict");
        b.open("/checklists/" + checklist);
        b.waitForHeading("Due-diligence checklist: Lagos Castings");
        WebElement sanctions = item(b, "ic-sanctions-screening");
        b.field(sanctions, "Note").sendKeys("Screened the directors; one name to check again.");
        assertThat(sanctions.findElement(By.cssSelector(".actions .save-state")).getText()).isEqualTo("Not saved yet.");

        // Leaving the page with the note unsaved asks first; staying keeps the note.
        b.driver.findElement(By.cssSelector(".site-nav a[data-nav='dashboard']")).click();
        org.openqa.selenium.Alert leaving = b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertThat(leaving.getText()).contains("A note on this checklist is not saved yet.", "Leave this page anyway?");
        leaving.dismiss();
        assertThat(b.driver.getCurrentUrl()).endsWith("#/checklists/" + checklist);
        assertThat(b.field(sanctions, "Note").getAttribute("value")).isEqualTo("Screened the directors; one name to check again.");

        // Meanwhile a colleague marks the same check from another screen.
        ApiClient.Reply theirs = api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.base() + "/api/v1/checklists/" + checklist
                        + "/items/ic-sanctions-screening")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\": \"DONE\", \"note\": \"All clear on EU and UK lists\","
                        + " \"by\": \"J. Reed\", \"date\": \"2026-03-02\", \"version\": 1}")).build());
        assertThat(theirs.status()).as(theirs.body().toString()).isEqualTo(200);

        WebElement redFlag = sanctions.findElement(By.xpath(".//label[normalize-space()='Red flag']"));
        b.js("arguments[0].scrollIntoView({block: 'center'})", redFlag);
        redFlag.click();
        WebElement warning = b.wait.until(d -> sanctions.findElements(By.cssSelector(".conflict .notice")).stream().findFirst().orElse(null));
        assertThat(warning.getText()).contains("Someone else changed this check", "Done", "J. Reed", "2 Mar 2026", "All clear on EU and UK lists",
                "Your “Red flag” was not saved");
        assertThat(sanctions.findElement(By.cssSelector("input[type='radio'][value='DONE']")).isSelected()).as("their status shown").isTrue();
        assertThat(b.field(sanctions, "Note").getAttribute("value")).as("the note being written is kept")
                .isEqualTo("Screened the directors; one name to check again.");
        b.screenshot("changed-meanwhile");

        sanctions.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Save the note')]")).click();
        b.wait.until(d -> sanctions.findElement(By.cssSelector(".actions .save-state")).getText().equals("Saved: done."));
        JsonNode saved = null;
        for (JsonNode i : api().get("/api/v1/checklists/" + checklist).body().path("items")) {
            if (i.path("id").asText().equals("ic-sanctions-screening")) saved = i;
        }
        assertThat(saved.path("note").asText()).isEqualTo("Screened the directors; one name to check again.");
        assertThat(saved.path("status").asText()).isEqualTo("DONE");
        assertThat(saved.path("version").asInt()).isEqualTo(3);
        assertThat(sanctions.findElements(By.cssSelector(".conflict .notice"))).as("the warning goes once saved").isEmpty();
    }

    @Test
    void a_checklist_from_an_assessment_not_stored_offers_to_store_it_in_a_new_case_file_and_then_re_assesses_with_its_findings() {
        String input = """
                {"partner": {"name": "Unfiled Partner", "country": "JP", "industry": "sensors"},
                 "alliance": {"purpose": "JOINT_RND", "ipSensitivity": "HIGH", "expectedDurationYears": 5},
                 "evidence": {"integrity": {"beneficialOwnership": "UNDISCLOSED"}}}""";
        ApiClient.Reply assessed = api().post("/api/v1/partner-assessments", input);
        assertThat(assessed.status()).as("not stored").isEqualTo(200);
        Browser b = browser("checklist-unstored");
        b.open("/");
        b.js("sessionStorage.setItem('advisor.current.assessment', JSON.stringify({input: JSON.parse(arguments[0]), output: JSON.parse(arguments[1])}));",
                input, assessed.body().toString()); // as the assessment form leaves it in the tab
        b.open("/result");
        b.waitForHeading("Assessment of Unfiled Partner");
        b.click("Build the due-diligence checklist");
        b.waitForHeading("Build a due-diligence checklist");
        assertThat(b.field("Partner's country").getAttribute("value")).isEqualTo("Japan");
        assertThat(b.field("Purpose of the alliance").getAttribute("value")).isEqualTo("JOINT_RND");
        assertThat(b.driver.findElement(By.cssSelector("#main .filled-note")).getText()).contains("your assessment of Unfiled Partner");
        b.type("Our country", "FR");
        b.click("Build the checklist");
        b.waitForHeading("Due-diligence checklist");
        String checklist = b.driver.getCurrentUrl().replaceAll(".*#/checklists/", "");

        // No stored assessment to feed the findings into: the page offers to store it first, in a new case file in the partner's name.
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Re-assess with the findings']")).isDisplayed()).isFalse();
        WebElement offer = b.waitFor(By.cssSelector(".store-first"));
        assertThat(offer.getText()).contains("your assessment of Unfiled Partner, which is not stored in a case file");
        assertThat(new org.openqa.selenium.support.ui.Select(b.field("Store it in")).getFirstSelectedOption().getText())
                .isEqualTo("A new case file for Unfiled Partner");
        b.screenshot("store-offered");

        b.type("Your name, recorded with each check you mark", "A. Moreau");
        String resolving = null;
        for (JsonNode i : api().get("/api/v1/checklists/" + checklist).body().path("items")) {
            if (resolving == null && !i.path("resolves").isMissingNode() && !i.path("resolves").isNull()) resolving = i.path("id").asText();
        }
        assertThat(resolving).as("a check that establishes evidence").isNotNull();
        WebElement check = item(b, resolving);
        new org.openqa.selenium.support.ui.Select(check.findElement(By.cssSelector("[name='finding']"))).selectByIndex(1);
        mark(b, check, "Done");

        WebElement store = b.driver.findElement(By.xpath("//button[normalize-space()='Store the assessment']"));
        b.js("arguments[0].scrollIntoView({block: 'center'})", store);
        store.click();
        WebElement stored = b.waitFor(By.cssSelector(".stored-note"));
        assertThat(stored.getText()).contains("The assessment of Unfiled Partner is stored in the case file of Unfiled Partner");
        assertThat(b.driver.switchTo().activeElement()).as("focus moves to what happened").isEqualTo(stored);
        b.screenshot("stored");

        b.click("Re-assess with the findings");
        WebElement done = b.waitForText(By.cssSelector(".panel h3"), "Re-assessed with the findings");
        assertThat(done.findElement(By.xpath("..")).getText()).doesNotContain("undefined", "null");
        b.screenshot("reassessed-after-storing");
        b.click("Open the new assessment");
        b.waitForHeading("Assessment of Unfiled Partner");
        assertThat(b.driver.findElement(By.cssSelector("#main p.muted")).getText()).contains("Stored in the case file");
    }

    private static Path awaitDownload(Browser b, String extension) {
        return new WebDriverWait(b.driver, Browser.WAIT).until(d -> {
            try (Stream<Path> files = Files.list(b.downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(extension)).toList();
                return done.isEmpty() ? null : done.get(0);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
