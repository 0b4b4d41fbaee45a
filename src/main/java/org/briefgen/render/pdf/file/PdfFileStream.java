package org.briefgen.render.pdf.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A long PDF's bytes on their way to its file, buffered without a lock per byte: iText writes much
 * of a file a byte at a time, and {@code BufferedOutputStream}'s methods are synchronized (a
 * measurable share of a large report's time, as for letters: {@link PdfBytes}). A subclass of it, so
 * that iText does not wrap it in another. Used by one thread, for one PDF.
 */
public final class PdfFileStream extends BufferedOutputStream {

    public PdfFileStream(OutputStream out, int size) {
        super(out, size);
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buf.length) {
            drain();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len >= buf.length) {
            drain();
            out.write(b, off, len);
            return;
        }
        if (len > buf.length - count) {
            drain();
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }
}
