package org.briefgen.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Daemon threads named by a prefix and a number, so that a run's pools never keep the JVM alive; and
 * how a run's work comes back from them, in order, failing as it failed.
 */
final class DaemonThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    /** Threads named {@code prefix} and a number: {@code briefgen-check-1}. */
    DaemonThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread t = new Thread(task, prefix + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    /**
     * {@code make} of each of {@code items}, on {@code pool} (here when null), in the items' order; a
     * task that throws an unchecked exception throws it here.
     */
    static <T, R> List<R> inOrder(ExecutorService pool, List<T> items, Function<T, R> make) {
        if (pool == null) {
            return items.stream().map(make).toList();
        }
        List<Future<R>> made = new ArrayList<>();
        items.forEach(item -> made.add(pool.submit(() -> make.apply(item))));
        List<R> results = new ArrayList<>();
        try {
            for (Future<R> one : made) {
                results.add(result(one));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return results;
    }

    /** A task's result; its exception, if it threw an unchecked one, as thrown. */
    static <T> T result(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
