package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.knowledge.SurveyItem;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Indicators;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.NotableEvent;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Respondent;
import com.alliancetrust.advisor.monitoring.HealthCheckRequest.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Survey answers exported from a survey tool as CSV: one row per respondent, a {@code side} column
 * ({@code ours} or {@code partner}) and one column per item, headed by the item's id
 * ({@code competence-1}, ...); each answer 1 to 5, or empty for an item the respondent preferred not to
 * answer. Separated by commas or semicolons; quoted fields as RFC 4180. A problem is refused naming its
 * line and column. The rows are read into respondents and added up as any health check's answers are;
 * nothing of a row is kept.
 */
public final class SurveyCsv {
    public static final String SIDE = "side";

    /** A health check from a survey tool's file: the CSV text, with the check's date, indicators and events. */
    public record Import(String date, String csv, Indicators indicators, @MaxItems(HealthCheckRequest.MAX_EVENTS) List<NotableEvent> events) {
    }

    private SurveyCsv() {
    }

    /** The template: the header row and two example rows, one per side. */
    public static String template(Map<String, SurveyItem> items) {
        StringBuilder csv = new StringBuilder(SIDE);
        for (String id : items.keySet()) csv.append(',').append(id);
        csv.append("\r\n");
        for (String side : List.of("ours", "partner")) {
            csv.append(side);
            int n = 0;
            for (SurveyItem item : items.values()) csv.append(',').append(n++ % 3 == 2 ? "" : item.reverse() ? "2" : "4");
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** The check a file makes, refused (400, field {@code csv}) with the line and column of the first problem. */
    public static HealthCheckRequest request(Import file, Map<String, SurveyItem> items) {
        if (file == null) throw new InvalidInputException("(body)", "is required");
        return new HealthCheckRequest(file.date(), respondents(file.csv(), items), file.indicators(), file.events());
    }

    static List<Respondent> respondents(String text, Map<String, SurveyItem> items) {
        if (text == null || text.isBlank()) throw new InvalidInputException("csv", "is required: the file exported from the survey tool");
        List<Row> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Row header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        int sideColumn = -1;
        for (int col = 0; col < header.cells.size(); col++) {
            String name = header.cells.get(col).strip();
            String at = where(header.line, col, null);
            if (name.equalsIgnoreCase(SIDE)) {
                if (sideColumn >= 0) throw new InvalidInputException("csv", at + ": the column 'side' appears twice");
                sideColumn = col;
            } else if (items.containsKey(name.toLowerCase(Locale.ROOT))) {
                if (columns.putIfAbsent(name.toLowerCase(Locale.ROOT), col) != null) {
                    throw new InvalidInputException("csv", at + ": the column '" + name + "' appears twice");
                }
            } else {
                throw new InvalidInputException("csv", at + ": '" + shorten(name) + "' is not a column of the trust survey: the header"
                        + " row must name 'side' and the statements' ids, as in the template");
            }
        }
        if (sideColumn < 0) throw new InvalidInputException("csv", "line " + header.line + ": the header row has no 'side' column");
        if (columns.isEmpty()) throw new InvalidInputException("csv", "line " + header.line + ": the header row names no statement of the trust survey");
        List<Respondent> respondents = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells.stream().allMatch(String::isBlank)) continue; // a blank line
            if (row.cells.size() != header.cells.size()) {
                throw new InvalidInputException("csv", "line " + row.line + ": " + row.cells.size() + " columns where the header has "
                        + header.cells.size());
            }
            if (respondents.size() == HealthCheckRequest.MAX_RESPONDENTS) {
                throw new InvalidInputException("csv", "line " + row.line + ": a check takes at most " + HealthCheckRequest.MAX_RESPONDENTS
                        + " respondents");
            }
            String sideText = row.cells.get(sideColumn).strip().toLowerCase(Locale.ROOT);
            Side side = switch (sideText) {
                case "ours", "our side", "us" -> Side.OURS;
                case "partner", "partner side", "their side" -> Side.PARTNER;
                default -> throw new InvalidInputException("csv", where(row.line, sideColumn, SIDE) + ": the side must be 'ours' or"
                        + " 'partner', got '" + shorten(row.cells.get(sideColumn).strip()) + "'");
            };
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (var column : columns.entrySet()) {
                String cell = row.cells.get(column.getValue()).strip();
                if (cell.isEmpty()) continue; // preferred not to say
                if (!cell.matches("[1-5]")) {
                    throw new InvalidInputException("csv", where(row.line, column.getValue(), column.getKey()) + ": an answer must be a"
                            + " whole number from 1 to 5, or empty, got '" + shorten(cell) + "'");
                }
                answers.put(column.getKey(), Integer.parseInt(cell));
            }
            if (answers.isEmpty()) throw new InvalidInputException("csv", "line " + row.line + ": this respondent answered no statement");
            respondents.add(new Respondent(side, answers));
        }
        if (respondents.isEmpty()) throw new InvalidInputException("csv", "the file has a header row but no respondent");
        return respondents;
    }

    private static String where(int line, int column, String name) {
        return "line " + line + ", column " + (column + 1) + (name == null ? "" : " (" + name + ")");
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private record Row(int line, List<String> cells) {
    }

    /** The rows of the text, each with the line it starts on; commas or semicolons (as the header uses) separate fields. */
    private static List<Row> rows(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') line++;
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                cells.add(cell.toString());
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) throw new InvalidInputException("csv", "line " + rowLine + ": a quoted field is not closed");
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
        if (rows.isEmpty()) throw new InvalidInputException("csv", "is empty");
        return rows;
    }
}
