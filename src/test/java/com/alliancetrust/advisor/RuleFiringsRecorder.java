package com.alliancetrust.advisor;

import com.alliancetrust.advisor.engine.RuleFirings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Records every rule that fires while the unit tests run, for {@link EveryRuleFiredIT}: when the
 * system property {@value #FILE} names a file (the build sets it for the unit tests only), each test
 * JVM writes there the rules it saw fire, one {@code rule-set<TAB>rule name} a line, sorted. The file
 * is rewritten as a whole at the end of each test session, so it always says what this run fired.
 * Registered in {@code META-INF/services}; without the property it does nothing.
 */
public final class RuleFiringsRecorder implements LauncherSessionListener {
    public static final String FILE = "rule.firings.file";
    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    private static final RuleFirings.Observer OBSERVER = (ruleSet, rule) -> FIRED.add(ruleSet + "\t" + rule);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (file() == null) return;
        RuleFirings.unregister(OBSERVER);
        RuleFirings.register(OBSERVER);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Path file = file();
        if (file == null) return;
        List<String> lines = new ArrayList<>(FIRED);
        lines.sort(null);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rules fired to " + file, e);
        }
    }

    private static Path file() {
        String name = System.getProperty(FILE);
        return name == null || name.isBlank() ? null : Path.of(name);
    }
}
