package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.ContentFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of the DRL files as Drools' own parser reads them: each rule's name, file and line, its
 * ruleflow-group and where its text is, its code, and how its conditions constrain input facts
 * (checked against the capabilities' fact vocabulary). It also holds every rule set to what keeps
 * one evaluation bounded in time. The time bound is checked between firings, so a single
 * consequence must be short by construction: no consequence may loop, and no file may declare a
 * function (which could loop or recurse). A rule that needs to repeat does so by firing again,
 * where the firing and time bounds see it.
 */
final class RuleFileOutline {
    /** A loop statement in a consequence, once its strings and comments are blanked. */
    private static final Pattern LOOP = Pattern.compile("\\b(for|while|do)\\b\\s*[({]");
    private static final Pattern STRINGS_AND_COMMENTS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|//[^\\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);

    /**
     * One rule: its name, the file it is in, the line it starts on, its ruleflow-group (null without
     * one), where its text is in the file (from {@code rule} to just past {@code end}, as character
     * offsets; -1 when the parser did not say), its code, and how it constrains input facts.
     */
    record Rule(String name, String file, int line, String group, int start, int end, RuleCode code, List<FactUse> factUses) {
    }

    private static final Pattern NAMED = Pattern.compile("^\\s*name\\s*==\\s*\"([^\"]+)\"\\s*$");
    private static final Pattern TEXT_VALUE = Pattern.compile("\\bvalue\\b");
    private static final Pattern NUMBER_VALUE = Pattern.compile("\\bnumber\\b");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    private RuleFileOutline() {
    }

    /** The rules of every file, in file order; refuses, with file and line, what could run one consequence without end. */
    static List<Rule> read(Collection<ContentFile> files) {
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ContentFile f : files) {
            PackageDescr drl = parse(f);
            if (drl == null) continue; // the compiler reports what does not parse, with its line
            for (FunctionDescr function : drl.getFunctions()) {
                problems.add(f.path() + ":" + function.getLine() + ": function \"" + function.getName() + "\" is not allowed: "
                        + "a function could run without end inside one firing, which the time bound cannot split");
            }
            for (RuleDescr r : drl.getRules()) {
                List<PatternDescr> patterns = new ArrayList<>();
                collectPatterns(r.getLhs(), patterns);
                AttributeDescr group = r.getAttributes().get("ruleflow-group");
                RuleCode code = code(f, r, patterns);
                rules.add(new Rule(r.getName(), f.path(), r.getLine(), group == null ? null : group.getValue(),
                        r.getStartCharacter(), r.getEndCharacter(), code, factUses(f.path(), r, patterns)));
                // the consequence has no comments left; its strings are blanked too, so that a word in a text is no loop
                if (LOOP.matcher(STRINGS_AND_COMMENTS.matcher(code.consequence().text()).replaceAll("\"\"")).find()) {
                    problems.add(f.path() + ":" + r.getConsequenceLine() + ": rule \"" + r.getName() + "\" loops in its consequence: "
                            + "a consequence runs as one step, which the time bound cannot split; let the rule fire once per item instead");
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleCompilationException("Rules could run without end:\n  " + String.join("\n  ", problems));
        return rules;
    }

    /** The rule's consequence and the constraints of its patterns, as the file has them, without comments. */
    private static RuleCode code(ContentFile f, RuleDescr rule, List<PatternDescr> patterns) {
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        // The parser gives the consequence verbatim, from its first non-blank character after "then" up to "end".
        int start = rule.getStartCharacter();
        int at = rule.getEndCharacter() - "end".length() - consequence.length();
        int line = start >= 0 && at >= start && f.text().startsWith(consequence, at)
                ? rule.getLine() + (int) f.text().substring(start, at).chars().filter(c -> c == '\n').count()
                : rule.getConsequenceLine();
        List<RuleCode.Constraint> constraints = new ArrayList<>();
        for (PatternDescr p : patterns) {
            for (BaseDescr constraint : p.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr e) {
                    constraints.add(new RuleCode.Constraint(p.getObjectType(), new RuleCode.Snippet(withoutComments(e.getExpression()), e.getLine())));
                }
            }
        }
        return new RuleCode(rule.getName(), f.path(), new RuleCode.Snippet(withoutComments(consequence), line), List.copyOf(constraints));
    }

    /** The code with its comments blanked and their line breaks kept, so that every line stays where it was. */
    private static String withoutComments(String code) {
        StringBuilder blanked = new StringBuilder(code);
        Matcher m = STRINGS_AND_COMMENTS.matcher(code);
        while (m.find()) {
            if (!m.group().startsWith("/")) continue; // a string
            for (int i = m.start(); i < m.end(); i++) {
                if (code.charAt(i) != '\n' && code.charAt(i) != '\r') blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    /** Each pattern on {@code Fact} in the rule's conditions, wherever it sits (under not, exists, or, accumulate...). */
    private static List<FactUse> factUses(String file, RuleDescr rule, List<PatternDescr> patterns) {
        List<FactUse> uses = new ArrayList<>();
        for (PatternDescr p : patterns) {
            if (!"Fact".equals(p.getObjectType())) continue;
            String name = null;
            List<String> values = new ArrayList<>();
            boolean number = false;
            for (BaseDescr constraint : p.getDescrs()) {
                if (!(constraint instanceof ExprConstraintDescr e)) continue;
                String expression = e.getExpression();
                Matcher named = NAMED.matcher(expression);
                if (named.matches()) {
                    name = named.group(1);
                    continue;
                }
                if (TEXT_VALUE.matcher(expression).find()) {
                    Matcher literal = LITERAL.matcher(expression);
                    while (literal.find()) values.add(literal.group(1));
                }
                number |= NUMBER_VALUE.matcher(expression).find();
            }
            uses.add(new FactUse(file, p.getLine(), rule.getName(), name, List.copyOf(values), number));
        }
        return uses;
    }

    private static void collectPatterns(BaseDescr descr, List<PatternDescr> patterns) {
        if (descr instanceof PatternDescr p) {
            patterns.add(p);
            if (p.getSource() != null) collectPatterns(p.getSource(), patterns);
        } else if (descr instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(d -> collectPatterns(d, patterns));
        }
    }

    private static PackageDescr parse(ContentFile f) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr drl = parser.parse(false, f.text());
            return parser.hasErrors() ? null : drl;
        } catch (DroolsParserException e) {
            return null;
        }
    }
}
