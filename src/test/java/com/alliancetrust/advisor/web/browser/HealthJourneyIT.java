package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A trust health check recorded in the browser after an earlier one, and the trend it makes. */
class HealthJourneyIT extends BrowserJourney {

    /** An earlier check through the API: six respondents who agreed (4 of 5) with every positive statement. */
    private static void recordEarlierCheck(String alliance, LocalDate date) {
        var survey = api().get("/api/v1/knowledge/trust-survey").body();
        StringBuilder answers = new StringBuilder();
        for (var item : survey) {
            if (!answers.isEmpty()) answers.append(", ");
            answers.append('"').append(item.path("id").asText()).append("\": ").append(item.path("reverse").asBoolean() ? 2 : 4);
        }
        String respondent = "{\"side\": \"%s\", \"answers\": {" + answers + "}}";
        String body = "{\"date\": \"" + date + "\", \"responses\": [" + String.join(", ",
                List.of("OURS", "OURS", "OURS", "PARTNER", "PARTNER", "PARTNER").stream().map(respondent::formatted).toList()) + "]}";
        assertThat(api().post("/api/v1/alliances/" + alliance + "/health-checks", body).status()).isEqualTo(201);
    }

    @Test
    void recording_a_health_check_adds_a_point_to_the_trend_chart_and_shows_the_decline() {
        String alliance = openCaseFile("Nordlicht Distribution", "DE", "DISTRIBUTION");
        recordEarlierCheck(alliance, LocalDate.now().minusDays(80));
        Browser b = browser("health");
        b.open("/alliances/" + alliance);
        b.click("Record a health check");
        b.waitForHeading("Record a health check: Nordlicht Distribution");
        b.click("Open a survey round");
        String ours = b.waitFor(By.cssSelector("input.round-link[data-side='OURS']")).getAttribute("value");
        String partner = b.driver.findElement(By.cssSelector("input.round-link[data-side='PARTNER']")).getAttribute("value");
        b.screenshot("form");

        // Six respondents now answer 2 to positive statements and 4 to reverse-worded ones, through their links: trust has fallen.
        var survey = api().get("/api/v1/knowledge/trust-survey").body();
        StringBuilder answers = new StringBuilder();
        for (var item : survey) {
            if (!answers.isEmpty()) answers.append(", ");
            answers.append('"').append(item.path("id").asText()).append("\": ").append(item.path("reverse").asBoolean() ? 4 : 2);
        }
        for (String link : List.of(ours, ours, ours, partner, partner, partner)) {
            String token = link.substring(link.indexOf('#') + 1);
            assertThat(api().post("/api/v1/respond/answers", "{\"token\": \"" + token + "\", \"answers\": {" + answers + "}}").status())
                    .isEqualTo(200);
        }
        b.click("Refresh the counts");
        b.waitForText(By.cssSelector("[data-stat='needed']"), "Enough answers to close");
        b.choose("How often the partners communicate", "Quarterly");
        b.choose("Quality of communication", "2");
        b.driver.findElement(By.xpath("//label[normalize-space()='A major conflict']")).click();
        b.screenshot("form-filled");
        b.click("Close the round and record the health check");

        b.waitForHeading("Trust health: Nordlicht Distribution");
        assertThat(summaryLines(b)).first().asString().startsWith("DECISION: Trust in the alliance with ");
        assertThat(b.driver.findElement(By.cssSelector("[data-stat='trend'] .badge")).getText()).isEqualTo("Declining");
        Object points = b.js("const chart = Chart.getChart(document.querySelector('.chart-box canvas'));"
                + " return chart.data.datasets.map(d => d.data.filter(v => v !== null).length);");
        assertThat(points).isEqualTo(List.of(2L, 2L, 2L, 2L, 2L));
        Object overall = b.js("const chart = Chart.getChart(document.querySelector('.chart-box canvas'));"
                + " return chart.data.datasets.find(d => d.label === 'Overall').data;");
        assertThat(overall).isEqualTo(List.of(4L, 2L));
        assertThat(b.driver.findElements(By.cssSelector("#warnings-heading ~ article"))).isNotEmpty();
        assertThat(b.driver.findElements(By.xpath("//h2[@id='checks-heading']/following::table[1]/tbody/tr"))).hasSize(2);
        b.screenshot("trend");

        b.open("/");
        WebElement row = b.driver.findElement(By.cssSelector("tr[data-alliance='" + alliance + "']"));
        assertThat(row.getText()).contains("Nordlicht Distribution", "Declining");
    }
}
