package org.briefgen.render.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the names of embedded font subsets deterministic. iText prefixes each subset's name with
 * six random capitals ("/QWERTY+LiberationSans"), so two runs would differ by those bytes; this
 * replaces each distinct prefix, in order of appearance, by a counted one of the same length, so
 * that no offset in the file moves. Font dictionaries are never inside compressed streams here
 * (object streams are not used), so the names are found as plain bytes.
 */
final class SubsetPrefixes {

    private SubsetPrefixes() {
    }

    static byte[] normalise(byte[] pdf) {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (int i = 0; i + 8 <= pdf.length; i++) {
            if (pdf[i] != '/' || pdf[i + 7] != '+' || !capitals(pdf, i + 1)) {
                continue;
            }
            String prefix = new String(pdf, i + 1, 6, java.nio.charset.StandardCharsets.US_ASCII);
            String replacement = replacements.computeIfAbsent(prefix, p -> counted(replacements.size()));
            for (int k = 0; k < 6; k++) {
                pdf[i + 1 + k] = (byte) replacement.charAt(k);
            }
            i += 7;
        }
        return pdf;
    }

    /**
     * The same for a PDF written to {@code file}, read and patched in place a megabyte at a time (a
     * report of thousands of pages is never held whole).
     */
    static void normalise(java.nio.file.Path file) throws java.io.IOException {
        Map<String, String> replacements = new LinkedHashMap<>();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] chunk = new byte[1 << 20];
            long base = 0;
            while (base < size) {
                int n = (int) Math.min(chunk.length, size - base);
                java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(chunk, 0, n);
                while (in.hasRemaining()) {
                    if (channel.read(in, base + in.position()) < 0) {
                        throw new java.io.EOFException(file + " ended while being read");
                    }
                }
                // a name split by the chunk's end is looked at again at the start of the next
                int limit = base + n >= size ? n : n - 7;
                int next = limit;
                for (int i = 0; i < limit && i + 8 <= n; i++) {
                    if (chunk[i] != '/' || chunk[i + 7] != '+' || !capitals(chunk, i + 1)) {
                        continue;
                    }
                    String prefix = new String(chunk, i + 1, 6, java.nio.charset.StandardCharsets.US_ASCII);
                    String replacement = replacements.computeIfAbsent(prefix, p -> counted(replacements.size()));
                    channel.write(java.nio.ByteBuffer.wrap(replacement.getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII)), base + i + 1);
                    i += 7;
                    next = Math.max(next, i + 1);
                }
                base += next;
            }
        }
    }

    private static boolean capitals(byte[] b, int from) {
        for (int k = from; k < from + 6; k++) {
            if (b[k] < 'A' || b[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** BGAAAA, BGAAAB, …: "BG" for briefgen, then the count in base 26. */
    private static String counted(int n) {
        char[] c = {'B', 'G', 'A', 'A', 'A', 'A'};
        for (int k = 5; k >= 2 && n > 0; k--) {
            c[k] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
    }
}
