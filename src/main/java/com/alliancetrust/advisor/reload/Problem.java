package com.alliancetrust.advisor.reload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reason the rules or knowledge base cannot be loaded: the file (relative to the home
 * directory, such as {@code rules/selection/verdict.drl}), the line when known, and what is wrong.
 */
public record Problem(String file, Integer line, String message) {
    /** A problem line as the loaders write it: {@code file[:line]: message}, the file a .drl or .yaml path. */
    private static final Pattern LOCATED = Pattern.compile("^((?:[\\w.-]+/)*[\\w.-]+\\.(?:drl|yaml))(?::(-?\\d+))?: (.*)$");
    private static final Pattern CLASS_NAME = Pattern.compile("\\s*\\(class [\\w.$]+\\)");

    /**
     * The problems a failed load reported. The loaders write a heading line and then one problem
     * per indented line; an unindented line continues the problem before it.
     */
    public static List<Problem> of(RuntimeException failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String[] lines = text.split("\n");
        if (lines.length == 1) return List.of(parse(lines[0]));
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            if (lines[i].startsWith("  ") || problems.isEmpty()) {
                problems.add(parse(lines[i].strip()));
            } else { // a multi-line message from the rule compiler
                Problem last = problems.remove(problems.size() - 1);
                problems.add(new Problem(last.file(), last.line(), last.message() + " " + clean(lines[i])));
            }
        }
        return problems.isEmpty() ? List.of(parse(lines[0])) : List.copyOf(problems);
    }

    private static Problem parse(String line) {
        Matcher m = LOCATED.matcher(line);
        if (!m.matches()) return new Problem(null, null, clean(line));
        Integer number = m.group(2) == null || Integer.parseInt(m.group(2)) <= 0 ? null : Integer.valueOf(m.group(2));
        return new Problem(inHome(m.group(1)), number, clean(m.group(3)));
    }

    /** Knowledge checks name a file by its bare name (glossary.yaml); the report always gives the path. */
    private static String inHome(String file) {
        return file.contains("/") || !file.endsWith(".yaml") ? file : "knowledge-base/" + file;
    }

    private static String clean(String message) {
        return CLASS_NAME.matcher(message).replaceAll("").strip();
    }

    @Override
    public String toString() {
        return (file == null ? "" : file + (line == null ? "" : ":" + line) + ": ") + message;
    }
}
