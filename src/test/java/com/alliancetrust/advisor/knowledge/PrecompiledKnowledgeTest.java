package com.alliancetrust.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.content.ContentLocator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base packaged as JSON by the build reads exactly as its YAML does, and only for the
 * text it was packaged from.
 */
class PrecompiledKnowledgeTest {
    private static final List<ContentFile> PACKAGED = new ContentLocator(Path.of("")).load().knowledge();

    @Test
    void every_file_read_at_start_is_packaged_as_json_and_the_knowledge_base_read_from_it_equals_the_one_read_from_the_yaml() {
        List<ContentFile> readAtStart = PACKAGED.stream().filter(PrecompiledKnowledge::readAtStart).toList();
        assertThat(readAtStart).hasSizeGreaterThan(50);
        assertThat(readAtStart).allSatisfy(f -> assertThat(PrecompiledKnowledge.json(f)).as(f.path()).isPresent());

        KnowledgeBase fromJson = KnowledgeLoader.load(PACKAGED);
        // A line added at the end leaves each file's content as it was, but gives it another key: read from the YAML.
        List<ContentFile> asYaml = PACKAGED.stream().map(f -> new ContentFile(f.path(), f.text() + "\n")).toList();
        assertThat(asYaml).allSatisfy(f -> assertThat(PrecompiledKnowledge.json(f)).as(f.path()).isEmpty());
        KnowledgeBase fromYaml = KnowledgeLoader.load(asYaml);

        assertThat(fromJson).usingRecursiveComparison().isEqualTo(fromYaml);
    }

    @Test
    void a_file_edited_after_the_build_is_read_as_it_is_now_not_as_packaged() {
        List<ContentFile> edited = PACKAGED.stream().map(f -> f.path().equals("knowledge-base/bibliography.yaml")
                ? new ContentFile(f.path(), f.text().replace("\"Amado, G. & Brasil, H. V.\"", "\"Amado, G.\"")) : f).toList();

        assertThat(KnowledgeLoader.load(PACKAGED).bibliography().get("amado-brasil-1991").authors()).isEqualTo("Amado, G. & Brasil, H. V.");
        assertThat(KnowledgeLoader.load(edited).bibliography().get("amado-brasil-1991").authors()).isEqualTo("Amado, G.");
    }

    /** As a country profile or a policy might hold them. */
    record Entry(String country, String edition, int score, double weight) {
    }

    @Test
    void scalars_json_would_spell_otherwise_are_packaged_so_that_they_read_as_the_yaml_reads_them() throws Exception {
        String yaml = "country: NO\nedition: 1.10\nscore: 84\nweight: 0.5\n"; // YAML reads NO as false, and 1.10 as 1.1

        Entry packaged = PrecompiledKnowledge.JSON.readValue(PrecompiledKnowledge.asJson(yaml), Entry.class);

        assertThat(packaged).isEqualTo(KnowledgeLoader.YAML.readValue(yaml, Entry.class)).isEqualTo(new Entry("NO", "1.10", 84, 0.5));
    }
}
