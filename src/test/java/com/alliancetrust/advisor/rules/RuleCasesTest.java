package com.alliancetrust.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.domain.Advice;
import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.domain.BreachPart;
import com.alliancetrust.advisor.domain.CheckPoint;
import com.alliancetrust.advisor.domain.Fact;
import com.alliancetrust.advisor.domain.Finding;
import com.alliancetrust.advisor.domain.FitLevel;
import com.alliancetrust.advisor.domain.PowerBalance;
import com.alliancetrust.advisor.domain.VerdictDecision;
import com.alliancetrust.advisor.domain.OpenQuestion;
import com.alliancetrust.advisor.domain.RepairStep;
import com.alliancetrust.advisor.domain.Score;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.engine.Evaluation;
import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.engine.RuleInfo;
import com.alliancetrust.advisor.selection.SelectionInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given/then cases for the rules of one file, as data: {@code src/test/resources/rule-cases/<rule set>/<file>.yaml}
 * holds, for {@code rules/<rule set>/<file>.drl}, the facts of each case and what the rules must conclude,
 * with the rules that must fire and those that must not. Every rule of the file has a case where it
 * fires and a near miss where it does not.
 *
 * <p>{@code given}: {@code parts} (who is accused in each part of a breach, numbered from 1),
 * {@code answers} ({@code question: value}, a list for several values; {@code 2.question} for part 2),
 * {@code checks} (health checks oldest first, each {@code all}, {@code ours} and {@code partner} mapping
 * an element, IDENTIFICATION or OVERALL to its mean score, with {@code respondents} and {@code spread}
 * for every score and an optional {@code date}, three months apart by default; a check with no scores
 * had no survey; the last is the latest) and {@code facts} (any other input by name, a number or a
 * text, or a list of them for one fact per value), and {@code culture} (each side's stated position on a
 * numeric cultural dimension: {@code ours: {masculinity: 62}, partner: {masculinity: 95}}). Monitoring
 * cases are given the monitoring policy of the knowledge base, contract cases its contract weights, selection
 * cases what a partner assessment gives its rules beside the request's facts (the catalogue items not
 * given as missing, the readings of the fit facts, the selection policy).
 *
 * <p>{@code then}: {@code findings} ({@code attribute: value}, the only value found for it; for a partner
 * assessment also {@code verdict}, {@code fit.strategic} and the other kinds of fit, {@code power} and {@code power.strong}),
 * {@code noFindings}, {@code asks} and {@code doesNotAsk} (open questions), {@code steps} and
 * {@code notSteps} (repair steps), {@code advice} and {@code notAdvice} ({@code id} or {@code id/subject}),
 * {@code fired} and {@code notFired} (rule names). A plain key is about part 1 when the case has breach
 * parts and part 0 (the alliance) otherwise; {@code 3.stage} names part 3.
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src", "test", "resources", "rule-cases");
    private static final Set<String> GIVEN_KEYS = Set.of("parts", "answers", "checks", "facts", "culture");
    private static final Set<String> THEN_KEYS = Set.of("findings", "noFindings", "asks", "doesNotAsk", "steps", "notSteps",
            "advice", "notAdvice", "fired", "notFired");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : caseFiles()) {
            JsonNode root = read(file);
            for (JsonNode c : root.path("cases")) {
                cases.add(Arguments.of(file.getParent().getFileName() + "/" + file.getFileName() + ": " + c.path("name").asText(),
                        file.getParent().getFileName().toString(), c));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_case(String title, String ruleSet, JsonNode c) {
        RuleEngine engine = TestAdvisor.get().engine(ruleSet);
        JsonNode given = c.path("given");
        JsonNode then = c.path("then");
        assertThat(names(given)).as("%s: keys under given", title).isSubsetOf(GIVEN_KEYS);
        assertThat(names(then)).as("%s: keys under then", title).isSubsetOf(THEN_KEYS).contains("fired", "notFired");
        for (String rule : concat(texts(then.get("fired")), texts(then.get("notFired")))) {
            assertThat(engine.catalogue()).as("%s: a rule named \"%s\" in rules/%s", title, rule, ruleSet).containsKey(rule);
        }
        int defaultPart = given.has("parts") ? 1 : 0;

        List<Object> facts = facts(given, ruleSet);
        facts.addAll(knowledgeFacts(ruleSet));
        if (ruleSet.equals(Advisor.SELECTION)) {
            // As in use: the catalogue items not given are missing, and each fit fact comes with how the catalogue reads it.
            facts = SelectionInput.withKnowledge(facts.stream().map(Fact.class::cast).toList(), TestAdvisor.get().knowledge());
        }
        Evaluation evaluation = engine.evaluate(facts);
        Set<String> fired = new HashSet<>(evaluation.trace().stream().map(RuleInfo::name).toList());

        SoftAssertions softly = new SoftAssertions();
        then.path("findings").fields().forEachRemaining(e -> {
            Key key = Key.of(e.getKey(), defaultPart);
            softly.assertThat(findings(evaluation, key)).as("%s: %s", title, e.getKey()).containsExactly(e.getValue().asText());
        });
        for (String k : texts(then.get("noFindings"))) {
            softly.assertThat(findings(evaluation, Key.of(k, defaultPart))).as("%s: no finding on %s", title, k).isEmpty();
        }
        Set<String> asked = keys(evaluation.all(OpenQuestion.class).stream().map(q -> new Key(q.part(), q.question())).toList());
        for (String k : texts(then.get("asks"))) softly.assertThat(asked).as("%s: asks %s", title, k).contains(Key.of(k, defaultPart).text());
        for (String k : texts(then.get("doesNotAsk"))) softly.assertThat(asked).as("%s: does not ask %s", title, k).doesNotContain(Key.of(k, defaultPart).text());
        Set<String> steps = keys(evaluation.all(RepairStep.class).stream().map(s -> new Key(s.part(), s.id())).toList());
        for (String k : texts(then.get("steps"))) softly.assertThat(steps).as("%s: step %s", title, k).contains(Key.of(k, defaultPart).text());
        for (String k : texts(then.get("notSteps"))) softly.assertThat(steps).as("%s: no step %s", title, k).doesNotContain(Key.of(k, defaultPart).text());
        List<Advice> advice = evaluation.all(Advice.class);
        List<String> givenAdvice = advice.stream().map(a -> a.subject() == null ? a.id() : a.id() + "/" + a.subject()).toList();
        for (String a : texts(then.get("advice"))) {
            softly.assertThat(advice.stream().anyMatch(x -> matches(a, x))).as("%s: advice %s given; given: %s", title, a, givenAdvice).isTrue();
        }
        for (String a : texts(then.get("notAdvice"))) {
            softly.assertThat(advice.stream().noneMatch(x -> matches(a, x))).as("%s: advice %s not given; given: %s", title, a, givenAdvice).isTrue();
        }
        for (String rule : texts(then.get("fired"))) softly.assertThat(fired).as("%s: rules fired", title).contains(rule);
        for (String rule : texts(then.get("notFired"))) softly.assertThat(fired).as("%s: rules fired", title).doesNotContain(rule);
        softly.assertAll();
    }

    /** Each file names its rule file; every rule there fires in some case and is a near miss in another. */
    @Test
    void every_rule_of_each_file_has_a_matching_case_and_a_near_miss() throws IOException {
        List<Path> files = caseFiles();
        assertThat(files).as("case files under %s", CASES).isNotEmpty();
        for (Path file : files) {
            JsonNode root = read(file);
            String ruleSet = file.getParent().getFileName().toString();
            String drl = root.path("rules").asText();
            assertThat(drl).as("%s: rules names the rule file", file).isEqualTo("rules/" + ruleSet + "/"
                    + file.getFileName().toString().replaceFirst("\\.yaml$", ".drl"));
            Set<String> fired = new TreeSet<>();
            Set<String> missed = new TreeSet<>();
            Set<String> names = new HashSet<>();
            for (JsonNode c : root.path("cases")) {
                assertThat(names.add(c.path("name").asText())).as("%s: case name %s used once", file, c.path("name").asText()).isTrue();
                assertThat(c.path("name").asText()).as("%s: case name", file).matches("[a-z0-9]+(_[a-z0-9]+)+");
                fired.addAll(texts(c.path("then").get("fired")));
                missed.addAll(texts(c.path("then").get("notFired")));
            }
            List<String> rules = TestAdvisor.get().engine(ruleSet).catalogue().values().stream()
                    .filter(r -> r.file().equals(drl)).map(RuleInfo::name).toList();
            assertThat(rules).as("rules in %s", drl).isNotEmpty();
            assertThat(fired).as("%s: rules with a case where they fire", file).containsAll(rules);
            assertThat(missed).as("%s: rules with a near miss where they do not fire", file).containsAll(rules);
        }
    }

    /** What a capability always gives its rules from the knowledge base (the weights they judge by), as it does in use. */
    private static List<Object> knowledgeFacts(String ruleSet) {
        return ruleSet.equals("contract") ? List.of(TestAdvisor.get().knowledge().contractPolicy().weights()) : List.of();
    }

    private static List<Object> facts(JsonNode given, String ruleSet) {
        List<Object> facts = new ArrayList<>();
        int index = 0;
        for (JsonNode accused : given.path("parts")) facts.add(new BreachPart(++index, BreachPart.Accused.valueOf(accused.asText())));
        int defaultPart = index > 0 ? 1 : 0;
        given.path("answers").fields().forEachRemaining(e -> {
            Key key = Key.of(e.getKey(), defaultPart);
            List<String> values = e.getValue().isArray() ? texts(e.getValue()) : List.of(e.getValue().asText());
            values.forEach(v -> facts.add(new Answer(key.part(), key.name(), v)));
        });
        int seq = 0;
        int survey = 0;
        int count = given.path("checks").size();
        int surveys = 0;
        for (JsonNode check : given.path("checks")) if (surveyed(check)) surveys++;
        LocalDate first = null;
        for (JsonNode check : given.path("checks")) {
            seq++;
            LocalDate date = check.has("date") ? LocalDate.parse(check.path("date").asText()) : LocalDate.of(2026, 1, 1).plusMonths(3L * (seq - 1));
            if (first == null) first = date;
            boolean surveyed = surveyed(check);
            if (surveyed) survey++;
            facts.add(new CheckPoint(seq, date.toString(), seq == count, surveyed ? survey : 0, surveyed && survey == surveys,
                    (int) ChronoUnit.MONTHS.between(first, date)));
            int n = check.path("respondents").asInt(0);
            double spread = check.has("spread") ? check.path("spread").asDouble() : Double.NaN;
            for (String side : List.of("all", "ours", "partner")) {
                int s = survey;
                check.path(side).fields().forEachRemaining(e -> facts.add(new Score(s, side.toUpperCase(), e.getKey(), e.getValue().asDouble(), n, spread)));
            }
        }
        if (ruleSet.equals("monitoring")) facts.add(TestAdvisor.get().knowledge().monitoringPolicy().policy());
        // A side's position on a cultural dimension, as stated for the firm: culture: {ours: {masculinity: 62}, partner: {...}}.
        given.path("culture").fields().forEachRemaining(side -> side.getValue().fields().forEachRemaining(e -> {
            var d = TestAdvisor.get().knowledge().culture().dimensions().get(e.getKey());
            assertThat(d).as("cultural dimension %s", e.getKey()).isNotNull();
            facts.add(new com.alliancetrust.advisor.domain.CultureValue(com.alliancetrust.advisor.domain.Party.valueOf(side.getKey().toUpperCase()),
                    d.id(), d.name(), d.framework().name(), e.getValue().asInt(), e.getValue().asText(), null, true));
        }));
        // A list gives one fact per value (the provisions of a contract, say).
        given.path("facts").fields().forEachRemaining(e -> (e.getValue().isArray() ? e.getValue() : List.of(e.getValue()))
                .forEach(v -> facts.add(v.isNumber() ? Fact.of(e.getKey(), v.asDouble()) : Fact.of(e.getKey(), v.asText()))));
        return facts;
    }

    /** A check with scores had a trust survey; one of indicators and events alone has none. */
    private static boolean surveyed(JsonNode check) {
        return check.has("all") || check.has("ours") || check.has("partner");
    }

    private static List<String> findings(Evaluation evaluation, Key key) {
        List<String> found = new ArrayList<>(evaluation.all(Finding.class).stream().filter(f -> f.part() == key.part() && f.attribute().equals(key.name()))
                .map(Finding::value).distinct().toList());
        if (key.part() == 0) found.addAll(selectionConclusions(evaluation).getOrDefault(key.name(), List.of()));
        return found;
    }

    /**
     * What a partner assessment concluded, as findings: {@code verdict}, {@code fit.strategic} (each kind
     * of fit by its name), {@code power} (the balance of dependence) and {@code power.strong}.
     */
    private static Map<String, List<String>> selectionConclusions(Evaluation evaluation) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        evaluation.all(VerdictDecision.class).forEach(d -> found.computeIfAbsent("verdict", k -> new ArrayList<>()).add(d.verdict().name()));
        evaluation.all(FitLevel.class).forEach(l -> found.computeIfAbsent("fit." + l.kind().name().toLowerCase(), k -> new ArrayList<>())
                .add(l.level().name()));
        evaluation.all(PowerBalance.class).forEach(b -> {
            found.computeIfAbsent("power", k -> new ArrayList<>()).add(b.balance().name());
            found.computeIfAbsent("power.strong", k -> new ArrayList<>()).add(String.valueOf(b.strong()));
        });
        return found;
    }

    /** A conclusion's part and name, written "name" for the default part and "2.name" otherwise. */
    private record Key(int part, String name) {
        static Key of(String text, int defaultPart) {
            return text.matches("\\d+\\..+") ? new Key(Integer.parseInt(text.substring(0, text.indexOf('.'))), text.substring(text.indexOf('.') + 1))
                    : new Key(defaultPart, text);
        }

        String text() {
            return part + "." + name;
        }
    }

    private static Set<String> keys(List<Key> keys) {
        Set<String> texts = new TreeSet<>();
        keys.forEach(k -> texts.add(k.text()));
        return texts;
    }

    private static boolean matches(String entry, Advice a) {
        return ScenarioHarness.matches(entry, a.id(), a.subject());
    }

    private static List<Path> caseFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> sets = Files.list(CASES)) {
            for (Path set : sets.sorted().toList()) {
                for (String name : ScenarioHarness.in(set, 1).files()) files.add(set.resolve(name));
            }
        }
        return files;
    }

    private static JsonNode read(Path file) {
        try {
            return ScenarioHarness.YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode node) {
        return ScenarioHarness.texts(node);
    }

    private static List<String> names(JsonNode node) {
        return ScenarioHarness.names(node);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
