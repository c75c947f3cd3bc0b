package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * What every scenario test shares: the scenario files of one directory under {@code knowledge-base/}
 * (or any other), read as YAML, in name order; the checks that hold for every such directory (enough
 * scenarios, kebab-case names) and for every file (known keys, a title and a situation); reading
 * lists and {@code id/subject} entries; the check that a conclusion is explained; and a server over a
 * fresh database for scenarios run through the HTTP API. Each scenario test keeps only what its
 * capability expects.
 */
public final class ScenarioHarness {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEBAB_CASE_YAML = "[a-z0-9]+(-[a-z0-9]+)*\\.yaml";

    private final Path directory;
    private final int minimum;

    private ScenarioHarness(Path directory, int minimum) {
        this.directory = directory;
        this.minimum = minimum;
    }

    /** The scenarios in {@code knowledge-base/<directory>}, of which there must be at least {@code minimum}. */
    public static ScenarioHarness knowledgeBase(String directory, int minimum) {
        return new ScenarioHarness(Path.of("knowledge-base", directory), minimum);
    }

    /** The scenarios in any directory, of which there must be at least {@code minimum}. */
    public static ScenarioHarness in(Path directory, int minimum) {
        return new ScenarioHarness(directory, minimum);
    }

    public Path directory() {
        return directory;
    }

    /** The file names, in order. */
    public List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    /** The file names, for a {@code @MethodSource}. */
    public Stream<String> names() throws IOException {
        return files().stream();
    }

    public JsonNode read(String file) throws IOException {
        JsonNode scenario = YAML.readTree(directory.resolve(file).toFile());
        assertThat(scenario).as("[%s] a YAML mapping", file).isNotNull();
        assertThat(scenario.isObject()).as("[%s] a YAML mapping", file).isTrue();
        return scenario;
    }

    /** Every file of the directory, read. */
    public List<JsonNode> readAll() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (String file : files()) all.add(read(file));
        return all;
    }

    /** At least the minimum number of scenarios, each named in kebab case. */
    public void checkFiles() throws IOException {
        assertThat(files()).as("scenario files in %s", directory).hasSizeGreaterThanOrEqualTo(minimum)
                .allSatisfy(name -> assertThat(name).as("scenario file name").matches(KEBAB_CASE_YAML));
    }

    /** Only the allowed keys, a title and a situation at the top; only the allowed keys under {@code expect}. */
    public static void checkShape(String file, JsonNode scenario, Set<String> topLevelKeys, Set<String> expectKeys) {
        assertThat(names(scenario)).as("[%s] top-level keys", file).isSubsetOf(topLevelKeys);
        assertThat(scenario.path("title").asText()).as("[%s] title", file).isNotBlank();
        assertThat(scenario.path("situation").asText()).as("[%s] situation", file).isNotBlank();
        JsonNode expect = scenario.get("expect");
        assertThat(expect).as("[%s] expect", file).isNotNull();
        assertThat(names(expect)).as("[%s] keys under expect", file).isSubsetOf(expectKeys);
    }

    /** The texts of a list (empty when absent). */
    public static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) node.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** The keys of a mapping, in order. */
    public static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** An entry {@code id} matches that id whatever its subject; {@code id/subject} only that id with that subject. */
    public static boolean matches(String entry, String id, String subject) {
        int slash = entry.indexOf('/');
        if (slash < 0) return id.equals(entry);
        return id.equals(entry.substring(0, slash)) && entry.substring(slash + 1).equals(subject);
    }

    /** The id of an {@code id} or {@code id/subject} entry. */
    public static String idOf(String entry) {
        int slash = entry.indexOf('/');
        return slash < 0 ? entry : entry.substring(0, slash);
    }

    /** The conclusion carries its why, the rule behind it and its sources. */
    public static void explained(SoftAssertions softly, String file, String what, Explanation explanation) {
        softly.assertThat(explanation).as("[%s] %s has an explanation", file, what).isNotNull();
        if (explanation == null) return;
        softly.assertThat(explanation.why()).as("[%s] %s: why", file, what).isNotBlank();
        softly.assertThat(explanation.rule()).as("[%s] %s: rule", file, what).isNotNull();
        if (explanation.rule() != null) softly.assertThat(explanation.rule().id()).as("[%s] %s: rule id", file, what).isNotBlank();
        softly.assertThat(explanation.sources()).as("[%s] %s: sources", file, what).isNotEmpty();
    }

    /** The same, for a conclusion read from an HTTP answer. */
    public static void explained(SoftAssertions softly, String file, String what, JsonNode explanation) {
        softly.assertThat(explanation.path("why").asText()).as("[%s] %s: why", file, what).isNotBlank();
        softly.assertThat(explanation.path("rule").path("name").asText()).as("[%s] %s: rule", file, what).isNotBlank();
        softly.assertThat(explanation.path("sources").size()).as("[%s] %s: sources", file, what).isPositive();
    }

    /** The advisor's HTTP API over a fresh SQLite database, on a free local port; close it when done. */
    public static final class Server implements AutoCloseable {
        private final Database database;
        private final Javalin app;
        private final ApiClient client;

        private Server() {
            database = TestDatabases.sqlite();
            app = new HttpApi(TestAdvisor::get, database).create().start("127.0.0.1", 0);
            client = new ApiClient("http://127.0.0.1:" + app.port());
        }

        public static Server start() {
            return new Server();
        }

        public ApiClient client() {
            return client;
        }

        @Override
        public void close() {
            app.stop();
            database.close();
        }
    }
}
