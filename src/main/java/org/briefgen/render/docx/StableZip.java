package org.briefgen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (a .docx, and the workbooks embedded in it) with every entry dated
 * {@code time}, in the same order, so that the same document gives the same bytes. POI stamps the
 * clock into every entry unless a process-wide switch is set ({@code SOURCE_DATE_EPOCH}, or
 * {@code Reproducibility.runWithSourceDateEpoch}, a static flag that concurrent writers would
 * race on); rewriting the finished bytes needs neither.
 */
final class StableZip {

    private StableZip() {
    }

    static byte[] normalise(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".xlsx") || entry.getName().endsWith(".docx")) {
                    content = normalise(content, time);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                // a local date-time: DOS time fields without the machine's time zone in them
                copy.setTimeLocal(time);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the Word package", e);
        }
        return bytes.toByteArray();
    }
}
