package com.alliancetrust.advisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in one direction only: shared vocabulary at the bottom, then the
 * rule engine, explanations, each capability, the composition root and the web last. Read from the
 * compiled classes with the JDK's own {@code jdeps}, so that every kind of reference counts.
 */
class PackageCyclesTest {
    private static final String BASE = "com.alliancetrust.advisor";
    private static final Pattern EDGE = Pattern.compile("^\\s+(" + Pattern.quote(BASE) + "[\\w.]*)\\s+->\\s+(" + Pattern.quote(BASE) + "[\\w.]*)\\s");

    @Test
    void no_package_depends_on_itself_through_others() {
        Map<String, Set<String>> graph = packageGraph(Path.of("target", "classes"));
        assertThat(graph).as("packages read from the compiled classes").containsKeys(BASE + ".engine", BASE + ".web");
        assertThat(cycles(graph)).as("groups of packages that depend on each other").isEmpty();
    }

    @Test
    void a_cycle_is_found_when_there_is_one() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
    }

    static Map<String, Set<String>> packageGraph(Path classes) {
        assertThat(Files.isDirectory(classes)).as(classes + " (compile first)").isTrue();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("the JDK has no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none", classes.toString());
        assertThat(status).as("jdeps: " + err).isZero();
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        }
        return graph;
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) connect(node, graph, index, low, stack, onStack, found);
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<List<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> group = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) found.add(group.stream().sorted().toList());
        }
    }
}
