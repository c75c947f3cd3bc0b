package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.ContentFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The rules of the DRL files as Drools' own parser reads them: each rule's name, file and line, and
 * how its conditions constrain input facts (checked against the capabilities' fact vocabulary). It
 * also holds every rule set to what keeps one evaluation bounded in time. The time bound is checked
 * between firings, so a single consequence must be short by construction: no consequence may loop,
 * and no file may declare a function (which could loop or recurse). A rule that needs to repeat
 * does so by firing again, where the firing and time bounds see it.
 */
final class RuleFileOutline {
    /** A loop statement in a consequence, once its strings and comments are blanked. */
    private static final Pattern LOOP = Pattern.compile("\\b(for|while|do)\\b\\s*[({]");
    private static final Pattern STRINGS_AND_COMMENTS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|//[^\\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);

    /** One rule: its name, the file it is in, the line it starts on, and how it constrains input facts. */
    record Rule(String name, String file, int line, List<FactUse> factUses) {
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
                rules.add(new Rule(r.getName(), f.path(), r.getLine(), factUses(f.path(), r)));
                String consequence = r.getConsequence() == null ? "" : r.getConsequence().toString();
                if (LOOP.matcher(STRINGS_AND_COMMENTS.matcher(consequence).replaceAll("\"\"")).find()) {
                    problems.add(f.path() + ":" + r.getConsequenceLine() + ": rule \"" + r.getName() + "\" loops in its consequence: "
                            + "a consequence runs as one step, which the time bound cannot split; let the rule fire once per item instead");
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleCompilationException("Rules could run without end:\n  " + String.join("\n  ", problems));
        return rules;
    }

    /** Each pattern on {@code Fact} in the rule's conditions, wherever it sits (under not, exists, or, accumulate...). */
    private static List<FactUse> factUses(String file, RuleDescr rule) {
        List<PatternDescr> patterns = new ArrayList<>();
        collectPatterns(rule.getLhs(), patterns);
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
