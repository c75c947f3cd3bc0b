package com.alliancetrust.advisor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * SQLite's one writer at a time, with the durable writes that wait for it committed together.
 *
 * <p>Writers take turns in order of arrival; left to SQLite's busy handler instead, a waiting writer
 * sleeps in ever longer steps and the unluckiest wait a second or more under load. A durable write
 * is acknowledged once its commit is on disk, and the sync to disk is most of what a small write
 * costs the writer; so when its turn comes, a writer commits every durable write waiting by then in
 * one transaction, synced once (group commit). Each is run as it would be alone, in the order they
 * came, and its caller gets its own result once that commit is on disk. If any of them fails, or the
 * commit does, nothing of the group is kept and each is run again alone, in its own transaction, as
 * before: every caller gets the outcome of its own write, and a failed write never takes another
 * with it.
 */
final class SqliteWriters {
    /** At most this many writes share a commit, so that one turn never holds the writer for long. */
    private static final int MOST_PER_COMMIT = 32;

    private final ReentrantLock turn = new ReentrantLock(true);
    private final Queue<Write<?>> waiting = new ConcurrentLinkedQueue<>();
    private final Database db;

    SqliteWriters(Database db) {
        this.db = db;
    }

    /** Runs {@code work} alone on the writer, in its turn: a write that does not wait for the disk, a checkpoint. */
    <T> T alone(Supplier<T> work) {
        turn.lock();
        try {
            return work.get();
        } finally {
            turn.unlock();
        }
    }

    /** Commits {@code work} durably, with the writes waiting when its turn comes; its result, or its failure thrown. */
    <T> T durable(Database.SqlWork<T> work) {
        Write<T> write = new Write<>(work);
        waiting.add(write);
        turn.lock();
        try {
            while (!write.done) commitWaiting(); // done already if a writer before took it into its commit
        } finally {
            turn.unlock();
        }
        return write.outcome();
    }

    private void commitWaiting() {
        List<Write<?>> group = new ArrayList<>();
        for (Write<?> w; group.size() < MOST_PER_COMMIT && (w = waiting.poll()) != null; ) group.add(w);
        try {
            if (group.size() > 1 && together(group)) return;
            for (Write<?> w : group) w.runAlone(db);
        } catch (Error e) {
            // Out of this turn with nothing more run: each write taken from the queue gets the failure, none waits forever.
            for (Write<?> w : group) if (!w.done) w.failed(e);
        }
    }

    /** Runs the writes in one transaction and commits it; false, with nothing kept, if any of them or the commit failed. */
    private boolean together(List<Write<?>> group) {
        List<Object> results = new ArrayList<>(group.size());
        boolean committed = false;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                for (Write<?> w : group) results.add(w.work.run(c));
                c.commit();
                committed = true;
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(c);
                return false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!committed) return false; // the connection failed before the commit: nothing was kept
            // Committed, then failed as it went back to the pool: the writes are kept all the same.
        }
        for (int i = 0; i < group.size(); i++) group.get(i).succeeded(results.get(i));
        return true;
    }

    private static void rollBack(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // SQLite may have rolled the transaction back itself (a full disk, an I/O error): nothing to undo then.
        }
    }

    /** One durable write and, once its commit is on disk, its outcome. Its fields are guarded by the turn. */
    private static final class Write<T> {
        final Database.SqlWork<T> work;
        boolean done;
        private Object result;
        private Throwable failure;

        Write(Database.SqlWork<T> work) {
            this.work = work;
        }

        void succeeded(Object value) {
            result = value;
            done = true;
        }

        void failed(Throwable e) {
            failure = e;
            done = true;
        }

        void runAlone(Database db) {
            try {
                result = db.transaction(work, true);
                done = true;
            } catch (RuntimeException | Error e) {
                failed(e);
            }
        }

        @SuppressWarnings("unchecked")
        T outcome() {
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return (T) result;
        }
    }
}
