package org.briefgen.campaign;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A list of values held packed: each one's fields written as bytes into one array by its {@link Codec},
 * and the value made again from them each time it is asked for (equal to the one given, not the same
 * object). For what a run holds once per recipient from start to end, so that its memory does not grow
 * with the campaign: 20,000 recipients take about 3 MB so, against some 20 MB as records with their
 * strings, lists and maps. A value is read back in microseconds, against the tens of milliseconds its
 * letter takes to make.
 * <p>
 * Text is written as UTF-8 writes each UTF-16 unit (a lone surrogate too: any string comes back as it
 * was); words that repeat from value to value (a file name, a language) are written once and referred
 * to by number. A list made by {@link #of} cannot be changed; one made by {@link #growing} takes
 * {@link #add}. Its methods hold its lock (a decoding takes microseconds), so one list may be read from
 * several threads: the workbench's requests, the check's jobs.
 */
public final class PackedList<T> extends AbstractList<T> implements RandomAccess {

    /** How one kind of value is written and read back: the same fields, in the same order. */
    public interface Codec<T> {
        void write(T value, PackedFields.Out out);

        T read(PackedFields.In in);
    }

    private final Codec<T> codec;
    private final boolean growing;
    private PackedFields.Out out;
    /** Where each value's bytes begin. */
    private int[] starts;
    private int count;
    /** The values' positions in their keys' order, made by the first {@link #find}. */
    private int[] byKey;

    private PackedList(Codec<T> codec, PackedFields.Out out, int[] starts, int count, boolean growing) {
        this.codec = codec;
        this.out = out;
        this.starts = starts;
        this.count = count;
        this.growing = growing;
    }

    /** {@code values}, in their order, packed by {@code codec} (none may be null); cannot be changed. */
    @SuppressWarnings("unchecked")
    public static <T> PackedList<T> of(List<? extends T> values, Codec<T> codec) {
        if (values instanceof PackedList<?> packed && packed.codec == codec && !packed.growing) {
            return (PackedList<T>) packed;
        }
        PackedFields.Out out = new PackedFields.Out();
        int[] starts = new int[values.size()];
        int i = 0;
        for (T value : values) {
            starts[i++] = out.size;
            codec.write(Objects.requireNonNull(value, "a packed value"), out);
        }
        return new PackedList<>(codec, out.trimmed(), starts, i, false);
    }

    /** An empty list that takes values as they come. */
    public static <T> PackedList<T> growing(Codec<T> codec) {
        return new PackedList<>(codec, new PackedFields.Out(), new int[16], 0, true);
    }

    @Override
    public synchronized boolean add(T value) {
        if (!growing) {
            throw new UnsupportedOperationException("a packed list made whole cannot be changed");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count] = out.size;
        codec.write(Objects.requireNonNull(value, "a packed value"), out);
        count++;
        modCount++;
        return true;
    }

    @Override
    public synchronized T get(int index) {
        Objects.checkIndex(index, count);
        return codec.read(new PackedFields.In(out, starts[index]));
    }

    @Override
    public synchronized int size() {
        return count;
    }

    /** The values {@code keep} accepts, in this list's order: packed too, sharing this list's bytes; cannot be changed. */
    public synchronized PackedList<T> where(Predicate<? super T> keep) {
        int[] kept = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (keep.test(codec.read(new PackedFields.In(out, starts[i])))) {
                kept[n++] = starts[i];
            }
        }
        return !growing && n == count ? this : new PackedList<>(codec, growing ? out.trimmed() : out, Arrays
                .copyOf(kept, n), n, false);
    }

    /**
     * The first value whose key is {@code key}, or empty: a value's key is the first thing its codec
     * writes, as text (a recipient's id). Found by halves in an index of the values in their keys'
     * order, made on first use (an {@code int} a value); for a list that cannot be changed.
     */
    public synchronized Optional<T> find(String key) {
        if (growing) {
            throw new UnsupportedOperationException("a growing list has no index");
        }
        int[] index = byKey;
        if (index == null) {
            String[] keys = new String[count];
            for (int i = 0; i < count; i++) {
                keys[i] = new PackedFields.In(out, starts[i]).text();
            }
            // stable: of values with one key, the first comes first
            index = IntStream.range(0, count).boxed().sorted(Comparator.comparing(i -> keys[i],
                    Comparator.nullsFirst(Comparator.<String>naturalOrder()))).mapToInt(Integer::intValue).toArray();
            byKey = index;
        }
        int lo = 0;
        int hi = index.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            String at = new PackedFields.In(out, starts[index[mid]]).text();
            if (at == null || at.compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < index.length && key.equals(new PackedFields.In(out, starts[index[lo]]).text())
                ? Optional.of(get(index[lo]))
                : Optional.empty();
    }
}
