package com.alliancetrust.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.ContentFile;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The what-if search runs the partner-selection rules up to the verdict many times in one session,
 * facts coming and going ({@link IncrementalRun}); a conclusion stays right only if the rule that
 * drew it inserted it under truth maintenance. So every rule of those phases inserts with
 * {@code insertLogical}: one inserting with a plain {@code insert} would leave its conclusion behind
 * when its premises go, and the search would read a verdict from facts that no longer hold.
 */
class TruthMaintainedConclusionsTest {
    private static final Pattern PLAIN_INSERT = Pattern.compile("(?<![\\w.])insert\\s*\\(");

    @Test
    void every_selection_rule_up_to_the_verdict_inserts_its_conclusions_under_truth_maintenance() {
        List<ContentFile> files = TestAdvisor.get().content().rules().stream()
                .filter(f -> f.path().startsWith("rules/" + Advisor.SELECTION + "/")).toList();
        List<String> phases = RuleEngine.PHASES.subList(0, RuleEngine.PHASES.indexOf("verdict") + 1);
        List<RuleFileOutline.Rule> rules = RuleFileOutline.read(files).stream().filter(r -> phases.contains(r.group())).toList();

        assertThat(rules).as("rules up to the verdict").hasSizeGreaterThan(100);
        assertThat(rules).filteredOn(r -> r.code().consequence().text().contains("insertLogical(")).as("drawing conclusions").isNotEmpty();
        assertThat(rules).filteredOn(r -> PLAIN_INSERT.matcher(r.code().consequence().text()).find())
                .extracting(r -> r.file() + ": " + r.name()).as("inserting with a plain insert").isEmpty();
    }
}
