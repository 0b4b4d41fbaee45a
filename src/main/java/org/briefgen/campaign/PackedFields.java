package org.briefgen.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a value in a {@link PackedList}: written by its codec into an {@link Out}, read back in
 * the same order from an {@link In}.
 */
public final class PackedFields {

    private PackedFields() {
    }

    /** Where values are written: lengths and numbers as variable-length integers. */
    public static final class Out {
        private byte[] bytes = new byte[1 << 10];
        int size;
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
        Out trimmed() {
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
