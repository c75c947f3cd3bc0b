package com.alliancetrust.advisor.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out a {@link CeoBrief} on one A4 page and renders it as a PDF (openhtmltopdf on PDFBox), with
 * DejaVu Sans embedded from the jar. The type never gets smaller than {@link #BODY_POINTS}: a brief
 * that would run onto a second page is shortened by rule ({@link CeoBrief#shortened(int)}) until it
 * fits, and the page count is read back from the PDF itself.
 */
public final class BriefPdf {
    /** The body text size, in points; never less, whatever the brief holds. */
    public static final double BODY_POINTS = 9.5;
    private static final String FONT = "DejaVu Sans";
    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");

    static {
        // The renderer reports each step at INFO; only its warnings and errors are worth a log line.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    /** A rendered brief: the PDF, its pages as read from it, and the brief as it was laid out (after any shortening). */
    public record Rendered(byte[] pdf, int pages, CeoBrief brief) {
    }

    private BriefPdf() {
    }

    /** The brief on one page: as written if it fits, otherwise shortened step by step until it does. */
    public static Rendered onePage(CeoBrief brief, String title) {
        Rendered rendered = null;
        for (int step = 0; step <= CeoBrief.MOST_SHORTENED; step++) {
            CeoBrief shortened = brief.shortened(step);
            byte[] pdf = render(html(shortened, title));
            rendered = new Rendered(pdf, pages(pdf), shortened);
            if (rendered.pages() == 1) return rendered;
        }
        return rendered;
    }

    /** The number of pages of a PDF, read from the document itself. */
    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("Alliance Trust Advisor");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(CeoBrief b, String title) {
        StringBuilder h = new StringBuilder(8_192);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(esc("Brief for the decision on " + b.partner())).append("\"/>")
                .append("<meta name=\"author\" content=\"Alliance Trust Advisor\"/>")
                .append("<style>").append(CSS).append("</style></head><body>");
        h.append("<div class=\"kicker\">Brief for your decision \u00b7 ").append(esc(b.date())).append("</div>");
        h.append("<h1>").append(esc(b.partner())).append("</h1>");
        if (!b.dealLine().isBlank()) h.append("<div class=\"deal\">").append(esc(b.dealLine())).append("</div>");
        h.append("<div class=\"decision\"><h2>The decision asked of you</h2><p>").append(esc(b.decision())).append("</p></div>");
        h.append("<div class=\"verdict\"><div class=\"verdict-label\">Our recommendation</div><div class=\"verdict-words\">")
                .append(esc(b.verdictWords())).append("</div><p>").append(esc(b.recommendation())).append("</p>");
        if (!b.confidence().isBlank()) h.append("<p class=\"muted\">").append(esc(b.confidence())).append("</p>");
        h.append("</div>");
        h.append("<table class=\"cols\"><tr><td class=\"left\">");
        section(h, b.reasonsHeading(), b.reasons(), true, null);
        List<String> unknownTail = b.moreUnknowns() > 0
                ? List.of("and " + b.moreUnknowns() + " more in the full report") : List.of();
        section(h, "What is not known yet", b.unknowns(), false, unknownTail.isEmpty() ? null : unknownTail.get(0));
        h.append("</td><td class=\"right\">");
        section(h, b.conditionsHeading(), b.conditions(), true, null);
        section(h, "What would change the answer", b.whatWouldChange(), false, null);
        h.append("</td></tr></table>");
        section(h, "The alternatives", b.alternatives(), false, null);
        if (!b.businessCase().isEmpty()) section(h, b.businessCaseHeading(), b.businessCase(), false, null);
        h.append("<div class=\"foot\">");
        if (!b.sources().isEmpty()) {
            h.append("<p><b>Sources:</b> ").append(esc(String.join("; ", b.sources()))).append(".</p>");
        }
        h.append("<p>").append(esc(b.footer())).append("</p></div>");
        h.append("</body></html>");
        return h.toString();
    }

    private static void section(StringBuilder h, String heading, List<String> lines, boolean numbered, String tail) {
        if (lines.isEmpty() && tail == null) return;
        h.append("<h2>").append(esc(heading)).append("</h2>").append(numbered ? "<ol>" : "<ul>");
        for (String line : lines) h.append("<li>").append(esc(line)).append("</li>");
        h.append(numbered ? "</ol>" : "</ul>");
        if (tail != null) h.append("<p class=\"muted more\">").append(esc(tail)).append(".</p>");
    }

    /** Text escaped for XHTML, with characters XML cannot hold dropped. */
    static String esc(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }

    private static byte[] resource(String path) {
        try (InputStream in = BriefPdf.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Font missing from the application: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CSS = """
            @page { size: A4; margin: 15mm 16mm 14mm 16mm; }
            body { font-family: 'DejaVu Sans'; word-wrap: break-word; font-size: %spt; line-height: 1.32; color: #1a1a1a; margin: 0; }
            .kicker { font-size: 8.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.06em; }
            h1 { font-size: 17pt; margin: 1mm 0 0 0; font-weight: 700; }
            .deal { color: #444; margin: 0.5mm 0 2mm 0; }
            h2 { font-size: 10.5pt; font-weight: 700; margin: 3mm 0 1mm 0; color: #1f3a5f; }
            p { margin: 0 0 1mm 0; }
            .decision h2 { margin-top: 1mm; }
            .verdict { border: 0.8pt solid #1f3a5f; background: #eef3f9; padding: 2.2mm 3mm; margin: 2mm 0 1mm 0; }
            .verdict-label { font-size: 8.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.06em; }
            .verdict-words { font-size: 14pt; font-weight: 700; color: #1f3a5f; margin: 0.5mm 0 1mm 0; }
            .muted { color: #555; }
            .more { margin-top: -0.5mm; }
            ol, ul { margin: 0 0 1mm 0; padding-left: 5mm; }
            li { margin: 0 0 0.8mm 0; }
            table.cols { width: 100%%; border-collapse: collapse; table-layout: fixed; }
            table.cols td { vertical-align: top; width: 50%%; padding: 0; }
            table.cols td.left { padding-right: 4mm; }
            table.cols td.right { padding-left: 4mm; }
            .foot { margin-top: 3mm; border-top: 0.5pt solid #999; padding-top: 1.5mm; font-size: 8.5pt; color: #444; }
            """.formatted(BODY_POINTS);
}
