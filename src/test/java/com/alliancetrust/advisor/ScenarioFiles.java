package com.alliancetrust.advisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenario files of one directory under {@code knowledge-base/}, by name, in order. */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    public static List<String> in(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }
}
