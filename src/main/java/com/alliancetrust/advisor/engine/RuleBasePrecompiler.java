package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentFile;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.knowledge.PrecompiledKnowledge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build step (run by Maven after the classes are compiled, never by the application): compiles
 * every rule set of a home directory's {@code rules/} to Drools' executable model and writes each
 * under {@code <classes>/precompiled/<rule set>/<key>.kjar}, with the rules' outline beside it (see
 * {@link PrecompiledRuleBase}), and its classes among the application's. A rule set
 * whose file is already there and newer than every compiled class is left as it is; files of other
 * keys are removed, so that the jar holds only the rules it packages. Rule sets compile in parallel.
 * The knowledge base's files are written as JSON beside them (see {@link PrecompiledKnowledge}).
 *
 * <p>Arguments: the home directory (holding {@code rules/}) and the classes directory.
 */
public final class RuleBasePrecompiler {
    private RuleBasePrecompiler() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: RuleBasePrecompiler HOME CLASSES");
        Path classes = Path.of(args[1]);
        long started = System.nanoTime();
        Content content = new ContentLocator(Path.of(args[0])).load();
        List<ContentFile> rules = content.rules();
        Map<String, List<ContentFile>> ruleSets = Advisor.ruleSets(rules);
        FileTime newestClass = newestClass(classes);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(ruleSets.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<String>> done = new ArrayList<>();
            ruleSets.forEach((name, files) -> done.add(pool.submit(() -> precompile(name, files, classes, newestClass))));
            for (Future<String> f : done) System.out.println("precompiled rules: " + f.get());
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("precompiled rules: %d rule sets in %d ms%n", ruleSets.size(), (System.nanoTime() - started) / 1_000_000);
        System.out.printf("precompiled knowledge: %d files as JSON%n", PrecompiledKnowledge.write(content.knowledge(), classes));
    }

    private static String precompile(String ruleSet, List<ContentFile> files, Path classes, FileTime newestClass) throws IOException {
        Path target = classes.resolve(PrecompiledRuleBase.resource(ruleSet, files));
        Path outline = classes.resolve(PrecompiledRuleBase.outlineResource(ruleSet, files));
        removeOthers(target, outline);
        if (Files.isRegularFile(target) && Files.isRegularFile(outline) && Files.getLastModifiedTime(target).compareTo(newestClass) > 0
                && Files.getLastModifiedTime(outline).compareTo(newestClass) > 0) {
            placeClasses(Files.readAllBytes(target), classes);
            return "rules/" + ruleSet + " up to date";
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("com.alliancetrust", "advisor-rules-" + ruleSet, "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (ContentFile f : files) kfs.write("src/main/resources/" + f.path(), f.text());
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("rules/" + ruleSet + " do not compile to the executable model:\n  "
                    + String.join("\n  ", errors.stream().map(Message::toString).toList()));
        }
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        Files.createDirectories(target.getParent());
        // The outline too: parsing the rules again at start would take as long as loading them.
        write(outline, OutlineCodec.write(RuleFileOutline.read(files)));
        write(target, kjar);
        placeClasses(kjar, classes);
        return "rules/" + ruleSet + " -> " + classes.relativize(target) + " (" + kjar.length / 1024 + " KiB)";
    }

    /**
     * Puts the classes of a compiled rule set among the application's own, so that the application's
     * class loader defines them, and the class data archive made from a started server holds them
     * already parsed and verified (with the lambdas they create), where a class loader of its own
     * would define them from the packaged file at every start. The directories of the rule set's
     * packages are emptied first: no class of an earlier compilation stays.
     */
    private static void placeClasses(byte[] kjar, Path classes) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                // Drools' project model is not used: PrecompiledRuleBase instantiates the rule models it lists.
                if (e.getName().endsWith(".class") && !e.getName().startsWith("org/drools/project/")) found.put(e.getName(), zip.readAllBytes());
            }
        }
        Set<Path> packages = new HashSet<>();
        for (String name : found.keySet()) packages.add(classes.resolve(name).getParent());
        for (Path p : packages) deleteTree(p);
        for (var entry : found.entrySet()) {
            Path file = classes.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void removeOthers(Path... kept) throws IOException {
        Path directory = kept[0].getParent();
        if (!Files.isDirectory(directory)) return;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.filter(p -> !List.of(kept).contains(p)).toList()) Files.delete(p);
        }
    }

    /** When the application's classes, which the rules refer to, last changed. */
    private static FileTime newestClass(Path classes) {
        try (Stream<Path> files = Files.walk(classes.resolve("com"))) {
            return files.filter(p -> p.toString().endsWith(".class")).map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
