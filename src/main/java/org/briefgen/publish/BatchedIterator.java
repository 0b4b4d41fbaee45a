package org.briefgen.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over things that are made a batch at a time (a page of the archive's companies, a
 * company's part of the report): the next batch is made only when the last is used up, so memory holds
 * one batch, whatever the number.
 */
abstract class BatchedIterator<T> implements Iterator<T> {

    private final Deque<T> ready = new ArrayDeque<>();

    /** Adds the next batch (possibly empty) to {@code ready}; false when there is none left. */
    protected abstract boolean nextBatch(Deque<T> ready);

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && nextBatch(ready)) {
            // an empty batch: read on
        }
        return !ready.isEmpty();
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }
}
