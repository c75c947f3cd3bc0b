package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.explain.Explanation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A checklist with its status as Markdown, CSV, or a printable HTML page. */
public final class ChecklistExport {

    public enum Format {
        MARKDOWN("text/markdown; charset=utf-8"), CSV("text/csv; charset=utf-8"), HTML("text/html; charset=utf-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The printable page's style, inside the page so that it looks the same served by the advisor and downloaded and opened from disk. */
    private static final String STYLE = stylesheet();
    /** The Content-Security-Policy source that lets the advisor's pages apply exactly that inline style and no other. */
    public static final String STYLE_SOURCE = "'sha256-" + sha256(STYLE) + "'";

    private ChecklistExport() {
    }

    public static String render(Checklist c, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(c);
            case CSV -> csv(c);
            case HTML -> html(c);
        };
    }

    /** A code as the reader's words: CRITICAL becomes "critical", RELATIONAL_HISTORY "relational history", IP stays "IP". */
    static String words(Object code) {
        if (code == null) return "";
        if (!(code instanceof Enum<?> e)) { // a level followed by its grounds, as in "HIGH (Nigeria, score 25)": only the level is a code
            java.util.regex.Matcher level = java.util.regex.Pattern.compile("^[A-Z][A-Z_]+\\b").matcher(String.valueOf(code));
            return level.find() ? level.group().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + String.valueOf(code).substring(level.end())
                    : String.valueOf(code);
        }
        String plain = e.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("\\bip\\b", "IP");
    }

    private static String reasons(Checklist.Item item) {
        return item.reasons().stream().map(Explanation::why).distinct().collect(Collectors.joining(" "));
    }

    private static String markdown(Checklist c) {
        StringBuilder md = new StringBuilder("# Due-diligence checklist\n\n");
        md.append("Created ").append(c.createdAt()).append(" with rules and knowledge version ").append(c.rulesVersion())
                .append(". Corruption risk of the partner's country: ").append(words(c.corruptionRisk())).append(".\n\n");
        Checklist.Progress p = c.progress();
        md.append("Progress: ").append(p.done()).append(" done, ").append(p.notApplicable()).append(" not applicable, ")
                .append(p.redFlags()).append(" red flags, ").append(p.open()).append(" open, of ").append(p.total()).append(".\n");
        for (Checklist.Item i : c.items()) {
            md.append("\n## [").append(i.status() == Checklist.Status.OPEN ? " " : "x").append("] ").append(i.title())
                    .append(" (").append(words(i.priority())).append(" priority, ").append(words(i.section())).append(")\n\n");
            md.append("- **Status:** ").append(words(i.status())).append(i.markedBy() == null ? "" : " by " + mdText(i.markedBy()))
                    .append(i.markedAt() == null ? "" : " on " + i.markedAt()).append('\n');
            md.append("- **Check:** ").append(i.check()).append('\n');
            md.append("- **Verify:** ").append(i.verify()).append('\n');
            md.append("- **Why it matters:** ").append(i.why()).append('\n');
            md.append("- **Why it is on this checklist:** ").append(reasons(i)).append('\n');
            if (i.finding() != null) md.append("- **Finding:** ").append(mdText(i.findingWords())).append('\n');
            if (i.note() != null) md.append("- **Note:** ").append(mdText(i.note())).append('\n');
        }
        return md.toString();
    }

    /**
     * User text inside a list item: Markdown and HTML syntax escaped so that a note can neither inject
     * markup nor fake another item, and its lines kept inside the item.
     */
    static String mdText(String text) {
        String escaped = text.replaceAll("([\\\\`*_\\[\\]{}()<>#|!~&])", "\\\\$1");
        return Arrays.stream(escaped.split("\r\n|\r|\n", -1))
                .map(line -> line.replaceFirst("^(\\s*)([-+=])", "$1\\\\$2").replaceFirst("^(\\s*\\d+)([.)])", "$1\\\\$2"))
                .collect(Collectors.joining("  \n  "));
    }

    private static String csv(Checklist c) {
        StringBuilder csv = new StringBuilder("id,section,priority,status,title,check,verify,reason,finding,note,marked_by,marked_at\r\n");
        for (Checklist.Item i : c.items()) {
            csv.append(String.join(",", List.of(cell(i.id()), cell(words(i.section())), cell(words(i.priority())),
                    cell(words(i.status())), cell(i.title()), cell(i.check()), cell(i.verify()), cell(reasons(i)), cell(i.findingWords()),
                    cell(i.note()), cell(i.markedBy()), cell(i.markedAt())))).append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never executes a cell. */
    private static String cell(String value) {
        if (value == null) return "";
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** A printable page, self-contained: its style is inline, allowed by the Content-Security-Policy by its hash ({@link #STYLE_SOURCE}). */
    private static String html(Checklist c) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Due-diligence checklist</title>
                <style>%s</style>
                </head><body>
                <h1>Due-diligence checklist</h1>
                """.formatted(STYLE));
        Checklist.Progress p = c.progress();
        html.append("<p>Created ").append(esc(c.createdAt())).append(" (rules and knowledge version ").append(esc(c.rulesVersion()))
                .append("). Corruption risk of the partner's country: ").append(esc(words(c.corruptionRisk()))).append(".</p>\n");
        html.append("<p>").append(p.done()).append(" done, ").append(p.notApplicable()).append(" not applicable, ").append(p.redFlags())
                .append(" red flags, ").append(p.open()).append(" open, of ").append(p.total()).append(" items.</p>\n");
        for (Checklist.Item i : c.items()) {
            html.append("<section><h2>").append(esc(i.title())).append(" <span class=\"status ").append(i.status().name()).append("\">")
                    .append(words(i.status())).append("</span></h2>\n<dl>");
            html.append("<dt>Priority</dt><dd>").append(words(i.priority())).append(" &middot; ").append(esc(words(i.section()))).append("</dd>");
            html.append("<dt>Check</dt><dd>").append(esc(i.check())).append("</dd>");
            html.append("<dt>Verify</dt><dd>").append(esc(i.verify())).append("</dd>");
            html.append("<dt>Why it is on this checklist</dt><dd>").append(esc(reasons(i))).append("</dd>");
            if (i.finding() != null) html.append("<dt>Finding</dt><dd>").append(esc(i.findingWords())).append("</dd>");
            if (i.note() != null) html.append("<dt>Note</dt><dd class=\"note\">").append(esc(i.note())).append("</dd>");
            if (i.markedBy() != null || i.markedAt() != null) {
                html.append("<dt>Marked</dt><dd>").append(esc(i.markedBy() == null ? "" : i.markedBy() + " "))
                        .append(i.markedAt() == null ? "" : "on " + esc(i.markedAt())).append("</dd>");
            }
            html.append("</dl></section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String stylesheet() {
        try (var in = ChecklistExport.class.getResourceAsStream("/print/checklist.css")) {
            if (in == null) throw new IllegalStateException("print/checklist.css is missing from the application");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
