package org.briefgen.render.pdf.file;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The bytes of one PDF as iText writes them, a byte at a time for much of the file, without a
 * lock per byte. {@code ByteArrayOutputStream}'s methods are synchronized; any other stream iText
 * wraps in a {@code BufferedOutputStream}, whose methods are synchronized too. A subclass of the
 * former, unsynchronized, is neither locked nor wrapped (the lock and the wrapping were measurable
 * shares of a letter's time: docs/performance.md). Used by one thread, for one PDF.
 */
final class PdfBytes extends ByteArrayOutputStream {

    PdfBytes(int size) {
        super(size);
    }

    @Override
    public void write(int b) {
        if (count == buf.length) {
            grow(count + 1);
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (count + len > buf.length) {
            grow(count + len);
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    @Override
    public int size() {
        return count;
    }

    private void grow(int needed) {
        buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }
}
