package com.alliancetrust.advisor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.knowledge.ChecklistItem;
import com.alliancetrust.advisor.knowledge.ChecklistItem.Section;
import com.alliancetrust.advisor.knowledge.EvidenceField;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The due-diligence catalogue in {@code knowledge-base/checklist-items.yaml} meets the bar the checklists rely on. */
class ChecklistCatalogueTest {
    private static final int MINIMUM_ITEMS = 40;
    private static final int MINIMUM_PER_SECTION = 3;
    private static final Map<Section, String> PREFIX = Map.of(Section.STRATEGIC_FIT, "sf-", Section.COMPETENCE, "co-",
            Section.FINANCIAL_HEALTH, "fi-", Section.INTEGRITY_COMPLIANCE, "ic-", Section.RELATIONAL_HISTORY, "rh-",
            Section.CULTURE_ORGANISATION, "cu-", Section.IP_INFORMATION, "ip-", Section.GOVERNANCE_DESIGN, "gv-", Section.EXIT, "ex-");

    private final KnowledgeBase kb = TestAdvisor.get().knowledge();

    @Test
    void the_catalogue_has_at_least_forty_items_and_every_section_is_covered() {
        Map<Section, Integer> perSection = new EnumMap<>(Section.class);
        kb.checklist().values().forEach(i -> perSection.merge(i.section(), 1, Integer::sum));

        assertThat(kb.checklist()).hasSizeGreaterThanOrEqualTo(MINIMUM_ITEMS);
        assertThat(perSection.keySet()).as("sections with items").containsExactlyInAnyOrder(Section.values());
        perSection.forEach((section, count) -> assertThat(count).as("items in %s", section).isGreaterThanOrEqualTo(MINIMUM_PER_SECTION));
    }

    @Test
    void every_item_says_what_to_check_how_to_verify_it_why_it_matters_and_its_sources() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> titles = new HashSet<>();
        for (ChecklistItem i : kb.checklist().values()) {
            softly.assertThat(i.id()).as("id").matches("[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*");
            softly.assertThat(i.id()).as("%s: id prefix matches section %s", i.id(), i.section()).startsWith(PREFIX.get(i.section()));
            softly.assertThat(i.title()).as("%s: title", i.id()).isNotBlank();
            softly.assertThat(titles.add(i.title())).as("%s: title is unique", i.id()).isTrue();
            softly.assertThat(i.check()).as("%s: check", i.id()).isNotBlank().hasSizeGreaterThan(40);
            softly.assertThat(i.verify()).as("%s: verify", i.id()).isNotBlank().hasSizeGreaterThan(40);
            softly.assertThat(i.why()).as("%s: why", i.id()).isNotBlank().hasSizeGreaterThan(40);
            softly.assertThat(i.sources()).as("%s: sources", i.id()).isNotEmpty();
            for (String source : i.sources()) {
                softly.assertThat(kb.bibliography()).as("%s: source %s is in bibliography.yaml", i.id(), source).containsKey(source);
            }
            if (i.resolves() != null) {
                softly.assertThat(kb.evidenceField(i.resolves())).as("%s: resolves a real evidence field", i.id()).isPresent();
            }
        }
        softly.assertAll();
    }

    /** Otherwise an UNKNOWN element or a red flag could point at evidence no check establishes. */
    @Test
    void every_evidence_field_of_the_assessment_is_established_by_exactly_one_item() {
        Map<String, Long> resolvers = kb.checklist().values().stream().filter(i -> i.resolves() != null)
                .collect(Collectors.groupingBy(ChecklistItem::resolves, Collectors.counting()));
        for (EvidenceField field : kb.evidence().values()) {
            assertThat(resolvers.get(field.key())).as("items establishing %s", field.key()).isEqualTo(1L);
        }
    }

    /** An item no rule can choose would never reach a checklist. */
    @Test
    void every_item_can_be_chosen_by_a_rule_or_by_an_assessment() throws IOException {
        String rules;
        try (Stream<Path> files = Files.list(Path.of("rules", "checklist"))) {
            rules = files.filter(p -> p.toString().endsWith(".drl")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (ChecklistItem i : kb.checklist().values()) {
            assertThat(i.resolves() != null || rules.contains("\"" + i.id() + "\""))
                    .as("%s is named by a rule in rules/checklist/ or establishes assessment evidence", i.id()).isTrue();
        }
    }
}
