package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The application used with the keyboard alone, audited page by page for labels, landmarks, focus
 * rings and contrast, checked at tablet width, and shown to fetch nothing from any other origin.
 */
class AccessibilityIT extends BrowserJourney {

    /** Every control has an accessible name, ids are unique, and the page has one h1 inside the main landmark. */
    static final String AUDIT = """
            const problems = [];
            const nameOf = (el) => {
              if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
              if (el.getAttribute('aria-labelledby')) return el.getAttribute('aria-labelledby').split(' ')
                  .map((id) => (document.getElementById(id) || {}).textContent || '').join(' ');
              if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ');
              if (['BUTTON', 'SUMMARY', 'A'].includes(el.tagName)) return el.textContent;
              return '';
            };
            for (const el of document.querySelectorAll('input, select, textarea, button, summary, a[href]')) {
              if (el.type === 'hidden') continue;
              if (!nameOf(el).trim()) problems.push('no accessible name: ' + el.outerHTML.slice(0, 140));
            }
            const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
            ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push('duplicate id: ' + id));
            if (document.querySelectorAll('h1').length !== 1) problems.push('h1 count: ' + document.querySelectorAll('h1').length);
            if (!document.querySelector('main h1')) problems.push('no h1 in main');
            if (!document.querySelector('nav[aria-label]')) problems.push('no labelled navigation');
            if (document.documentElement.lang !== 'en') problems.push('no page language');
            if (!document.title.includes('Alliance Trust Advisor') || document.title === 'Alliance Trust Advisor') problems.push('title: ' + document.title);
            return problems;
            """;

    /** WCAG AA contrast of every visible piece of text against the background it is drawn on. */
    static final String CONTRAST = """
            const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
              b: top.b * top.a + under.b * (1 - top.a), a: 1});
            const background = (el) => {
              const layers = [];
              for (let e = el; e; e = e.parentElement) {
                const c = parse(getComputedStyle(e).backgroundColor);
                if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
              }
              return layers.reverse().reduce((under, top) => over(top, under), {r: 255, g: 255, b: 255, a: 1});
            };
            const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const failures = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!n.textContent.trim() || seen.has(el) || el.closest('[hidden], .visually-hidden, :disabled, noscript, option')) continue;
              seen.add(el);
              const rect = el.getBoundingClientRect();
              if (rect.width < 2 || rect.height < 2 || getComputedStyle(el).visibility === 'hidden') continue;
              const style = getComputedStyle(el);
              const fg = over(parse(style.color), background(el));
              const bg = background(el);
              const ratio = (Math.max(lum(fg), lum(bg)) + 0.05) / (Math.min(lum(fg), lum(bg)) + 0.05);
              const size = parseFloat(style.fontSize);
              const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
              if (ratio < (large ? 3 : 4.5)) failures.push(ratio.toFixed(2) + ' ' + el.tagName + '.' + el.className + ': ' + n.textContent.trim().slice(0, 40));
            }
            return failures;
            """;

    /** axe-core's browser build, from the test's class path: nothing is fetched from elsewhere. */
    static final String AXE = axeScript();

    /** The serious and critical violations axe-core finds on the page as it stands, one line each. */
    static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ') + ')')),
              (e) => done(['axe-core failed: ' + e]));
            """;

    private static String axeScript() {
        try (var in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The serious and critical violations of the page on screen, by axe-core. */
    @SuppressWarnings("unchecked")
    static List<String> axe(Browser b) {
        if (!Boolean.TRUE.equals(b.js("return typeof axe !== 'undefined';"))) b.js(AXE);
        return (List<String>) b.asyncJs(RUN_AXE);
    }

    /** Audits the page at {@code route}; axe-core's findings are added to {@code axe}, by page, to be reported for all pages at once. */
    private static void audit(Browser b, String route, Map<String, List<String>> axe) {
        b.open(route);
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) b.js(AUDIT);
        assertThat(problems).as("accessibility problems on #%s", route).isEmpty();
        List<String> violations = axe(b);
        if (!violations.isEmpty()) axe.put(route, violations);
        @SuppressWarnings("unchecked")
        List<String> contrast = (List<String>) b.js(CONTRAST);
        assertThat(contrast).as("text below WCAG AA contrast on #%s", route).isEmpty();
    }

    @Test
    void every_page_labels_its_controls_has_one_heading_in_its_main_landmark_and_keeps_text_contrast_at_aa() {
        String alliance = openCaseFile("Audit Partner", "FR", "SUPPLY");
        String assessment = storeAssessment(alliance, "Audit Partner").path("assessmentId").asText();
        String checklist = api().post("/api/v1/checklists", "{\"assessmentId\": \"" + assessment + "\"}").body().path("id").asText();
        String diagnosis = api().post("/api/v1/diagnoses", "{\"allianceId\": \"" + alliance + "\", \"accused\": \"US\"}").body().path("id").asText();
        String undecided = storeDistributorAssessment("Little Known Partner", "VN", """
                {"integrity": {"sanctionsScreening": "POSSIBLE_MATCH", "adverseMedia": "MINOR"}}""");
        String barred = storeDistributorAssessment("Barred Partner", "AE", """
                {"integrity": {"sanctionsScreening": "CONFIRMED_HIT"}}""");
        Browser b = browser("audit");
        Map<String, List<String>> violations = new java.util.LinkedHashMap<>();
        Map<String, List<String>> tooWide = new java.util.LinkedHashMap<>();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("portfolio", "/");
        pages.put("case-file-new", "/alliances/new");
        pages.put("case-file", "/alliances/" + alliance);
        pages.put("case-file-edit", "/alliances/" + alliance + "/edit");
        pages.put("assess", "/assess");
        pages.put("assessment-reconsider", "/assessments/" + assessment);
        pages.put("result-current", "/result");
        pages.put("brief-reconsider", "/brief/" + assessment);
        pages.put("assessment-undecided", "/assessments/" + undecided);
        pages.put("brief-undecided", "/brief/" + undecided);
        pages.put("assessment-barred", "/assessments/" + barred);
        pages.put("compare", "/compare");
        pages.put("compare-from-case-file", "/compare?alliance=" + alliance);
        pages.put("checklist-new", "/checklists/new");
        pages.put("checklist-new-from-case-file", "/checklists/new?alliance=" + alliance);
        pages.put("checklist", "/checklists/" + checklist);
        pages.put("diagnosis-new", "/diagnosis");
        pages.put("diagnosis", "/diagnoses/" + diagnosis);
        pages.put("health-new", "/alliances/" + alliance + "/health/new");
        pages.put("health", "/alliances/" + alliance + "/health");
        pages.put("contract", "/contract");
        pages.put("culture", "/culture");
        pages.put("plan", "/plan");
        pages.put("knowledge-elements", "/knowledge/elements");
        pages.put("knowledge-stages", "/knowledge/stages");
        pages.put("knowledge-glossary", "/knowledge/glossary");
        pages.put("knowledge-bibliography", "/knowledge/bibliography");
        pages.put("knowledge-rules", "/knowledge/rules");
        pages.put("not-found", "/no/such/page");
        for (var page : pages.entrySet()) {
            String route = page.getValue();
            audit(b, route, violations);
            b.pageScreenshot(page.getKey(), "desktop");
            b.resize(768, 1024);
            b.wait.until(d -> ((Number) b.js("return document.documentElement.clientWidth;")).intValue() <= 768);
            List<String> wide = tooWide(b);
            if (!wide.isEmpty()) tooWide.put(route, wide);
            b.pageScreenshot(page.getKey(), "tablet");
            b.resize(1280, 1000);
        }
        assertThat(violations).as("serious or critical axe-core violations, by page").isEmpty();
        assertThat(tooWide).as("elements wider than a tablet (768 pixels), by page").isEmpty();
        b.open("/contract");
        b.click("Weigh the contract");
        b.waitFor(By.id("contract-result-heading"));
        @SuppressWarnings("unchecked")
        List<String> contrast = (List<String>) b.js(CONTRAST);
        assertThat(contrast).as("contrast of the contract result").isEmpty();

        @SuppressWarnings("unchecked")
        List<String> elsewhere = (List<String>) b.js("return performance.getEntriesByType('resource').map((e) => e.name)"
                + ".filter((url) => !url.startsWith(location.origin + '/'));");
        assertThat(elsewhere).as("requests that left the server's origin").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) b.js("return performance.getEntriesByType('resource').map((e) => e.name);");
        assertThat(fetched).anyMatch(url -> url.contains("/webjars/chart.js/")).anyMatch(url -> url.endsWith("/css/app.css"));
    }

    @Test
    void the_whole_assessment_can_be_done_with_the_keyboard_alone_and_focus_is_always_visible() {
        Browser b = browser("keyboard");
        b.driver.get(b.base() + "/#/");
        b.waitForPage();
        List<String> invisibleFocus = new ArrayList<>();

        tab(b, invisibleFocus);
        WebElement skip = b.driver.switchTo().activeElement();
        assertThat(skip.getAttribute("id")).isEqualTo("skip-link");
        assertThat(((Number) b.js("return arguments[0].getBoundingClientRect().top", skip)).doubleValue()).isGreaterThanOrEqualTo(0);
        b.screenshot("skip-link");
        key(b, Keys.ENTER);
        assertThat(b.driver.switchTo().activeElement().getTagName()).isEqualTo("h1");

        // From the page's heading, past every focusable element of the page (the portfolio lists as many alliances as the tests made), round to the menu.
        int focusable = ((Number) b.js("return document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length")).intValue();
        tabTo(b, invisibleFocus, e -> e.getText().equals("Assess a partner"), focusable + 5);
        key(b, Keys.ENTER);
        b.waitForHeading("Assess a candidate partner");
        WebElement name = b.field("Partner's name");
        tabTo(b, invisibleFocus, e -> e.equals(name), 30);
        new Actions(b.driver).sendKeys("Keyboard Partner").perform();
        tab(b, invisibleFocus);
        new Actions(b.driver).sendKeys("de").perform();
        WebElement purpose = b.field("Purpose of the alliance");
        tabTo(b, invisibleFocus, e -> e.equals(purpose), 5);
        new Actions(b.driver).sendKeys("Supply").perform();
        assertThat(purpose.getAttribute("value")).isEqualTo("SUPPLY");
        tabTo(b, invisibleFocus, e -> e.getText().equals("Next"), 20);
        key(b, Keys.ENTER);
        b.wait.until(d -> d.switchTo().activeElement().getText().startsWith("Step 2 of 11"));
        b.screenshot("step-two");
        tabTo(b, invisibleFocus, e -> e.getText().equals("Assess with what is known"), 20);
        key(b, Keys.ENTER);

        b.waitForHeading("Assessment of Keyboard Partner");
        assertThat(b.driver.switchTo().activeElement().getTagName()).isEqualTo("h1");
        tabTo(b, invisibleFocus, e -> e.getTagName().equals("summary"), 30);
        WebElement summary = b.driver.switchTo().activeElement();
        key(b, Keys.ENTER);
        assertThat(summary.findElement(By.xpath("..")).getAttribute("open")).isNotNull();
        b.screenshot("explanation-by-keyboard");
        assertThat(invisibleFocus).as("elements that took focus without a visible focus ring").isEmpty();
    }

    @Test
    void the_result_and_the_form_fit_a_tablet_without_sideways_scrolling() {
        String alliance = openCaseFile("Tablet Partner", "IT", "CO_MARKETING");
        String assessment = storeAssessment(alliance, "Tablet Partner").path("assessmentId").asText();
        Browser b = browser("tablet");
        b.resize(820, 1180);
        for (String route : List.of("/assessments/" + assessment, "/assess", "/", "/alliances/" + alliance, "/knowledge/rules")) {
            b.open(route);
            Map<?, ?> widths = (Map<?, ?>) b.js("return {page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth};");
            assertThat(((Number) widths.get("page")).intValue()).as("page width on #%s; too wide: %s", route, b.js(
                    "return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));")).isLessThanOrEqualTo(((Number) widths.get("window")).intValue());
        }
        b.open("/assessments/" + assessment);
        b.screenshot("result");
        b.open("/assess");
        b.screenshot("form");
    }

    /** What sticks out to the right of a window as wide as the one on screen, such that the page scrolls sideways; empty when the page fits. */
    @SuppressWarnings("unchecked")
    static List<String> tooWide(Browser b) {
        return (List<String>) b.js("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) return [];
                return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1)
                    .slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
    }

    private static void key(Browser b, CharSequence key) {
        new Actions(b.driver).sendKeys(key).perform();
    }

    /** Presses Tab and notes the newly focused element if its focus ring cannot be seen. */
    private static void tab(Browser b, List<String> invisibleFocus) {
        key(b, Keys.TAB);
        // Tab past the last element leaves the page for the browser's own controls: the body is then active.
        Object ring = b.js("if (document.activeElement === document.body) return true;"
                + " const s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';");
        if (!Boolean.TRUE.equals(ring)) invisibleFocus.add((String) b.js("return document.activeElement.outerHTML.slice(0, 120)"));
    }

    private static void tabTo(Browser b, List<String> invisibleFocus, java.util.function.Predicate<WebElement> wanted, int limit) {
        for (int i = 0; i < limit; i++) {
            tab(b, invisibleFocus);
            if (wanted.test(b.driver.switchTo().activeElement())) return;
        }
        throw new AssertionError("Not reached with " + limit + " presses of Tab; focus is on "
                + b.js("return document.activeElement.outerHTML.slice(0, 160)"));
    }
}
