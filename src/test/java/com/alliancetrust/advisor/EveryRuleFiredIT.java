package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.engine.RuleEngine;
import com.alliancetrust.advisor.engine.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule under {@code rules/} is fired by some unit test or scenario. The unit tests record the
 * rules they saw fire ({@link RuleFiringsRecorder}, one file per test JVM under
 * {@code target/rule-firings/}); this check, run by {@code mvn verify} after them, compares those
 * records with the catalogue of every rule set and names each rule never fired, by rule set and file.
 * Only the unit tests' firings count (integration tests are still running when this one runs).
 */
class EveryRuleFiredIT {
    private static final Path DIRECTORY = Path.of(System.getProperty("rule.firings.directory", "target/rule-firings"));

    @Test
    void every_rule_is_fired_by_some_unit_test() throws IOException {
        Set<String> fired = fired();
        Map<String, List<String>> neverFired = new TreeMap<>();
        int rules = 0;
        for (Map.Entry<String, RuleEngine> e : TestAdvisor.get().engines().entrySet()) {
            for (RuleInfo rule : e.getValue().catalogue().values()) {
                rules++;
                if (!fired.contains(e.getKey() + "\t" + rule.name())) {
                    neverFired.computeIfAbsent(e.getKey() + " (" + rule.file() + ")", k -> new ArrayList<>()).add(rule.name());
                }
            }
        }
        StringBuilder report = new StringBuilder();
        int count = 0;
        for (Map.Entry<String, List<String>> e : neverFired.entrySet()) {
            report.append("\n  ").append(e.getKey()).append(':');
            for (String name : e.getValue()) report.append("\n    \"").append(name).append('"');
            count += e.getValue().size();
        }
        assertThat(count).as("%d of %d rules never fired by any unit test or scenario; give each a given/then test:%s",
                count, rules, report).isZero();
    }

    /** The rules the unit tests saw fire, as "rule-set<TAB>rule name". */
    private static Set<String> fired() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(DIRECTORY)) {
            try (Stream<Path> listed = Files.list(DIRECTORY)) {
                listed.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(files::add);
            }
        }
        assertThat(files).as("no record of the rules fired in %s: run the unit tests in the same build first "
                + "(mvn verify does; with -Dtest=..., only the rules those tests fire are counted)", DIRECTORY).isNotEmpty();
        Set<String> fired = new HashSet<>();
        for (Path f : files) fired.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        return fired;
    }
}
