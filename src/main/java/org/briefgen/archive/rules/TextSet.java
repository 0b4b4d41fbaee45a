package org.briefgen.archive.rules;

import java.util.Arrays;

/**
 * A set of texts, held as their characters one after another in one array and found by their hash in a
 * table of positions: what {@link ReferenceAllocator} keeps of every reference taken, about 30 bytes a
 * reference against about 100 in a {@code HashSet} of strings (a run of 20,000 letters held 2 MB of
 * them to its end). Exact: texts are compared character by character. Not thread-safe.
 */
final class TextSet {

    /** Each text: its length in two chars (high, low), then its chars. */
    private char[] chars = new char[256];
    private int used;
    /** Where each text begins, plus one; 0 for an empty slot. Its length is a power of two. */
    private int[] slots = new int[16];
    private int size;

    /** Adds {@code text}; false when it was in the set already. */
    boolean add(String text) {
        int slot = slot(text);
        if (slots[slot] != 0) {
            return false;
        }
        int length = text.length();
        if (chars.length - used < length + 2) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length + 2));
        }
        slots[slot] = used + 1;
        chars[used] = (char) (length >>> 16);
        chars[used + 1] = (char) length;
        text.getChars(0, length, chars, used + 2);
        used += length + 2;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    /** Whether {@code text} is in the set. */
    boolean contains(String text) {
        return slots[slot(text)] != 0;
    }

    /** How many texts the set holds. */
    int size() {
        return size;
    }

    /** The slot holding {@code text}, or the empty one where it would go. */
    private int slot(String text) {
        int mask = slots.length - 1;
        int i = spread(text.hashCode()) & mask;
        while (slots[i] != 0 && !equalsAt(slots[i] - 1, text)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private boolean equalsAt(int at, String text) {
        int length = lengthAt(at);
        if (length != text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[at + 2 + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int lengthAt(int at) {
        return chars[at] << 16 | chars[at + 1];
    }

    /** The table twice as long, every text in its new slot (its hash computed as {@link String#hashCode()} does). */
    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int position : old) {
            if (position != 0) {
                int at = position - 1;
                int hash = 0;
                for (int k = 0, length = lengthAt(at); k < length; k++) {
                    hash = 31 * hash + chars[at + 2 + k];
                }
                int i = spread(hash) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = position;
            }
        }
    }

    /** The hash's high bits mixed into its low ones, which pick the slot (as {@code HashMap} does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
