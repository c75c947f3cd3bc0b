package com.alliancetrust.advisor.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the on-disk rules/ and knowledge-base/ (with their subdirectories) and reloads the
 * advisor once a burst of changes has settled: an editor's save, or a copy of several files,
 * gives one reload, not one per event. Runs on its own thread, never on a request's.
 */
public final class ContentWatcher implements AutoCloseable {
    /** Quiet time after the last change before reloading. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final LiveAdvisor advisor;
    private final WatchService watcher;
    private final Duration debounce;
    private final Thread thread;
    private final java.util.Set<Path> parents = new java.util.HashSet<>();

    private ContentWatcher(LiveAdvisor advisor, Duration debounce) throws IOException {
        this.advisor = advisor;
        this.debounce = debounce;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path dir : advisor.watchedDirectories()) {
            registerTree(dir);
            // A directory moved away or replaced shows only in its parent, which also tells when it returns.
            if (parents.add(dir.getParent())) {
                dir.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        this.thread = new Thread(this::run, "content-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching the advisor's on-disk directories; null when everything is packaged and nothing can change. */
    public static ContentWatcher start(LiveAdvisor advisor) {
        return start(advisor, DEBOUNCE);
    }

    public static ContentWatcher start(LiveAdvisor advisor, Duration debounce) {
        List<Path> dirs = advisor.watchedDirectories();
        if (dirs.isEmpty()) return null;
        try {
            ContentWatcher w = new ContentWatcher(advisor, debounce);
            w.thread.start();
            LOG.info("Watching {} for changes", String.join(" and ", dirs.stream().map(p -> p.getFileName() + "/").toList()));
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the rules and knowledge base for changes", e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                if (!drain(watcher.take())) continue;
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) drain(more);
                try {
                    advisor.reload(ReloadStatus.Trigger.FILE_CHANGE);
                } catch (RuntimeException e) { // never let one bad reload end the watching
                    LOG.error("Reload after a file change failed", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes a key's events, and starts watching any directory created under a watched one; true if
     * any event concerns the content (in the home directory, only the content directories do).
     */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            boolean inParent = parents.contains(dir) && !advisor.watchedDirectories().contains(dir);
            if (inParent && !(event.context() instanceof Path name && advisor.watchedDirectories().contains(dir.resolve(name)))) continue;
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    LOG.warn("Cannot watch new directory {}: {}", name, e.getMessage());
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch service", e);
        }
    }
}
