package com.alliancetrust.advisor.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
            return readJar(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()), dir, extension);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files under {@code bundled/<dir>/} in the application's jar, read from its entries (a zip file system would read the jar's whole index again). */
    private static List<ContentFile> readJar(Path jarPath, String dir, String extension) throws IOException {
        String prefix = BUNDLED + "/" + dir + "/";
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            List<ContentFile> files = new ArrayList<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix) || !entry.getName().endsWith(extension)) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new ContentFile(dir + "/" + entry.getName().substring(prefix.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            files.sort((a, b) -> a.path().compareTo(b.path()));
            return List.copyOf(files);
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
