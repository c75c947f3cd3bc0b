package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every page of the web application and every export, read as the user reads them: no enum codes, ids,
 * file names, {@code undefined}, {@code null} or labels run together. Rule names and files may appear only
 * inside "show the reasoning" blocks (the {@code .explanation} of explain.js) and in the rule reference of
 * the knowledge pages, where they are what the reader asked for.
 */
class PlainLanguageIT extends BrowserJourney {
    private static final Pattern UNDERSCORED = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern FILE_NAME = Pattern.compile("\\b[\\w-]+\\.(drl|yaml|yml|java)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b(undefined|null|NaN)\\b|\\[object Object\\]");
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\b\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*\\b");
    /** Words written with an inner capital on purpose: product and company names. */
    private static final Set<String> NAMED_WITH_INNER_CAPITAL = Set.of("PostgreSQL", "SQLite", "JavaScript", "OpenAPI", "LinkedIn", "PwC",
            "PublicAffairs");
    /** Surnames written with an inner capital (McAllister, LePine, McGraw-Hill). */
    private static final Pattern SURNAME = Pattern.compile("(Mc|Mac|Le|De|Di|Van|O)\\p{Lu}\\p{Ll}+");
    /** Enum values that are also ordinary abbreviations a reader knows (the export formats). */
    private static final Set<String> ABBREVIATIONS = Set.of("HTML", "CSV", "PDF");
    /**
     * The version of the rules and knowledge (a hash such as 009a8c3e29871d00) is shown as muted metadata so that an answer can be
     * traced to the rules that gave it; it is allowed, and none of the patterns above match it.
     */
    private static final String SCRIPT = """
            const root = document.querySelector('#main') || document.body;
            const copy = root.cloneNode(true);
            copy.querySelectorAll('.explanation, .rule-ref, script, style, [hidden]').forEach((e) => e.remove());
            document.body.appendChild(copy);
            copy.style.position = 'absolute'; copy.style.left = '-10000px';
            copy.querySelectorAll('details').forEach((d) => d.open = true);
            const text = copy.innerText;
            copy.remove();
            return text + '\\n' + document.title + '\\n' + (document.querySelector('header') ? document.querySelector('header').innerText : '');
            """;

    private final List<String> offences = new ArrayList<>();
    private Set<String> codes;
    private int pages;
    private int exports;

    @Test
    void every_page_and_every_export_speaks_plain_language() throws Exception {
        codes = enumCodes();
        String alliance = openCaseFile("Plain Partner", "FR", "SUPPLY");
        String assessment = storeAssessment(alliance, "Plain Partner").path("assessmentId").asText();
        api().put("/api/v1/alliances/" + alliance, """
                {"partner": {"name": "Plain Partner", "country": "FR", "industry": "precision engineering"}, "purpose": "SUPPLY",
                 "owner": "Head of Alliances", "status": "ACTIVE"}""");
        String checklist = api().post("/api/v1/checklists", "{\"assessmentId\": \"" + assessment + "\"}").body().path("id").asText();
        String diagnosis = api().post("/api/v1/diagnoses", "{\"allianceId\": \"" + alliance + "\", \"accused\": \"US\"}").body().path("id").asText();
        recordCheck(alliance);
        String found = markFinding(checklist);

        Browser b = browser("plain");
        List<String> routes = List.of("/", "/alliances/new", "/alliances/" + alliance, "/alliances/" + alliance + "/edit",
                "/alliances/" + alliance + "/health", "/alliances/" + alliance + "/health/new", "/assess", "/assessments/" + assessment,
                "/result", "/brief/" + assessment, "/compare", "/checklists/new", "/checklists/" + checklist, "/diagnosis",
                "/diagnoses/" + diagnosis, "/contract", "/culture", "/plan", "/knowledge", "/knowledge/elements", "/knowledge/stages",
                "/knowledge/glossary", "/knowledge/bibliography", "/knowledge/rules");
        for (String route : routes) {
            b.open(route);
            b.screenshot(route.replaceAll("[^a-z]+", "-"));
            String text = (String) b.js(SCRIPT);
            if (route.equals("/knowledge/rules")) {
                // The rule reference is the reasoning itself: rule names, their files and the levels they conclude are what the
                // reader opened it for. Only leaked ids and placeholders are offences there.
                report("page #" + route, "id", text, UUID.matcher(text));
                report("page #" + route, "placeholder", text, PLACEHOLDER.matcher(text));
            } else {
                check("page #" + route, text);
            }
            pages++;
        }
        // The findings applied again: the re-assessment names each finding and each change in words.
        b.open("/checklists/" + checklist);
        b.click("Re-assess with the findings");
        b.waitForText(org.openqa.selenium.By.cssSelector("#main"), "Re-assessed with the findings");
        String reassessed = (String) b.js(SCRIPT);
        assertThat(reassessed).contains(found);
        b.screenshot("checklist-reassessed");
        check("page #/checklists after re-assessing", reassessed);
        pages++;
        for (String format : List.of("MARKDOWN", "CSV", "HTML")) {
            String body = text("/api/v1/checklists/" + checklist + "/export?format=" + format);
            if (format.equals("HTML")) body = body.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
            assertThat(body).as("the marked finding in the %s export", format).contains(found);
            check("checklist export " + format, body);
            exports++;
        }
        try (PDDocument pdf = Loader.loadPDF(bytes("/api/v1/assessments/" + assessment + "/brief.pdf"))) {
            check("brief PDF", new PDFTextStripper().getText(pdf));
            exports++;
        }
        System.out.printf("PlainLanguageIT: %d pages, %d exports walked, %d offences%n", pages, exports, offences.size());
        offences.forEach(o -> System.out.println("  " + o));
        assertThat(offences).as("developer language shown to users").isEmpty();
    }

    private void check(String where, String text) {
        report(where, "code with underscores", text, UNDERSCORED.matcher(text));
        report(where, "id", text, UUID.matcher(text));
        report(where, "file name", text, FILE_NAME.matcher(text));
        report(where, "placeholder", text, PLACEHOLDER.matcher(text));
        // A capital word next to another (THE DECISION ASKED OF YOU) is a heading set in capitals, not a code.
        Matcher words = Pattern.compile("(?<![A-Z] )\\b[A-Z]{2,}\\b(?! [A-Z]{2,}\\b)").matcher(text);
        while (words.find()) {
            if (codes.contains(words.group()) && !ABBREVIATIONS.contains(words.group())) offences.add(where + ": enum code \"" + context(text, words) + "\"");
        }
        Matcher joined = RUN_TOGETHER.matcher(text);
        while (joined.find()) {
            String word = joined.group();
            if (!NAMED_WITH_INNER_CAPITAL.contains(word) && !SURNAME.matcher(word).lookingAt()) offences.add(where + ": run-together \"" + context(text, joined) + "\"");
        }
    }

    private void report(String where, String kind, String text, Matcher m) {
        while (m.find()) offences.add(where + ": " + kind + " \"" + context(text, m) + "\"");
    }

    private static String context(String text, Matcher m) {
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(text.length(), m.end() + 40);
        return text.substring(from, Math.min(to, text.length())).replaceAll("\\s+", " ").trim();
    }

    /**
     * Every enum value the API declares (an upper-case code of at least three letters), from the OpenAPI document,
     * and every value of the evidence catalogue (DISCLOSED, SERIOUS), which the reader knows only by its label.
     */
    private static Set<String> enumCodes() {
        Set<String> found = new TreeSet<>();
        collect(api().get("/openapi.json").body(), found);
        for (JsonNode field : api().get("/api/v1/knowledge/evidence").body()) {
            field.path("values").forEach(v -> {
                if (v.path("value").asText().matches("[A-Z][A-Z_]{2,}")) found.add(v.path("value").asText());
            });
        }
        return found;
    }

    /**
     * Marks, on the checklist, the check of the partner's ownership done with a finding (ownership disclosed), as a
     * reader would on the page; returns the finding as the reader should see it.
     */
    private static String markFinding(String checklist) {
        JsonNode items = api().get("/api/v1/checklists/" + checklist).body().path("items");
        JsonNode ownership = null;
        for (JsonNode item : items) if (item.path("resolves").asText().equals("integrity.beneficialOwnership")) ownership = item;
        assertThat(ownership).as("a check of the partner's ownership on the checklist").isNotNull();
        var reply = api().put("/api/v1/checklists/" + checklist + "/items/" + ownership.path("id").asText(), """
                {"status": "DONE", "finding": "DISCLOSED", "note": "Registers checked.", "by": "Head of Alliances", "version": %d}"""
                .formatted(ownership.path("version").asInt()));
        assertThat(reply.status()).as("marking %s", reply.body()).isEqualTo(200);
        return "Beneficial ownership: fully disclosed and verified";
    }

    private static void collect(JsonNode node, Set<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("enum") && e.getValue().isArray()) {
                    e.getValue().forEach(v -> {
                        if (v.asText().matches("[A-Z][A-Z_]{2,}")) found.add(v.asText());
                    });
                } else {
                    collect(e.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(v -> collect(v, found));
        }
    }

    private static void recordCheck(String alliance) {
        StringBuilder answers = new StringBuilder();
        for (JsonNode item : api().get("/api/v1/knowledge/trust-survey").body()) {
            if (!answers.isEmpty()) answers.append(", ");
            answers.append('"').append(item.path("id").asText()).append("\": 3");
        }
        String respondent = "{\"side\": \"%s\", \"answers\": {" + answers + "}}";
        String body = "{\"date\": \"" + LocalDate.now() + "\", \"responses\": [" + String.join(", ",
                List.of("OURS", "OURS", "OURS", "PARTNER", "PARTNER", "PARTNER").stream().map(respondent::formatted).toList()) + "]}";
        assertThat(api().post("/api/v1/alliances/" + alliance + "/health-checks", body).status()).isEqualTo(201);
    }

    private static String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
