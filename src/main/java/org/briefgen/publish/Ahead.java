package org.briefgen.publish;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An iterator's elements made on a thread of their own, at most {@code ahead} before the reader takes
 * them, in the same order: the publication's company files and pages are made on one core while the
 * report is laid out on the other. Whatever the source throws is thrown to the reader, at the element
 * it failed on; closing stops the source's thread (a reader that failed). Only the source's thread
 * runs the source until it ends, so a source that is not thread-safe may be used, as long as the reader
 * does not touch what the source uses meanwhile.
 */
final class Ahead<T> implements Iterator<T>, AutoCloseable {

    /** The end of the source, or what it threw. */
    private record End(Throwable thrown) {
    }

    private final BlockingQueue<Object> made;
    private final Thread thread;
    private Object next;

    Ahead(Iterator<T> source, int ahead, String name) {
        made = new ArrayBlockingQueue<>(ahead);
        thread = new Thread(() -> {
            try {
                while (source.hasNext()) {
                    made.put(source.next());
                }
                made.put(new End(null));
            } catch (InterruptedException e) {
                // closed: the reader stopped
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                try {
                    made.put(new End(e));
                } catch (InterruptedException closed) {
                    Thread.currentThread().interrupt();
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = made.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
            }
        }
        if (next instanceof End end) {
            if (end.thrown() instanceof RuntimeException e) {
                throw e;
            }
            if (end.thrown() instanceof Error e) {
                throw e;
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = (T) next;
        next = null;
        return element;
    }

    /** Stops the source's thread if it is still making elements, and waits for it. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
