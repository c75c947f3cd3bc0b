package com.alliancetrust.advisor.rules;

import static com.alliancetrust.advisor.rules.RuleFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Bearing;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Words match facts: every evidence rule is run on every value of the catalogue it fires on, and its
 * name and description must agree with that value's label. A rule about "unexplained discrepancies"
 * must not fire on discrepancies that were explained; a rule that says evidence "supports" must not
 * read it as a concern; and a rule must name the evidence it reads.
 */
class RuleWordingTest {
    /** Phrases that say evidence counts against the partner, is to verify, weighs neither way, or counts for it. */
    private static final List<String> AGAINST = List.of("concern", "against", "red flag", "rules the partner out", "is low", "in doubt",
            "cannot be relied", "legal bar");
    private static final List<String> TO_VERIFY = List.of("must be verified", "must be cleared", "to be verified");
    private static final List<String> NEITHER = List.of("neither way", "not a poor one", "not a sign of");
    private static final List<String> FOR = List.of("support", "show", "demonstrat", "nothing adverse");
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|no|never|without)\\s+(?:yet\\s+)?([a-z]{5,})|\\bun([a-z]{5,})");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{3,}");
    private static final Set<String> TOO_COMMON = Set.of("with", "that", "from", "than", "more", "only", "partner", "partners", "their",
            "some", "none", "the", "this", "been", "them", "what");

    @Test
    void every_evidence_rule_agrees_in_words_with_every_value_it_fires_on() {
        SoftAssertions softly = new SoftAssertions();
        int pairs = 0;
        for (EvidenceField field : TestAdvisor.get().knowledge().evidence().values()) {
            for (Object value : values(field)) {
                var result = given().evidence(field.key(), value).evaluate();
                String label = field.describe(String.valueOf(value)).toLowerCase(Locale.ROOT);
                for (RuleInfo rule : result.evaluation().trace()) {
                    if (!rule.file().endsWith("-evidence.drl")) continue;
                    pairs++;
                    String words = (rule.name() + ". " + rule.description()).toLowerCase(Locale.ROOT);
                    String said = field.key() + " = " + value + " (\"" + label + "\") read by \"" + rule.name() + "\"";
                    softly.assertThat(contradiction(label, words)).as(said).isEmpty();
                    softly.assertThat(namesTheEvidence(field, label, rule.name().toLowerCase(Locale.ROOT))).as(said + ": names the evidence").isTrue();
                    Bearing bearing = result.bearingOf(field.key()).orElse(null);
                    boolean flagged = !result.redFlags().isEmpty();
                    softly.assertThat(polarity(rule.name().toLowerCase(Locale.ROOT)))
                            .as(said + ", which reads it as " + (bearing == null ? "a red flag" : bearing)).isEqualTo(expected(bearing, flagged));
                }
            }
        }
        assertThat(pairs).as("rule and value pairs checked").isGreaterThan(80);
        softly.assertAll();
    }

    @Test
    void the_check_catches_a_rule_about_unexplained_discrepancies_firing_on_explained_ones() {
        assertThat(contradiction("some discrepancies, later explained", "unexplained discrepancies in negotiation count against integrity"))
                .contains("explained");
        assertThat(contradiction("discrepancies not explained", "discrepancies that were later explained weigh neither way"))
                .contains("explained");
        assertThat(contradiction("some discrepancies, later explained", "discrepancies in negotiation that were later explained weigh neither way"))
                .isEmpty();
        assertThat(polarity("small promises kept support integrity")).isEqualTo("for");
        assertThat(polarity("small promises only partly kept are an integrity concern")).isEqualTo("against");
    }

    /** A word the label affirms and the rule negates, or the other way round; empty when they agree. */
    static List<String> contradiction(String label, String rule) {
        Set<String> labelNegated = negated(label);
        Set<String> ruleNegated = negated(rule);
        List<String> found = new ArrayList<>();
        for (String w : words(label)) {
            if (labelNegated.contains(w)) continue;
            if (ruleNegated.contains(w)) found.add(w);
        }
        for (String w : labelNegated) {
            if (words(rule).contains(w) && !ruleNegated.contains(w)) found.add(w);
        }
        return found;
    }

    private static Set<String> negated(String text) {
        Set<String> negated = new HashSet<>();
        Matcher m = NEGATED.matcher(text);
        while (m.find()) negated.add(m.group(1) != null ? m.group(1) : m.group(2));
        return negated;
    }

    /** Content words, with the prefix "un" taken off so that "unexplained" and "explained" meet. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!TOO_COMMON.contains(w)) words.add(w);
        }
        return words;
    }

    private static boolean namesTheEvidence(EvidenceField field, String valueLabel, String ruleName) {
        Set<String> evidenceWords = words((field.label() + " " + field.help() + " " + valueLabel).toLowerCase(Locale.ROOT));
        for (String w : words(ruleName)) {
            String stem = w.length() > 6 ? w.substring(0, 6) : w;
            if (evidenceWords.stream().anyMatch(e -> e.startsWith(stem))) return true;
        }
        return false;
    }

    static String polarity(String name) {
        if (TO_VERIFY.stream().anyMatch(name::contains)) return "to verify";
        if (NEITHER.stream().anyMatch(name::contains)) return "neither";
        if (AGAINST.stream().anyMatch(name::contains)) return "against";
        if (FOR.stream().anyMatch(name::contains)) return "for";
        return "unclear";
    }

    private static String expected(Bearing bearing, boolean flagged) {
        if (bearing == null) return flagged ? "against" : "unclear";
        if (bearing == Bearing.UNVERIFIED) return "to verify";
        if (bearing == Bearing.NEUTRAL) return "neither";
        return bearing.isAdverse() ? "against" : "for";
    }

    private static List<Object> values(EvidenceField field) {
        if (field.type() == EvidenceField.Type.NUMBER) return List.of(field.min(), 2, 3, 9, 10, field.max());
        return field.values().stream().map(c -> (Object) c.value()).toList();
    }
}
