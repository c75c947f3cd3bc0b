package com.alliancetrust.advisor.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.knowledge.Source;
import com.alliancetrust.advisor.selection.PartnerAssessment;
import com.alliancetrust.advisor.selection.PartnerAssessmentRequest;
import com.alliancetrust.advisor.selection.PartnerAssessmentService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CEO brief is one A4 page whatever the assessment holds, addressed to the chief executive, in
 * words without codes; checked on the PDF itself (page count, page size, text, embedded fonts).
 */
class CeoBriefPdfTest {
    private static final PartnerAssessmentService SERVICE = new PartnerAssessmentService(TestAdvisor::get);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    /** A word in capitals with an underscore (an enum code), or a null or undefined shown as text. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|\\bnull\\b|\\bundefined\\b");

    /** Contrasting scenarios: a go-ahead, safeguards for dependence, not enough evidence, a legal bar, a business case, weak fit. */
    static Stream<String> scenarios() {
        return Stream.of("trusted-repeat-innovation-partner", "platform-partner-strong-dependence", "almost-empty-file",
                "sanctioned-distributor", "strong-but-mistrusted-manufacturer-business-case", "trusted-partner-weak-fit-logistics-friend",
                "serious-allegation-to-verify", "hidden-owner-energy-joint-venture", "strong-fit-doubtful-trust-battery-recycler");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void every_scenario_fits_one_a4_page_in_words_addressed_to_the_decision_maker(String scenario) throws IOException {
        PartnerAssessmentRequest request = scenario(scenario);
        Result result = brief(request);
        assertOnePageInWords(result, scenario);
        saveScreenshot(result.rendered.pdf(), "ceo-brief-pdf-" + scenario + ".png");
    }

    @Test
    void the_longest_realistic_brief_still_fits_one_page_shortened_by_rule_not_by_smaller_type() throws IOException {
        PartnerAssessmentRequest request = longest();
        PartnerAssessment assessment = SERVICE.assess(TestAdvisor.get(), request);
        assertThat(assessment.redFlags()).as("red flags in the longest scenario").hasSizeGreaterThanOrEqualTo(5);
        assertThat(assessment.businessCase()).isNotNull();
        assertThat(assessment.power().strong()).as("we depend on the partner far more").isTrue();
        Result result = brief(request);
        assertOnePageInWords(result, "longest");
        assertThat(result.brief.reasons()).as("three reasons").hasSize(3);
        assertThat(result.brief.conditions()).as("three conditions").hasSize(3);
        assertThat(BriefPdf.BODY_POINTS).as("the body type is never below a readable size").isGreaterThanOrEqualTo(9);
        saveScreenshot(result.rendered.pdf(), "ceo-brief-pdf.png");
    }

    @Test
    void what_does_not_fit_is_counted_and_named_as_in_the_full_report() {
        CeoBrief full = CeoBriefWriter.write(SERVICE.assess(TestAdvisor.get(), scenario("almost-empty-file")), scenario("almost-empty-file"),
                TestAdvisor.get().knowledge(), DAY);
        int all = full.unknowns().size() + full.moreUnknowns();
        CeoBrief shorter = full.shortened(CeoBrief.MOST_SHORTENED);
        assertThat(shorter.unknowns()).hasSize(1);
        assertThat(shorter.unknowns().size() + shorter.moreUnknowns()).as("nothing dropped without being counted").isEqualTo(all);
        String text = text(BriefPdf.render(BriefPdf.html(shorter, "t")));
        assertThat(text).contains("and " + shorter.moreUnknowns() + " more in the full report");
    }

    @Test
    void a_brief_too_long_for_one_page_is_shortened_by_rule_until_the_pdf_has_one_page() {
        String line = "A line long enough to take two or three lines of the page on its own, as the longest statements of the"
                + " knowledge base do when they name a finding, what it means for the alliance and what would settle it.";
        java.util.List<String> many = java.util.Collections.nCopies(8, line);
        CeoBrief overlong = new CeoBrief("Overlong Partner", "6 December 2026", "Supply alliance", "You are asked to decide. " + line,
                "Reconsider", "We recommend. " + line, "Our confidence.", "Three reasons", many.subList(0, 3), "Three conditions",
                many.subList(0, 3), many, 4, many.subList(0, 2), many.subList(0, 2), many.subList(0, 6), "The business case",
                java.util.List.of("Mayer, Davis & Schoorman 1995"), "Prepared by the Alliance Trust Advisor.");
        assertThat(BriefPdf.pages(BriefPdf.render(BriefPdf.html(overlong, "t")))).as("as written").isGreaterThan(1);

        BriefPdf.Rendered rendered = BriefPdf.onePage(overlong, "t");

        assertThat(rendered.pages()).as("pages, read from the PDF").isEqualTo(1);
        assertThat(rendered.brief().unknowns().size()).isLessThan(8);
        assertThat(rendered.brief().moreUnknowns()).isEqualTo(4 + 8 - rendered.brief().unknowns().size());
        assertThat(text(rendered.pdf())).contains("more in the full report");
    }

    @Test
    void a_legal_bar_says_no_and_gives_no_advice_on_how_to_go_ahead() throws IOException {
        Result result = brief(scenario("sanctioned-distributor"));
        assertThat(result.brief.verdictWords()).isEqualTo("Do not proceed");
        assertThat(result.text).contains("legal prohibition").doesNotContain("If you go ahead");
    }

    @Test
    void not_enough_evidence_asks_for_the_checks_that_would_allow_a_decision() throws IOException {
        Result result = brief(scenario("almost-empty-file"));
        assertThat(result.brief.recommendation()).startsWith("We recommend that you do not decide yet");
        assertThat(result.brief.conditionsHeading()).isEqualTo("Three checks before you decide");
        assertThat(result.brief.conditions()).hasSize(3);
    }

    @Test
    void the_file_name_is_the_partner_made_safe_and_the_date() {
        assertThat(CeoBriefService.fileName("Shenzhen Apex Motion Co., Ltd.", DAY)).isEqualTo("shenzhen-apex-motion-co-ltd-brief-2026-12-06.pdf");
        assertThat(CeoBriefService.fileName("Société Générale/../\"x\"", DAY)).isEqualTo("societe-generale-x-brief-2026-12-06.pdf");
        assertThat(CeoBriefService.fileName("東京", DAY)).isEqualTo("partner-brief-2026-12-06.pdf");
    }

    @Test
    void sources_are_named_briefly() {
        assertThat(Source.shortAuthors("Mayer, R. C., Davis, J. H. & Schoorman, F. D.")).isEqualTo("Mayer, Davis & Schoorman");
        assertThat(Source.shortAuthors("Dyer, J. H. & Chu, W.")).isEqualTo("Dyer & Chu");
        assertThat(Source.shortAuthors("Ferrin, D. L., Kim, P. H., Cooper, C. D. & Dirks, K. T.")).isEqualTo("Ferrin et al.");
        assertThat(Source.shortAuthors("Das, T. K. & Teng, B.-S.")).isEqualTo("Das & Teng");
        assertThat(Source.shortAuthors("Bari")).isEqualTo("Bari");
    }

    private record Result(CeoBrief brief, BriefPdf.Rendered rendered, String text) {
    }

    private static Result brief(PartnerAssessmentRequest request) {
        PartnerAssessment assessment = SERVICE.assess(TestAdvisor.get(), request);
        CeoBrief brief = CeoBriefWriter.write(assessment, request, TestAdvisor.get().knowledge(), DAY);
        BriefPdf.Rendered rendered = BriefPdf.onePage(brief, "Brief");
        return new Result(rendered.brief(), rendered, text(rendered.pdf()));
    }

    private static void assertOnePageInWords(Result result, String scenario) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.rendered.pdf())) {
            assertThat(pdf.getNumberOfPages()).as("[%s] pages, read from the PDF", scenario).isEqualTo(1);
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).as("A4 width in points").isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).as("A4 height in points").isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as("[%s] font %s embedded", scenario, font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            }
        }
        String text = result.text;
        assertThat(CODE.matcher(text).find()).as("[%s] no codes, null or undefined in:%n%s", scenario, text).isFalse();
        assertThat(text).as("[%s] addressed to the decision-maker", scenario)
                .contains("You are asked to decide", "We recommend", "What is not known yet", "What would change the answer", "The alternatives")
                .doesNotContain("the CEO", "The CEO");
        assertThat(result.brief.reasons()).as("[%s] reasons", scenario).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(result.brief.conditions()).as("[%s] conditions", scenario).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (String line : result.brief.lines()) {
            assertThat(line).as("[%s] a line in words", scenario).doesNotContainPattern(CODE);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void saveScreenshot(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(image, "png", dir.resolve(name).toFile());
        }
    }

    static PartnerAssessmentRequest scenario(String name) {
        try {
            JsonNode node = ScenarioHarness.YAML.readTree(Path.of("knowledge-base", "cases", name + ".yaml").toFile());
            return ScenarioHarness.YAML.convertValue(node.get("request"), PartnerAssessmentRequest.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The longest realistic brief: the CEO's favourite manufacturer with the business case, five red
     * flags (litigation, hidden ownership, a refused questionnaire, disputes with former partners, a
     * key person's alleged misconduct), fit partly known and a strong dependence on the partner.
     */
    static PartnerAssessmentRequest longest() {
        try {
            JsonNode node = ScenarioHarness.YAML.readTree(Path.of("knowledge-base", "cases",
                    "strong-but-mistrusted-manufacturer-business-case.yaml").toFile()).get("request").deepCopy();
            ObjectNode evidence = (ObjectNode) node.get("evidence");
            ObjectNode integrity = (ObjectNode) evidence.get("integrity");
            integrity.put("litigationRecord", "SERIOUS").put("beneficialOwnership", "UNDISCLOSED").put("questionnaire", "REFUSED")
                    .put("keyPeopleMisconduct", "ALLEGED").put("adverseMedia", "MINOR");
            ((ObjectNode) evidence.get("benevolence")).put("disputesWithFormerPartners", "MANY").put("formerPartnerReferences", "MIXED");
            ((ObjectNode) evidence.get("competence")).put("financialHealth", "WEAK");
            ((ObjectNode) node).putObject("fit").put("gapFilled", "FILLS_KEY_GAP").put("complementarity", "COMPLEMENTARY")
                    .put("goalAlignment", "PARTLY_ALIGNED").put("workingTogether", "FRICTION");
            ((ObjectNode) node).putObject("power").put("relativeSize", "MUCH_LARGER").put("ourDependence", "HIGH")
                    .put("partnerDependence", "LOW").put("switchingCosts", "HIGH").put("controlsAccess", "YES");
            return ScenarioHarness.YAML.convertValue(node, PartnerAssessmentRequest.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
