package com.alliancetrust.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.knowledge.CountryProfile.Rating;
import com.alliancetrust.advisor.wiring.Capabilities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every country profile in {@code knowledge-base/countries/} is valid: a real ISO code as its file
 * name, every dimension listed, values in range and each with a known source, Meyer positions
 * marked approximate, practices complete. And the validator really refuses each kind of fault.
 */
class CountryProfilesTest {
    private static final Path COUNTRIES = Path.of("knowledge-base", "countries");
    private static final int MINIMUM_COUNTRIES = 50;
    private static final KnowledgeBase KB = TestAdvisor.get().knowledge();
    private static final Map<String, CultureDimension> DIMENSIONS = KB.culture().dimensions();
    private static final Set<String> SOURCES = KB.bibliography().keySet();
    private static final ContentFile JAPAN = file("JP.yaml");

    static Stream<String> profiles() throws IOException {
        try (Stream<Path> files = Files.list(COUNTRIES)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void there_are_profiles_for_at_least_fifty_countries_and_all_of_them_load() throws IOException {
        assertThat(profiles().count()).isGreaterThanOrEqualTo(MINIMUM_COUNTRIES);
        assertThat(KB.culture().countries()).hasSize((int) profiles().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void every_profile_is_valid(String name) {
        assertThat(name).matches("[A-Z]{2}\\.yaml");
        assertThat(Set.of(Locale.getISOCountries())).contains(name.substring(0, 2));
        assertThat(CultureKnowledgeLoader.problemsOf(file(name), DIMENSIONS, SOURCES)).isEmpty();

        CountryProfile profile = KB.culture().countries().get(name.substring(0, 2));
        assertThat(profile.dimensions()).extracting(Rating::dimension).containsExactlyElementsOf(DIMENSIONS.keySet());
        for (Rating r : profile.dimensions()) {
            if (!r.known()) {
                assertThat(r.value()).as("%s %s unknown", name, r.dimension()).isNull();
                continue;
            }
            assertThat(SOURCES).as("%s %s source", name, r.dimension()).contains(r.source());
            assertThat(r.position()).as("%s %s position", name, r.dimension()).isNotNull();
            if (r.framework() == CultureDimension.Framework.MEYER) {
                assertThat(r.approximate()).as("%s %s approximate", name, r.dimension()).isTrue();
                assertThat(r.confidence()).as("%s %s confidence", name, r.dimension()).isNotNull();
            }
        }
        for (CountryProfile.Practice p : profile.practices()) {
            assertThat(List.of(p.name(), p.description(), p.trust(), p.adapt())).as("%s %s", name, p.id()).allMatch(s -> !s.isBlank());
            assertThat(SOURCES).as("%s %s sources", name, p.id()).containsAll(p.sources());
        }
    }

    @Test
    void the_published_values_the_digest_relies_on_are_as_entered() {
        CountryProfile japan = KB.culture().countries().get("JP");
        assertThat(japan.rating("context")).map(Rating::value).contains("HIGH");
        assertThat(japan.rating("time")).map(Rating::value).contains("MONOCHRONIC"); // high-context yet punctual
        assertThat(japan.rating("uncertaintyAvoidance")).map(Rating::value).contains(92);
        assertThat(japan.practices()).extracting(CountryProfile.Practice::id).contains("nemawashi", "ringi");
        assertThat(KB.culture().countries().get("CN").practices()).extracting(CountryProfile.Practice::id).contains("guanxi");
        assertThat(KB.culture().countries().get("US").rating("individualism")).map(Rating::value).contains(91);
    }

    @Test
    void a_country_published_only_in_a_regional_group_has_no_invented_scores() {
        CountryProfile saudiArabia = KB.culture().countries().get("SA");
        assertThat(saudiArabia.rating("powerDistance")).isEmpty();
        assertThat(saudiArabia.note()).contains("Arab countries");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a value without a source | 'powerDistance: { value: 54, source: hofstede-2010 }' | 'powerDistance: { value: 54 }' | hofstede.powerDistance has a value without a source",
            "an unknown source | 'powerDistance: { value: 54, source: hofstede-2010 }' | 'powerDistance: { value: 54, source: hofstede-1999 }' | cites unknown source 'hofstede-1999'",
            "an out-of-range score | 'powerDistance: { value: 54, source: hofstede-2010 }' | 'powerDistance: { value: 154, source: hofstede-2010 }' | must be a whole number from 0 to 120",
            "a fractional score | 'powerDistance: { value: 54, source: hofstede-2010 }' | 'powerDistance: { value: 54.5, source: hofstede-2010 }' | must be a whole number",
            "a Meyer position outside the line | 'communicating: { value: 10,' | 'communicating: { value: 11,' | must be a whole number from 1 to 10",
            "a Meyer position not marked approximate | 'communicating: { value: 10, source: meyer-2014, approximate: true, confidence: MEDIUM }' | 'communicating: { value: 10, source: meyer-2014 }' | mark it approximate",
            "a published score marked approximate | 'powerDistance: { value: 54, source: hofstede-2010 }' | 'powerDistance: { value: 54, source: hofstede-2010, approximate: true }' | do not mark it approximate",
            "a Hall class that does not exist | 'context: { value: HIGH,' | 'context: { value: VERY_HIGH,' | must be one of LOW, MIDDLE, HIGH",
            "a dimension left out | '  indulgence: { value: 42, source: hofstede-2010 }\n' | '' | hofstede.indulgence is missing",
            "a dimension that does not exist | '  indulgence: { value: 42, source: hofstede-2010 }' | '  indulgence: { value: 42, source: hofstede-2010 }\n  humour: { value: 3, source: hofstede-2010 }' | hofstede.humour is not a HOFSTEDE dimension",
            "a practice without a source | 'sources: [meyer-2014]' | 'sources: []' | needs at least one source",
            "a practice without its meaning for trust | '    trust: ' | '    trustLevel: ' | trustLevel",
            "a code that does not match the file | 'code: JP' | 'code: JA' | code 'JA' does not match the file name",
            "a source on an unknown value | 'indulgence: { value: 42, source: hofstede-2010 }' | 'indulgence: { value: null, source: hofstede-2010 }' | has a source but no value",
    })
    void the_validator_refuses(String what, String find, String replace, String expected) {
        String text = JAPAN.text();
        assertThat(text).as("the Japanese profile contains the text to change").contains(find.replace("\\n", "\n"));
        ContentFile broken = new ContentFile(JAPAN.path(), text.replaceFirst(java.util.regex.Pattern.quote(find.replace("\\n", "\n")),
                java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n"))));

        assertThat(CultureKnowledgeLoader.problemsOf(broken, DIMENSIONS, SOURCES)).as(what)
                .anySatisfy(p -> assertThat(p).startsWith("knowledge-base/countries/JP.yaml").contains(expected));
    }

    @Test
    void a_file_not_named_by_an_iso_code_is_refused() {
        ContentFile renamed = new ContentFile("knowledge-base/countries/XK.yaml", JAPAN.text().replace("code: JP", "code: XK"));

        assertThat(CultureKnowledgeLoader.problemsOf(renamed, DIMENSIONS, SOURCES))
                .anySatisfy(p -> assertThat(p).contains("ISO 3166-1 alpha-2"));
    }

    @Test
    void an_invalid_profile_stops_the_advisor_from_starting_and_names_the_file() {
        Content project = new ContentLocator(Path.of("")).load();
        List<ContentFile> knowledge = new ArrayList<>();
        for (ContentFile f : project.knowledge()) {
            knowledge.add(f.path().equals(JAPAN.path()) ? new ContentFile(f.path(), f.text().replace("source: hofstede-2010", "source: nobody-2020")) : f);
        }
        Content broken = Content.of(project.rules(), knowledge, "test");

        assertThatThrownBy(() -> Capabilities.load(broken)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("knowledge-base/countries/JP.yaml").hasMessageContaining("nobody-2020");
    }

    private static ContentFile file(String name) {
        try {
            return new ContentFile("knowledge-base/countries/" + name, Files.readString(COUNTRIES.resolve(name)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
