package com.alliancetrust.advisor.engine;

import java.util.List;

/**
 * The code of one rule as Drools' parser reads it from its file: the consequence, and the
 * constraints of the patterns in its conditions. Comments are blanked (their line breaks kept), and
 * annotations such as {@code @description}, which are not code, are not part of it.
 *
 * @param consequence the code after {@code then}, empty when there is none
 * @param constraints each constraint of each pattern, wherever the pattern sits in the conditions
 */
public record RuleCode(String rule, String file, Snippet consequence, List<Constraint> constraints) {

    /** Code as the file has it, with the line its first character is on. */
    public record Snippet(String text, int line) {
        /** The line of the file the character at {@code index} of this code is on. */
        public int lineAt(int index) {
            return line + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
        }
    }

    /** One constraint of a pattern on {@code type}, such as {@code id == "x"} in {@code RepairStep(id == "x")}. */
    public record Constraint(String type, Snippet expression) {
    }
}
