package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.knowledge.CountryProfile.Practice;
import com.alliancetrust.advisor.knowledge.CountryProfile.Rating;
import com.alliancetrust.advisor.knowledge.CultureDimension.Framework;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads {@code culture-dimensions.yaml} and every country profile under {@code countries/}, and
 * checks each profile strictly: the file is named by a real ISO 3166-1 alpha-2 code, every
 * dimension of the catalogue is listed (null when unknown), every value is in range and carries a
 * source from the bibliography, Meyer positions are marked approximate with a confidence, and
 * every named practice is complete. Adding or correcting a country is an edit of its file.
 */
public final class CultureKnowledgeLoader {
    public static final String DIMENSIONS_FILE = "knowledge-base/culture-dimensions.yaml";
    public static final String COUNTRIES_DIR = "knowledge-base/countries/";
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    private static final Pattern PRACTICE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private record DimensionsFile(String caveat, SelectionPolicy.Parameter<Map<Confidence, com.alliancetrust.advisor.domain.Priority>> highestPriority,
                                  List<CultureDimension> dimensions) {}

    /** A value as written in a profile; {@code value} null means unknown. */
    record WrittenRating(JsonNode value, String source, String note, Boolean approximate, Confidence confidence) {}

    record CountryFile(String code, String name, String note, Map<String, WrittenRating> hall,
                       Map<String, WrittenRating> hofstede, Map<String, WrittenRating> meyer, List<Practice> practices) {}

    private final Set<String> sources;
    private final List<String> problems;

    private CultureKnowledgeLoader(Set<String> sources, List<String> problems) {
        this.sources = sources;
        this.problems = problems;
    }

    /** Loads the catalogue and the profiles, adding every problem found to {@code problems}. */
    static CultureKnowledge load(Collection<ContentFile> knowledgeFiles, Set<String> sources, List<String> problems) {
        return new CultureKnowledgeLoader(sources, problems).load(knowledgeFiles);
    }

    /** The problems of one profile file, checked against a dimension catalogue and the bibliography's ids. */
    public static List<String> problemsOf(ContentFile profile, Map<String, CultureDimension> dimensions, Set<String> sources) {
        List<String> problems = new ArrayList<>();
        new CultureKnowledgeLoader(sources, problems).profile(profile, dimensions);
        return problems;
    }

    private CultureKnowledge load(Collection<ContentFile> files) {
        ContentFile dimensionsFile = files.stream().filter(f -> f.path().equals(DIMENSIONS_FILE)).findFirst().orElse(null);
        if (dimensionsFile == null) {
            problems.add(DIMENSIONS_FILE + ": missing");
            return new CultureKnowledge("", Map.of(), Map.of());
        }
        DimensionsFile catalogue = read(dimensionsFile, DimensionsFile.class);
        Map<String, CultureDimension> dimensions = new LinkedHashMap<>();
        if (catalogue != null && catalogue.dimensions() != null) {
            catalogue.dimensions().forEach(d -> dimension(d, dimensions));
        }
        if (catalogue != null && (catalogue.caveat() == null || catalogue.caveat().isBlank())) problems.add(DIMENSIONS_FILE + ": caveat is required");
        var highest = catalogue == null ? null : catalogue.highestPriority();
        if (catalogue != null && (highest == null || highest.value() == null || highest.reason() == null || highest.sources() == null
                || highest.sources().isEmpty() || highest.confidence() == null)) {
            problems.add(DIMENSIONS_FILE + ": highestPriority needs a value, a reason, sources and a confidence");
        } else if (highest != null) {
            highest.sources().stream().filter(s -> !sources.contains(s))
                    .forEach(s -> problems.add(DIMENSIONS_FILE + ": highestPriority cites unknown source '" + s + "'"));
        }
        Map<String, CountryProfile> countries = new TreeMap<>();
        for (ContentFile f : files) {
            if (!f.path().startsWith(COUNTRIES_DIR)) continue;
            CountryProfile p = profile(f, dimensions);
            if (p != null) countries.put(p.code(), p);
        }
        if (countries.isEmpty()) problems.add(COUNTRIES_DIR + ": no country profiles");
        return new CultureKnowledge(catalogue == null ? "" : catalogue.caveat(), Collections.unmodifiableMap(dimensions),
                Collections.unmodifiableMap(new LinkedHashMap<>(countries)),
                highest == null || highest.value() == null ? Map.of() : Map.copyOf(highest.value()));
    }

    private void dimension(CultureDimension d, Map<String, CultureDimension> dimensions) {
        String where = DIMENSIONS_FILE + ": dimension '" + d.id() + "'";
        if (d.id() == null || d.framework() == null || d.name() == null || d.lowEnd() == null || d.highEnd() == null) {
            problems.add(where + " needs an id, framework, name, lowEnd and highEnd");
            return;
        }
        if (d.partnerHigher() == null || d.partnerLower() == null || d.similar() == null) {
            problems.add(where + " needs partnerHigher, partnerLower and similar wording");
        }
        if (d.categorical() ? d.values() == null || d.values().size() < 2 : d.min() == null || d.max() == null || d.min() >= d.max()) {
            problems.add(where + (d.categorical() ? " needs at least two values" : " needs min below max"));
        }
        if (d.sources() == null || d.sources().isEmpty()) problems.add(where + " needs a source");
        else d.sources().stream().filter(s -> !sources.contains(s)).forEach(s -> problems.add(where + " cites unknown source '" + s + "'"));
        if (dimensions.put(d.id(), d) != null) problems.add(where + " is defined twice");
    }

    private CountryProfile profile(ContentFile f, Map<String, CultureDimension> dimensions) {
        CountryFile file = read(f, CountryFile.class);
        if (file == null) return null;
        String where = f.path();
        String expected = f.name().replaceFirst("\\.yaml$", "");
        if (!ISO_CODES.contains(expected)) problems.add(where + ": the file name must be an ISO 3166-1 alpha-2 code such as JP.yaml");
        if (!expected.equals(file.code())) problems.add(where + ": code '" + file.code() + "' does not match the file name");
        if (file.name() == null || file.name().isBlank()) problems.add(where + ": name is required");
        List<Rating> ratings = new ArrayList<>();
        Map<Framework, Map<String, WrittenRating>> blocks = Map.of(Framework.HALL, orEmpty(file.hall()),
                Framework.HOFSTEDE, orEmpty(file.hofstede()), Framework.MEYER, orEmpty(file.meyer()));
        for (var block : blocks.entrySet()) {
            Set<String> expectedKeys = new HashSet<>();
            dimensions.values().stream().filter(d -> d.framework() == block.getKey()).forEach(d -> expectedKeys.add(d.id()));
            block.getValue().keySet().stream().filter(k -> !expectedKeys.contains(k)).forEach(k -> problems.add(where + ": "
                    + section(block.getKey()) + "." + k + " is not a " + block.getKey() + " dimension; expected: " + String.join(", ", expectedKeys)));
        }
        for (CultureDimension d : dimensions.values()) {
            Map<String, WrittenRating> block = blocks.get(d.framework());
            String at = where + ": " + section(d.framework()) + "." + d.id();
            if (!block.containsKey(d.id())) {
                problems.add(at + " is missing: give a value with its source, or null when it is unknown");
                continue;
            }
            ratings.add(rating(at, d, block.get(d.id())));
        }
        List<Practice> practices = file.practices() == null ? List.of() : file.practices();
        Set<String> ids = new HashSet<>();
        for (Practice p : practices) practice(where, p, ids);
        return new CountryProfile(file.code(), file.name(), file.note(), List.copyOf(ratings), List.copyOf(practices));
    }

    private Rating rating(String at, CultureDimension d, WrittenRating r) {
        if (r == null || r.value() == null || r.value().isNull()) {
            if (r != null && r.source() != null) problems.add(at + " has a source but no value");
            return new Rating(d.id(), d.framework(), false, null, null, null, r == null ? null : r.note(), null, null);
        }
        if (r.source() == null || r.source().isBlank()) problems.add(at + " has a value without a source");
        else if (!sources.contains(r.source())) problems.add(at + " cites unknown source '" + r.source() + "'");
        if (d.framework() == Framework.MEYER && (!Boolean.TRUE.equals(r.approximate()) || r.confidence() == null)) {
            problems.add(at + " is a position read from a relative chart: mark it approximate: true with a confidence");
        }
        if (d.framework() != Framework.MEYER && Boolean.TRUE.equals(r.approximate())) {
            problems.add(at + " is a published value or classification: do not mark it approximate");
        }
        if (d.categorical()) {
            int position = r.value().isTextual() ? d.position(r.value().asText()) : 0;
            if (position == 0) problems.add(at + " must be " + d.accepted() + ", got " + r.value());
            return new Rating(d.id(), d.framework(), true, r.value().asText(), position, r.source(), r.note(), r.approximate(), r.confidence());
        }
        if (!r.value().isIntegralNumber() || r.value().intValue() < d.min() || r.value().intValue() > d.max()) {
            problems.add(at + " must be " + d.accepted() + ", got " + r.value());
        }
        return new Rating(d.id(), d.framework(), true, r.value().intValue(), r.value().intValue(), r.source(), r.note(),
                r.approximate(), r.confidence());
    }

    private void practice(String where, Practice p, Set<String> ids) {
        String at = where + ": practice '" + p.id() + "'";
        if (p.id() == null || !PRACTICE_ID.matcher(p.id()).matches()) problems.add(at + ": id must be lower-case words joined by hyphens");
        else if (!ids.add(p.id())) problems.add(at + " is listed twice");
        if (blank(p.name()) || blank(p.description()) || blank(p.trust()) || blank(p.adapt()) || p.kind() == null) {
            problems.add(at + " needs a name, kind, description, what it means for trust (trust) and how to adapt (adapt)");
        }
        if (p.sources() == null || p.sources().isEmpty()) problems.add(at + " needs at least one source");
        else p.sources().stream().filter(s -> !sources.contains(s)).forEach(s -> problems.add(at + " cites unknown source '" + s + "'"));
    }

    private <T> T read(ContentFile file, Class<T> type) {
        try {
            T value = KnowledgeLoader.parse(file, type);
            if (value == null) problems.add(file.path() + ": empty");
            return value;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(file.path() + (at == null ? "" : ":" + at.getLineNr()) + ": " + e.getOriginalMessage());
            return null;
        }
    }

    private static String section(Framework framework) {
        return framework.name().toLowerCase();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
