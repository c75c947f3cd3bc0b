package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
                .contains("Beneficial ownership: not disclosed", "What we recommend", "What would change the verdict", "If beneficial ownership were");
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Print this brief']")).isDisplayed()).isTrue();
        b.screenshot("screen");

        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(b.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(b.driver.findElement(By.cssSelector(".site-footer")).isDisplayed()).isFalse();
        assertThat(b.driver.findElement(By.xpath("//button[normalize-space()='Print this brief']")).isDisplayed()).isFalse();
        assertThat(b.driver.findElement(By.cssSelector(".brief .verdict-label")).isDisplayed()).isTrue();
        b.screenshot("print-media");

        Map<String, Object> pdf = b.driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = Browser.SCREENSHOTS.resolve("brief-printed.pdf");
        Files.write(file, bytes);
        long pages = PDF_PAGE.matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
        assertThat(pages).as("pages of the printed brief (%s)", file).isEqualTo(1);
    }
}
