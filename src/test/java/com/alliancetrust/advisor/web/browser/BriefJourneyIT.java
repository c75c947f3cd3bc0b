package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The one-page brief of an assessment, as the CEO receives it on paper. */
class BriefJourneyIT extends BrowserJourney {
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @Test
    void the_brief_prints_on_one_page_with_the_verdict_and_without_the_application_around_it() throws Exception {
        String alliance = openCaseFile("Kanto Precision", "JP", "JOINT_RND");
        String assessment = storeAssessment(alliance, "Kanto Precision").path("assessmentId").asText();
        Browser b = browser("brief");
        b.open("/alliances/" + alliance);
        b.click("CEO brief");
        b.waitForHeading("Kanto Precision");
        assertThat(b.driver.getCurrentUrl()).endsWith("#/brief/" + assessment);
        assertThat(b.driver.findElement(By.cssSelector(".brief .verdict-label")).getText()).isEqualTo("Reconsider");
        assertThat(b.driver.findElement(By.cssSelector(".brief")).getDomProperty("textContent"))
                .contains("You are asked to decide", "We recommend", "beneficial ownership not disclosed", "What would change the answer",
                        "If beneficial ownership were")
                .doesNotContain("the CEO");
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Print this brief']")).isDisplayed()).isTrue();
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Download the brief (PDF)']")).isDisplayed()).isTrue();
        b.screenshot("screen");

        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(b.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(b.driver.findElement(By.cssSelector(".site-footer")).isDisplayed()).isFalse();
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Print this brief']")).isDisplayed()).isFalse();
        assertThat(b.driver.findElement(By.cssSelector(".brief .verdict-label")).isDisplayed()).isTrue();
        b.screenshot("print-media");

        assertThat(printedPages(b, "brief-printed.pdf")).isEqualTo(1);
    }

    @Test
    void briefs_of_a_partner_too_little_is_known_about_and_of_a_sanctioned_one_say_so_on_one_page() throws Exception {
        String unknown = storeDistributorAssessment("Saigon Delta Logistics", "VN", "{}");
        Browser b = browser("brief-undecided");
        b.open("/brief/" + unknown);
        b.waitForHeading("Saigon Delta Logistics");
        assertThat(b.driver.findElement(By.cssSelector(".brief .verdict-label")).getText()).isEqualTo("Not enough evidence to decide yet");
        assertThat(b.driver.findElement(By.cssSelector(".brief")).getDomProperty("textContent"))
                .contains("Three checks before you decide", "Screen the company", "came back favourable, our answer would be");
        assertThat(printedPages(b, "brief-undecided.pdf")).isEqualTo(1);

        String sanctioned = storeDistributorAssessment("Northern Star Trading", "AE", """
                {"integrity": {"sanctionsScreening": "CONFIRMED_HIT", "litigationRecord": "NONE"}, "competence": {"yearsInDomain": 12}}""");
        b.open("/brief/" + sanctioned);
        b.waitForHeading("Northern Star Trading");
        assertThat(b.driver.findElement(By.cssSelector(".brief .verdict-label")).getText()).isEqualTo("Do not proceed");
        assertThat(b.driver.findElement(By.cssSelector(".brief")).getDomProperty("textContent"))
                .contains("legal prohibition", "What to do now");
        assertThat(printedPages(b, "brief-sanctioned.pdf")).isEqualTo(1);
    }

    /** Prints the page on A4, keeps the PDF with the screenshots, and counts its pages. */
    private static long printedPages(Browser b, String name) throws IOException {
        Map<String, Object> pdf = b.driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(Browser.SCREENSHOTS.resolve(name), bytes);
        return PDF_PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).results().count();
    }
}
