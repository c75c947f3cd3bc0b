package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.content.ContentFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set compiled when the application is built, to Drools' executable model (the rules as Java
 * classes), and packaged under {@code precompiled/<rule set>/<key>.kjar}. The key is a hash of the
 * rule set's files, paths and text: a rule set read at run time whose files are exactly those loads
 * from here in a fraction of the time compiling takes; any other text (rules edited on disk, a live
 * reload) has another key, finds nothing, and is compiled at run time as before. A rule base is
 * never served from files other than those it was compiled from.
 *
 * <p>{@link RuleBasePrecompiler} writes these files during the build.
 */
final class PrecompiledRuleBase {
    static final String DIRECTORY = "precompiled";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRuleBase.class);
    private static final String MODEL_LIST = "/drools-model";

    private static final String OUTLINE = ".outline";

    private final String ruleSet;
    private final List<Model> models;
    private final List<RuleFileOutline.Rule> outline;

    private PrecompiledRuleBase(String ruleSet, List<Model> models, List<RuleFileOutline.Rule> outline) {
        this.ruleSet = ruleSet;
        this.models = List.copyOf(models);
        this.outline = outline;
    }

    /** Where the rule set compiled from these files is packaged, relative to the class path. */
    static String resource(String ruleSet, Collection<ContentFile> files) {
        return DIRECTORY + "/" + ruleSet + "/" + ContentFile.key(files) + ".kjar";
    }

    /** Where the outline of these files (see {@link RuleFileOutline}), read when they were compiled, is packaged beside them. */
    static String outlineResource(String ruleSet, Collection<ContentFile> files) {
        return resource(ruleSet, files).replaceFirst("\\.kjar$", OUTLINE);
    }

    /** The rule set compiled at build time from exactly these files, if the application holds it. */
    static Optional<PrecompiledRuleBase> find(String ruleSet, Collection<ContentFile> files) {
        return find(ruleSet, files, PrecompiledRuleBase.class.getClassLoader());
    }

    static Optional<PrecompiledRuleBase> find(String ruleSet, Collection<ContentFile> files, ClassLoader classes) {
        String resource = resource(ruleSet, files);
        try (InputStream in = classes.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            return Optional.of(read(ruleSet, in, classes, outline(classes, outlineResource(ruleSet, files))));
        } catch (IOException | RuntimeException | LinkageError e) {
            // Never fatal: the same files compile at run time.
            LOG.warn("The precompiled rules/{} ({}) do not load; compiling them instead: {}", ruleSet, resource, e.toString());
            return Optional.empty();
        }
    }

    /** The outline packaged beside the rule set, or null when there is none or it does not read (the files are parsed instead). */
    private static List<RuleFileOutline.Rule> outline(ClassLoader classes, String resource) {
        try (InputStream in = classes.getResourceAsStream(resource)) {
            if (in == null) return null;
            return OutlineCodec.read(new BufferedInputStream(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The outline of the precompiled rules ({}) does not read; the rule files are parsed instead: {}", resource, e.toString());
            return null;
        }
    }

    private static PrecompiledRuleBase read(String ruleSet, InputStream kjar, ClassLoader parent, List<RuleFileOutline.Rule> outline) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(kjar)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), zip.readAllBytes());
            }
        }
        GeneratedClasses classes = new GeneratedClasses(entries, parent);
        List<Model> models = new ArrayList<>();
        for (var entry : entries.entrySet()) {
            if (!entry.getKey().endsWith(MODEL_LIST)) continue;
            for (String line : new String(entry.getValue(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.contains(":")) continue; // "Drools-Model-Version: ..."
                try {
                    models.add((Model) classes.loadClass(name).getConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot instantiate " + name, e);
                }
            }
        }
        if (models.isEmpty()) throw new IllegalStateException("no rule model in the file");
        return new PrecompiledRuleBase(ruleSet, models, outline);
    }

    /** A rule base of every rule but those named. */
    KieBase kieBase(Set<String> leftOut) {
        List<Model> kept = leftOut.isEmpty() ? models : models.stream().map(m -> without(m, leftOut)).toList();
        return KieBaseBuilder.createKieBaseFromModel(kept);
    }

    private static Model without(Model model, Set<String> leftOut) {
        ModelImpl kept = new ModelImpl(model.getName())
                .withRules(model.getRules().stream().filter(r -> !leftOut.contains(r.getName())).toList())
                .withGlobals(model.getGlobals())
                .withQueries(model.getQueries());
        model.getTypeMetaDatas().forEach(kept::addTypeMetaData);
        return kept;
    }

    /** The rule models as instantiated. */
    List<Model> models() {
        return models;
    }

    String ruleSet() {
        return ruleSet;
    }

    /** The rule files' outline as read when they were compiled, if it was packaged with them. */
    Optional<List<RuleFileOutline.Rule>> outline() {
        return Optional.ofNullable(outline);
    }

    /**
     * The classes the executable model was compiled to. The build places them among the
     * application's classes (see {@link RuleBasePrecompiler}), where the parent finds them first;
     * this defines them from the packaged file only when they are not there.
     */
    private static final class GeneratedClasses extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> entries;

        GeneratedClasses(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
