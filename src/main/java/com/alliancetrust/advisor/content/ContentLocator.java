package com.alliancetrust.advisor.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the rules and knowledge base. An on-disk {@code rules/} or {@code knowledge-base/} under the
 * home directory takes precedence, each on its own; otherwise the copy packaged in the jar is used.
 */
public final class ContentLocator {
    public static final String RULES = "rules";
    public static final String KNOWLEDGE = "knowledge-base";
    private static final String BUNDLED = "bundled";

    private final Path home;

    public ContentLocator(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    /** The content directories read from disk (absolute), which a change can be picked up from; the packaged ones cannot change. */
    public List<Path> onDisk() {
        return List.of(RULES, KNOWLEDGE).stream().map(home::resolve).filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public Content load() {
        List<String> origins = new ArrayList<>();
        List<ContentFile> rules = read(RULES, ".drl", origins);
        List<ContentFile> knowledge = read(KNOWLEDGE, ".yaml", origins);
        return Content.of(rules, knowledge, String.join(", ", origins));
    }

    private List<ContentFile> read(String dir, String extension, List<String> origins) {
        Path onDisk = home.resolve(dir);
        if (Files.isDirectory(onDisk)) {
            origins.add(dir + " from " + onDisk.toAbsolutePath().normalize());
            return walk(onDisk, dir, extension);
        }
        origins.add(dir + " packaged");
        return readBundled(dir, extension);
    }

    private List<ContentFile> readBundled(String dir, String extension) {
        URL url = ContentLocator.class.getClassLoader().getResource(BUNDLED + "/" + dir);
        if (url == null) {
            throw new IllegalStateException("No " + dir + "/ directory found on disk under " + home
                    + " and none packaged in the application");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return walk(Path.of(uri), dir, extension);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return walk(jar.getPath(BUNDLED, dir), dir, extension);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ContentFile> walk(Path root, String dir, String extension) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
                    .map(p -> new ContentFile(dir + "/" + relative(root, p), readText(p)))
                    .sorted((a, b) -> a.path().compareTo(b.path()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
    }
}
