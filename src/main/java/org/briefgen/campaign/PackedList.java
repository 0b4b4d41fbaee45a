package org.briefgen.campaign;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link #add} (from one thread at a time, like an {@code ArrayList}).
 */
public final class PackedList<T> extends AbstractList<T> implements RandomAccess {

    /** How one kind of value is written and read back: the same fields, in the same order. */
    public interface Codec<T> {
        void write(T value, Out out);

        T read(In in);
    }

    private final Codec<T> codec;
    private final boolean growing;
    private Out out;
    /** Where each value's bytes begin. */
    private int[] starts;
    private int count;
    /** The values' positions in their keys' order, made by the first {@link #find}. */
    private volatile int[] byKey;

    private PackedList(Codec<T> codec, Out out, int[] starts, int count, boolean growing) {
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
        Out out = new Out();
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
        return new PackedList<>(codec, new Out(), new int[16], 0, true);
    }

    @Override
    public boolean add(T value) {
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
    public T get(int index) {
        Objects.checkIndex(index, count);
        return codec.read(new In(out, starts[index]));
    }

    @Override
    public int size() {
        return count;
    }

    /** The values {@code keep} accepts, in this list's order: packed too, sharing this list's bytes; cannot be changed. */
    public PackedList<T> where(Predicate<? super T> keep) {
        int[] kept = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (keep.test(codec.read(new In(out, starts[i])))) {
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
    public Optional<T> find(String key) {
        if (growing) {
            throw new UnsupportedOperationException("a growing list has no index");
        }
        int[] index = byKey;
        if (index == null) {
            String[] keys = new String[count];
            for (int i = 0; i < count; i++) {
                keys[i] = new In(out, starts[i]).text();
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
            String at = new In(out, starts[index[mid]]).text();
            if (at == null || at.compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < index.length && key.equals(new In(out, starts[index[lo]]).text()) ? Optional.of(get(index[lo]))
                : Optional.empty();
    }

    /** Where values are written: lengths and numbers as variable-length integers. */
    public static final class Out {
        private byte[] bytes = new byte[1 << 10];
        private int size;
        private final List<String> words;
        private final Map<String, Integer> numbers = new HashMap<>();

        Out() {
            this.words = new ArrayList<>();
        }

        private Out(byte[] bytes, List<String> words) {
            this.bytes = bytes;
            this.size = bytes.length;
            this.words = words;
        }

        /** A copy of what was written, in an array of its size, that takes nothing more. */
        private Out trimmed() {
            return new Out(Arrays.copyOf(bytes, size), List.copyOf(words));
        }

        /** Text, or null: 0 for null, else the number of bytes plus one, then each UTF-16 unit in one to three bytes. */
        public Out text(String s) {
            if (s == null) {
                return number(0);
            }
            int length = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            number(length + 1);
            room(length);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xc0 | c >> 6);
                    bytes[size++] = (byte) (0x80 | c & 0x3f);
                } else {
                    bytes[size++] = (byte) (0xe0 | c >> 12);
                    bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                    bytes[size++] = (byte) (0x80 | c & 0x3f);
                }
            }
            return this;
        }

        /** A list of texts (none null). */
        public Out texts(List<String> list) {
            number(list.size());
            list.forEach(this::text);
            return this;
        }

        /** Text that repeats from value to value, or null: written once, then by its number. */
        public Out word(String s) {
            if (s == null) {
                return number(0);
            }
            return number(numbers.computeIfAbsent(s, w -> {
                words.add(w);
                return words.size();
            }));
        }

        /** A list of such words (none null). */
        public Out words(List<String> list) {
            number(list.size());
            list.forEach(this::word);
            return this;
        }

        /** Any {@code int} (below zero too: zig-zag, so that small numbers either side of zero take a byte). */
        public Out integer(int n) {
            return number(Integer.toUnsignedLong(n << 1 ^ n >> 31));
        }

        /** A number of zero or more. */
        public Out number(long n) {
            if (n < 0) {
                throw new IllegalArgumentException("a packed number below zero: " + n);
            }
            room(10);
            long v = n;
            while (v >= 0x80) {
                bytes[size++] = (byte) (v & 0x7f | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
            return this;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads one value's fields back, in the order they were written. */
    public static final class In {
        private final Out from;
        private int at;

        In(Out from, int at) {
            this.from = from;
            this.at = at;
        }

        public String text() {
            int n = (int) number();
            if (n == 0) {
                return null;
            }
            byte[] bytes = from.bytes;
            int end = at + n - 1;
            char[] chars = new char[n - 1];
            int length = 0;
            while (at < end) {
                int b = bytes[at++] & 0xff;
                if (b < 0x80) {
                    chars[length++] = (char) b;
                } else if (b < 0xe0) {
                    chars[length++] = (char) ((b & 0x1f) << 6 | bytes[at++] & 0x3f);
                } else {
                    chars[length++] = (char) ((b & 0x0f) << 12 | (bytes[at++] & 0x3f) << 6 | bytes[at++] & 0x3f);
                }
            }
            return new String(chars, 0, length);
        }

        /** A list of texts; it cannot be changed. */
        public List<String> texts() {
            String[] all = new String[(int) number()];
            for (int i = 0; i < all.length; i++) {
                all[i] = text();
            }
            return List.of(all);
        }

        public String word() {
            int n = (int) number();
            return n == 0 ? null : from.words.get(n - 1);
        }

        /** A list of words; it cannot be changed. */
        public List<String> words() {
            String[] all = new String[(int) number()];
            for (int i = 0; i < all.length; i++) {
                all[i] = word();
            }
            return List.of(all);
        }

        public long number() {
            byte[] bytes = from.bytes;
            long n = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                n |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return n;
        }

        /** A number written by {@link Out#integer}. */
        public int integer() {
            int n = (int) number();
            return n >>> 1 ^ -(n & 1);
        }
    }
}
