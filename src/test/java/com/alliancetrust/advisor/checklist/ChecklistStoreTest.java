package com.alliancetrust.advisor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.wiring.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checklists as kept: each item read back with its own reasons, however many other items share them. */
class ChecklistStoreTest {
    private Database db;
    private final ChecklistStore store = new ChecklistStore(Json.mapper());

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_same_item_on_two_checklists_is_read_back_with_the_reasons_each_was_stored_with_also_when_read_again() {
        StoredChecklist government = checklist("c-1", reason("Government-facing work calls for checks on officials"));
        StoredChecklist agents = checklist("c-2", reason("A distribution alliance checks the partner's agents"),
                reason("Government-facing work calls for checks on officials"));
        StoredChecklist alike = checklist("c-3", reason("Government-facing work calls for checks on officials"));
        db.inTransaction(c -> {
            store.insert(c, government);
            store.insert(c, agents);
            store.insert(c, alike);
            return null;
        });

        for (int read = 0; read < 2; read++) {
            assertThat(reasons("c-1")).isEqualTo(government.items().get(0).reasons());
            assertThat(reasons("c-2")).isEqualTo(agents.items().get(0).reasons());
            assertThat(reasons("c-3")).isEqualTo(alike.items().get(0).reasons());
            assertThat(db.read(c -> store.item(c, "c-2", "ic-third-party-agents")).orElseThrow().reasons())
                    .isEqualTo(agents.items().get(0).reasons());
        }
    }

    /**
     * The reasons stored and read back are sent as the JSON written for them once, which must be
     * exactly what writing them afresh gives: as compact text (the answers), indented text and a tree.
     */
    @Test
    void reasons_read_back_are_written_exactly_as_the_same_reasons_written_afresh() throws Exception {
        StoredChecklist stored = checklist("c-1", reason("Government-facing work calls for checks on officials \"now\" \u00e9"),
                reason("A distribution alliance checks the partner's agents"));
        StoredChecklist inserted = db.inTransaction(c -> store.insert(c, stored));
        StoredChecklist read = db.read(c -> store.find(c, "c-1")).orElseThrow();
        List<Explanation> kept = read.items().get(0).reasons();
        List<Explanation> afresh = new java.util.ArrayList<>(kept);
        assertThat(kept).isNotInstanceOf(java.util.ArrayList.class).isEqualTo(afresh).isEqualTo(stored.items().get(0).reasons());

        var json = Json.mapper();
        assertThat(json.writeValueAsString(inserted)).as("as stored").isEqualTo(json.writeValueAsString(stored));
        for (int write = 0; write < 2; write++) {
            assertThat(json.writeValueAsString(read)).isEqualTo(json.writeValueAsString(withReasons(read, afresh)));
            assertThat(new String(json.writeValueAsBytes(read.items()), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(json.writeValueAsString(List.of(withReasons(read, afresh).items().get(0))));
            assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(read))
                    .isEqualTo(json.writerWithDefaultPrettyPrinter().writeValueAsString(withReasons(read, afresh)));
            assertThat(json.valueToTree(read).toString()).isEqualTo(json.valueToTree(withReasons(read, afresh)).toString());
        }
        assertThat(json.writeValueAsString(read)).contains("\\\"now\\\"", "\u00e9");
    }

    private static StoredChecklist withReasons(StoredChecklist checklist, List<Explanation> reasons) {
        StoredChecklist.Item item = checklist.items().get(0);
        return new StoredChecklist(checklist.id(), checklist.createdAt(), checklist.rulesVersion(), checklist.context(), checklist.version(),
                List.of(new StoredChecklist.Item(item.id(), item.priority(), reasons, item.status(), item.note(), item.finding(),
                        item.markedAt(), item.markedBy(), item.version())));
    }

    private List<Explanation> reasons(String checklistId) {
        return db.read(c -> store.find(c, checklistId)).orElseThrow().items().get(0).reasons();
    }

    private static StoredChecklist checklist(String id, Explanation... reasons) {
        var item = new StoredChecklist.Item("ic-third-party-agents", Priority.CRITICAL, List.of(reasons), Checklist.Status.OPEN,
                null, null, null, null, 1);
        var context = new ChecklistContext(null, null, "NG", "GB", null, null, true, false, false, false, 5, null);
        return new StoredChecklist(id, "2026-12-07T10:00:00Z", "v1", context, 1, List.of(item));
    }

    private static Explanation reason(String why) {
        return new Explanation(why, List.of(new Explanation.InputFact("checklist.governmentFacing", "Government-facing activities", "YES", "Yes")),
                List.of(), new Explanation.RuleRef(why.toLowerCase().replace(' ', '-'), why, "rules/checklist/context.drl"),
                List.of(new Explanation.SourceRef("mayer-1995", "Mayer, R. C., Davis, J. H. & Schoorman, F. D. (1995).", "MEDIUM", null)));
    }
}
