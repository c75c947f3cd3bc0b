package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.explain.Explanation;
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

    private ChecklistExport() {
    }

    public static String render(Checklist c, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(c);
            case CSV -> csv(c);
            case HTML -> html(c);
        };
    }

    private static String reasons(Checklist.Item item) {
        return item.reasons().stream().map(Explanation::why).distinct().collect(Collectors.joining(" "));
    }

    private static String markdown(Checklist c) {
        StringBuilder md = new StringBuilder("# Due-diligence checklist\n\n");
        md.append("Created ").append(c.createdAt()).append(" with rules and knowledge version ").append(c.rulesVersion())
                .append(". Corruption risk of the partner's country: ").append(c.corruptionRisk()).append(".\n\n");
        Checklist.Progress p = c.progress();
        md.append("Progress: ").append(p.done()).append(" done, ").append(p.notApplicable()).append(" not applicable, ")
                .append(p.redFlags()).append(" red flags, ").append(p.open()).append(" open, of ").append(p.total()).append(".\n");
        for (Checklist.Item i : c.items()) {
            md.append("\n## [").append(i.status() == Checklist.Status.OPEN ? " " : "x").append("] ").append(i.title())
                    .append(" (").append(i.priority()).append(", ").append(i.section()).append(")\n\n");
            md.append("- **Status:** ").append(i.status()).append(i.markedBy() == null ? "" : " by " + i.markedBy())
                    .append(i.markedAt() == null ? "" : " on " + i.markedAt()).append('\n');
            md.append("- **Check:** ").append(i.check()).append('\n');
            md.append("- **Verify:** ").append(i.verify()).append('\n');
            md.append("- **Why it matters:** ").append(i.why()).append('\n');
            md.append("- **Why it is on this checklist:** ").append(reasons(i)).append('\n');
            if (i.finding() != null) md.append("- **Finding:** ").append(i.resolves()).append(" = ").append(i.finding()).append('\n');
            if (i.note() != null) md.append("- **Note:** ").append(i.note()).append('\n');
        }
        return md.toString();
    }

    private static String csv(Checklist c) {
        StringBuilder csv = new StringBuilder("id,section,priority,status,title,check,verify,reason,finding,note,marked_by,marked_at\r\n");
        for (Checklist.Item i : c.items()) {
            csv.append(String.join(",", List.of(cell(i.id()), cell(String.valueOf(i.section())), cell(i.priority().name()),
                    cell(i.status().name()), cell(i.title()), cell(i.check()), cell(i.verify()), cell(reasons(i)), cell(i.finding()),
                    cell(i.note()), cell(i.markedBy()), cell(i.markedAt())))).append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never executes a cell. */
    private static String cell(String value) {
        if (value == null) return "";
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String html(Checklist c) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Due-diligence checklist</title>
                <style>
                  body { font: 11pt/1.45 Georgia, serif; color: #1a1a1a; max-width: 50em; margin: 2em auto; }
                  h1 { font-size: 1.6em; } h2 { font-size: 1.05em; margin: 1.4em 0 .3em; }
                  .status { font-family: sans-serif; font-size: .8em; padding: .1em .5em; border: 1px solid #555; border-radius: .3em; }
                  .RED_FLAG { background: #fde2e1; border-color: #a4161a; } .DONE { background: #e3f4e5; }
                  dl { margin: 0 0 0 1em; } dt { font-weight: bold; } dd { margin: 0 0 .4em 0; }
                  @media print { body { margin: 0; } section { break-inside: avoid; } }
                </style></head><body>
                <h1>Due-diligence checklist</h1>
                """);
        Checklist.Progress p = c.progress();
        html.append("<p>Created ").append(esc(c.createdAt())).append(" (rules and knowledge version ").append(esc(c.rulesVersion()))
                .append("). Corruption risk of the partner's country: ").append(esc(c.corruptionRisk())).append(".</p>\n");
        html.append("<p>").append(p.done()).append(" done, ").append(p.notApplicable()).append(" not applicable, ").append(p.redFlags())
                .append(" red flags, ").append(p.open()).append(" open, of ").append(p.total()).append(" items.</p>\n");
        for (Checklist.Item i : c.items()) {
            html.append("<section><h2>").append(esc(i.title())).append(" <span class=\"status ").append(i.status().name()).append("\">")
                    .append(i.status().name().replace('_', ' ')).append("</span></h2>\n<dl>");
            html.append("<dt>Priority</dt><dd>").append(i.priority()).append(" &middot; ").append(esc(String.valueOf(i.section()))).append("</dd>");
            html.append("<dt>Check</dt><dd>").append(esc(i.check())).append("</dd>");
            html.append("<dt>Verify</dt><dd>").append(esc(i.verify())).append("</dd>");
            html.append("<dt>Why it is on this checklist</dt><dd>").append(esc(reasons(i))).append("</dd>");
            if (i.finding() != null) html.append("<dt>Finding</dt><dd>").append(esc(i.finding())).append("</dd>");
            if (i.note() != null) html.append("<dt>Note</dt><dd>").append(esc(i.note())).append("</dd>");
            if (i.markedBy() != null) html.append("<dt>Marked</dt><dd>").append(esc(i.markedBy())).append(" on ").append(esc(i.markedAt())).append("</dd>");
            html.append("</dl></section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
