package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.content.ContentFile;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Knowledge files read when the application is built and packaged as JSON, under
 * {@code precompiled/knowledge/<key>.json}, the key a hash of the file's path and text. Reading the
 * knowledge base was the longest step of the start, most of it spent reading YAML; the same content
 * as JSON reads in about a quarter of the time. A file whose text is other than the one packaged (an
 * edit on disk, a live reload) has another key, finds nothing, and is read as YAML as before, with
 * the same checks and the same messages.
 */
public final class PrecompiledKnowledge {
    static final String DIRECTORY = "precompiled/knowledge";
    /** Read as the YAML is (see {@link KnowledgeLoader#YAML}). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PrecompiledKnowledge() {
    }

    /** Where this file, read as it is now, is packaged relative to the class path. */
    static String resource(ContentFile file) {
        return DIRECTORY + "/" + ContentFile.key(List.of(file)) + ".json";
    }

    /** The file as read when the application was built, if it was built with exactly this path and text. */
    static Optional<byte[]> json(ContentFile file) {
        try (InputStream in = PrecompiledKnowledge.class.getClassLoader().getResourceAsStream(resource(file))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty(); // read as YAML instead
        }
    }

    /** Whether the file is one the knowledge base is read from at start: a file of its own, or a country profile (not a test case). */
    static boolean readAtStart(ContentFile file) {
        String path = file.path();
        return path.endsWith(".yaml") && (path.indexOf('/') == path.lastIndexOf('/') || path.startsWith(CultureKnowledgeLoader.COUNTRIES_DIR));
    }

    /**
     * Writes each knowledge file read at start as JSON under {@code classes}, and removes those
     * written for other texts. A file that is not valid YAML is left to be read, and reported, at
     * the start. Returns how many it wrote.
     */
    public static int write(Collection<ContentFile> knowledge, Path classes) throws IOException {
        Path directory = classes.resolve(DIRECTORY);
        Files.createDirectories(directory);
        List<ContentFile> files = knowledge.stream().filter(PrecompiledKnowledge::readAtStart).toList();
        Set<Path> kept = files.stream().map(f -> classes.resolve(resource(f))).collect(Collectors.toSet());
        try (Stream<Path> there = Files.list(directory)) {
            for (Path old : there.filter(p -> !kept.contains(p)).toList()) Files.delete(old);
        }
        int written = 0;
        for (ContentFile f : files) {
            byte[] json;
            try {
                json = asJson(f.text());
            } catch (IOException e) {
                continue;
            }
            Files.write(classes.resolve(resource(f)), json);
            written++;
        }
        return written;
    }

    /**
     * YAML as JSON that reads into the same values. A scalar keeps its JSON type only where JSON
     * spells it as the YAML does; any other is kept as the text written (YAML reads {@code NO} as
     * false, yet into a text field as "NO", as a country code is meant), which reads into a number or
     * a yes-or-no field as the YAML does, or fails, and the YAML is read instead.
     */
    static byte[] asJson(String yaml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length());
        try (JsonParser in = KnowledgeLoader.YAML.createParser(yaml); JsonGenerator json = JSON.createGenerator(out)) {
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                switch (token) {
                    case START_OBJECT -> json.writeStartObject();
                    case END_OBJECT -> json.writeEndObject();
                    case START_ARRAY -> json.writeStartArray();
                    case END_ARRAY -> json.writeEndArray();
                    case FIELD_NAME -> json.writeFieldName(in.currentName());
                    case VALUE_NULL -> json.writeNull();
                    case VALUE_STRING -> json.writeString(in.getText());
                    case VALUE_TRUE, VALUE_FALSE -> {
                        if (in.getText().equals(String.valueOf(token == JsonToken.VALUE_TRUE))) json.writeBoolean(token == JsonToken.VALUE_TRUE);
                        else json.writeString(in.getText());
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (in.getText().equals(String.valueOf(in.getNumberValue()))) json.writeNumber(in.getText());
                        else json.writeString(in.getText());
                    }
                    default -> throw new IOException("no JSON for " + token);
                }
            }
        }
        return out.toByteArray();
    }
}
