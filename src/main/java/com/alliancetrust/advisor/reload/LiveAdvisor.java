package com.alliancetrust.advisor.reload;

import com.alliancetrust.advisor.content.Content;
import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor currently served, replaced whole when the rules or knowledge base change. The new
 * version is compiled and cross-checked on the caller's thread, off the request path, and then
 * swapped in with one atomic write: a request that has read the advisor keeps that version to the
 * end, the next one sees the new version. If the new files do not load, the old version stays and
 * the problems are kept for the admin endpoint.
 */
public final class LiveAdvisor implements Supplier<Advisor> {
    private static final Logger LOG = LoggerFactory.getLogger(LiveAdvisor.class);

    private final ContentLocator locator;
    private final Function<Content, Advisor> loader;
    private final AtomicReference<Advisor> current = new AtomicReference<>();
    private final List<Path> onDiskAtStart;
    private volatile ReloadStatus status;
    /** The first version, done once it has loaded or failed to. */
    private final CompletableFuture<Advisor> first = new CompletableFuture<>();

    private LiveAdvisor(ContentLocator locator, Function<Content, Advisor> loader) {
        this.locator = locator;
        this.loader = loader;
        this.onDiskAtStart = locator.onDisk();
    }

    /** Loads the content {@code locator} finds with {@code loader}, and serves it until a reload succeeds. */
    public static LiveAdvisor start(ContentLocator locator, Function<Content, Advisor> loader) {
        LiveAdvisor live = starting(locator, loader);
        live.awaitStart();
        return live;
    }

    /**
     * Begins loading the content {@code locator} finds with {@code loader} on a thread of its own and
     * returns at once, so that the caller can open everything else meanwhile: {@link #get} waits
     * until the first version has loaded, {@link #awaitStart} says whether it did.
     */
    public static LiveAdvisor starting(ContentLocator locator, Function<Content, Advisor> loader) {
        LiveAdvisor live = new LiveAdvisor(locator, loader);
        long started = System.nanoTime();
        Thread loading = new Thread(() -> {
            try {
                Content content = locator.load();
                LOG.info("Using {}", content.origin());
                Advisor first = loader.apply(content);
                live.status = new ReloadStatus(first.version(), now(), 0, live.watching(), new ReloadStatus.Attempt(
                        ReloadStatus.Trigger.START, now(), ReloadStatus.Outcome.LOADED, first.version(), millisSince(started), List.of()));
                live.current.set(first);
                live.first.complete(first);
            } catch (RuntimeException | Error e) {
                live.first.completeExceptionally(e);
            }
        }, "advisor-start");
        loading.setDaemon(true);
        loading.start();
        return live;
    }

    /** Done once the first version has loaded or failed to. */
    public CompletionStage<Advisor> started() {
        return first.minimalCompletionStage();
    }

    /** Waits until the first version has loaded; its failure, if it did not. */
    public Advisor awaitStart() {
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The version served; while the first is still loading, waits for it. */
    @Override
    public Advisor get() {
        Advisor served = current.get();
        return served != null ? served : awaitStart();
    }

    /** The directories whose changes a reload picks up: those read from disk at start, not from the jar. */
    public List<Path> watchedDirectories() {
        return onDiskAtStart;
    }

    /** Reads the files again and, if they give a new version that loads, serves it from the next request on. */
    public synchronized ReloadStatus reload(ReloadStatus.Trigger trigger) {
        long started = System.nanoTime();
        Advisor serving = get();
        String candidate = null;
        try {
            List<Problem> gone = onDiskAtStart.stream().filter(dir -> !locator.onDisk().contains(dir))
                    .map(dir -> new Problem(dir.getFileName() + "/", null, "is no longer on disk under the home directory; "
                            + "the version served stays (restart to use the packaged copy)")).toList();
            if (!gone.isEmpty()) throw new MissingContent(gone);
            Content content = locator.load();
            candidate = content.version();
            if (candidate.equals(serving.version())) {
                return record(trigger, ReloadStatus.Outcome.UNCHANGED, candidate, started, List.of(), status.loadedAt(), status.reloads());
            }
            Advisor next = loader.apply(content);
            current.set(next);
            ReloadStatus done = record(trigger, ReloadStatus.Outcome.LOADED, candidate, started, List.of(), now(), status.reloads() + 1);
            LOG.info("Reloaded rules and knowledge ({}): version {} replaces {} ({} rules, {} ms)", trigger, next.version(),
                    serving.version(), next.rules().size(), done.lastAttempt().durationMillis());
            return done;
        } catch (RuntimeException e) {
            List<Problem> problems = withoutHome(e instanceof MissingContent m ? m.problems : Problem.of(e));
            LOG.error("Reload ({}) failed; still serving version {}:\n  {}", trigger, serving.version(),
                    String.join("\n  ", problems.stream().map(Problem::toString).toList()));
            return record(trigger, ReloadStatus.Outcome.FAILED, candidate, started, problems, status.loadedAt(), status.reloads());
        }
    }

    /** A content directory read from disk at start has gone: reloading would silently fall back to the packaged copy. */
    private static final class MissingContent extends RuntimeException {
        private final List<Problem> problems;

        MissingContent(List<Problem> problems) {
            super(problems.toString());
            this.problems = problems;
        }
    }

    public ReloadStatus status() {
        get();
        return status;
    }

    private ReloadStatus record(ReloadStatus.Trigger trigger, ReloadStatus.Outcome outcome, String candidate, long started,
                                List<Problem> errors, String loadedAt, int reloads) {
        status = new ReloadStatus(current.get().version(), loadedAt, reloads, watching(),
                new ReloadStatus.Attempt(trigger, now(), outcome, candidate, millisSince(started), errors));
        return status;
    }

    /** A file that could not be read is named by the exception with its full path: report it relative to the home. */
    private List<Problem> withoutHome(List<Problem> problems) {
        String home = locator.home().toAbsolutePath().normalize() + "/";
        return problems.stream().map(p -> new Problem(p.file(), p.line(), p.message().replace(home, ""))).toList();
    }

    private List<String> watching() {
        return watchedDirectories().stream().map(p -> p.getFileName().toString()).toList();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
