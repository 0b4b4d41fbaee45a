package org.briefgen.archive.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON the archive hashes (a letter's data, a row of the archive), written without a general
 * serialiser: maps with their keys sorted, lists, strings, whole numbers, decimals, booleans and
 * null, byte for byte as Jackson wrote them when those hashes were first recorded (Jackson's
 * defaults: the seven short escapes, a backslash, 'u' and four capital hex digits for the other control
 * characters, nothing
 * else escaped, a decimal as {@link BigDecimal#toString()}). Recorded hashes hold only while these
 * bytes stay the same: {@code CanonicalJsonTest} checks them against Jackson for arbitrary values.
 * Issuing a letter digests two of these; Jackson's serialisers cost several times as much, and
 * compiling them in a run of 2,000 letters as much again. What is not one of these types is refused.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalJson() {
    }

    /** {@code value} as JSON text, as Jackson's {@code writeValueAsString} wrote it. */
    public static String text(Object value) {
        StringBuilder out = new StringBuilder(256);
        text(out, value);
        return out.toString();
    }

    /** Appends {@code value} as JSON text to {@code out}. */
    public static void text(StringBuilder out, Object value) {
        try {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder throws none
        }
    }

    /**
     * Writes {@code value} as JSON text to {@code out}, as Jackson's {@code writeValue(Writer, …)} wrote
     * it, as it is made: a value of megabytes (an approval's letters) is never held twice.
     */
    public static void write(Appendable out, Object value) throws IOException {
        if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, ?> e : sorted(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else {
            out.append(scalar(value));
        }
    }

    private static void string(Appendable out, String s) throws IOException {
        out.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, run, i);
            escape(out, c);
            run = i + 1;
        }
        out.append(s, run, s.length()).append('"');
    }

    private static void escape(Appendable out, char c) throws IOException {
        out.append('\\');
        switch (c) {
            case '"', '\\' -> out.append(c);
            case '\b' -> out.append('b');
            case '\t' -> out.append('t');
            case '\f' -> out.append('f');
            case '\n' -> out.append('n');
            case '\r' -> out.append('r');
            default -> out.append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                    .append(HEX[c & 0xF]);
        }
    }

    /** A value that is neither string, map nor list: null, a boolean or a number. */
    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigDecimal) {
            return value.toString();
        }
        throw new IllegalArgumentException("no canonical JSON for a " + value.getClass().getName());
    }

    /** {@code map}'s entries by key, as Jackson's ORDER_MAP_ENTRIES_BY_KEYS orders them. */
    @SuppressWarnings("unchecked")
    private static Map<String, ?> sorted(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("no canonical JSON for a map keyed by " + key);
            }
        }
        if (map instanceof TreeMap<?, ?> tree && tree.comparator() == null) {
            return (Map<String, ?>) map;
        }
        return new TreeMap<>((Map<String, ?>) map);
    }
}
