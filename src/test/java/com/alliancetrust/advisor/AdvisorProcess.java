package com.alliancetrust.advisor;

import com.alliancetrust.advisor.web.ApiClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as a separate process, as a user runs it. Its output is read from the start,
 * so that the server never blocks on a full pipe, kept for failure messages, and scanned for the
 * line that says where the server listens.
 */
public final class AdvisorProcess implements AutoCloseable {
    /** Starting includes compiling the rules: slow on a loaded machine, so the wait is generous. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> SAFEGUARDS = List.of("ADVISOR_TOKEN", "ADVISOR_ADMIN_TOKEN", "ADVISOR_RATE_LIMIT", "HOST");
    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread reader;

    private AdvisorProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::drain, "advisor-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar in {@code directory} with {@code args}; it keeps its case files in SQLite unless told otherwise. */
    public static AdvisorProcess start(Path directory, List<String> args) {
        return start(directory, args, Map.of());
    }

    /**
     * Starts the jar in {@code directory} with {@code args} and the extra environment {@code env}
     * (such as ADVISOR_DB_URL). Database settings, tokens, the host and the rate limit of the calling
     * environment are not passed on; the rate limit is off unless {@code env} sets it.
     */
    public static AdvisorProcess start(Path directory, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar().toString()));
        command.addAll(args);
        return run(directory, command, env);
    }

    /**
     * Starts the advisor as the README does, through the start script beside the project's {@code target/}, in
     * {@code directory} with {@code args} and the extra environment {@code env}, for the Java running the tests.
     */
    public static AdvisorProcess startScript(Path directory, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(jar().getParent().resolveSibling("advisor").toString()));
        command.addAll(args);
        Map<String, String> java = new java.util.HashMap<>(env);
        java.put("JAVA_HOME", System.getProperty("java.home"));
        return run(directory, command, java);
    }

    private static AdvisorProcess run(Path directory, List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("ADVISOR_DB_") || SAFEGUARDS.contains(name));
        // Tests that drive load from one address are not to be throttled; a test of the limit sets its own.
        builder.environment().put("ADVISOR_RATE_LIMIT", "0");
        builder.environment().putAll(env);
        try {
            return new AdvisorProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), e);
        }
    }

    private static Path jar() {
        String jar = System.getProperty("advisor.jar");
        if (jar == null) throw new IllegalStateException("System property advisor.jar must name the packaged jar (failsafe sets it)");
        return Path.of(jar).toAbsolutePath();
    }

    private void drain() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) port.complete(Integer.parseInt(m.group(2)));
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("The server exited before listening"));
    }

    /** Waits until the server says where it listens, and returns the port. */
    public int awaitPort() {
        try {
            return port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The server did not start listening within " + START_TIMEOUT.toSeconds()
                    + " s; its output:\n" + output(), e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + awaitPort();
    }

    public ApiClient client() {
        return new ApiClient(baseUrl());
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end; once it has, {@link #output()} holds everything it wrote. */
    public boolean awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return false;
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** What the server has written so far, standard output and standard error together. */
    public String output() {
        return output.toString();
    }

    /** Kills the server at once (SIGKILL on Linux: no shutdown hooks run) and returns its exit code. */
    public int kill() {
        process.destroyForcibly();
        if (!awaitExit(Duration.ofSeconds(60))) throw new IllegalStateException("The server " + pid() + " survived a forced kill");
        return process.exitValue();
    }

    /** Asks the server to stop (SIGTERM), and kills it if it does not. */
    public void stop() {
        if (!process.isAlive()) return;
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) kill();
    }

    @Override
    public void close() {
        stop();
    }
}
