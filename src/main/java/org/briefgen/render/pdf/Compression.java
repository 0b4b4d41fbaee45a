package org.briefgen.render.pdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;

import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;

/**
 * How a run's PDFs compress their streams: to the bytes iText would write, but with less work
 * (compressing was a large share of writing a letter: docs/performance.md has the profile).
 * <ul>
 * <li>The streams letters have in common (embedded font programs and the colour profile) are
 * compressed once a run: most letters embed font subsets that earlier letters embedded too (see
 * {@link SubsettingFont}). Found by the SHA-256 digest of their bytes. At most {@link #BUDGET}
 * bytes of compressed streams are kept, the first ones seen.
 * <li>Each thread keeps one deflater and resets it for the next stream. iText makes a deflater
 * for every stream and leaves it to the garbage collector to free its native memory, which
 * piled up between collections.
 * </ul>
 * A stream is compressed as iText's {@code PdfOutputStream} compresses it (all its bytes at
 * once, at the stream's or else the writer's level), so its bytes in the PDF do not depend on
 * which letters came before. Shared by every thread of a run.
 */
final class Compression {

    /**
     * Bytes of compressed shared streams kept: about 450 body-text font subsets of a two-page
     * letter, which a run of the demo campaign has seen by its 1,000th letter (two thirds of its
     * letters then find their subset here).
     */
    static final long BUDGET = 8L << 20;

    /** A deflater per thread and level (-1, iText's default, to 9). */
    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[11]);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    private final ConcurrentHashMap<Content, byte[]> shared = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();
    private final AtomicLong found = new AtomicLong();
    private final long budget;

    Compression() {
        this(BUDGET);
    }

    /** Keeping at most {@code budget} bytes of compressed shared streams. */
    Compression(long budget) {
        this.budget = budget;
    }

    /** A writer of one PDF to {@code out} that compresses its streams here. */
    PdfWriter writer(java.io.OutputStream out, WriterProperties properties) {
        return new Writer(out, properties, this);
    }

    /** How many streams were found compressed already (for the tests). */
    long found() {
        return found.get();
    }

    /**
     * Whether iText would compress {@code stream} as a whole: one of bytes, not yet filtered, not
     * the XMP metadata (which PDF/A wants readable), not an object stream.
     */
    private static boolean compressible(PdfStream stream) {
        return stream.getClass() == PdfStream.class && !stream.containsKey(PdfName.Filter)
                && !PdfName.Metadata.equals(stream.getAsName(PdfName.Type));
    }

    /**
     * Font programs (TrueType's carry their uncompressed length as {@code /Length1}) and ICC
     * profiles ({@code /N} components, with an {@code /Alternate} space).
     */
    private static boolean shared(PdfStream stream) {
        return stream.containsKey(PdfName.Length1)
                || stream.containsKey(PdfName.N) && stream.containsKey(PdfName.Alternate);
    }

    /** Replaces {@code stream}'s bytes by their compressed form at {@code level}, marked as such. */
    private void compress(PdfStream stream, int level) {
        if (stream.getOutputStream() == null) {
            return; // made from an input stream: iText compresses it as it reads it
        }
        byte[] bytes = stream.getBytes(false);
        byte[] deflated;
        if (shared(stream)) {
            Content key = new Content(SHA256.get().digest(bytes));
            deflated = shared.get(key);
            if (deflated != null) {
                found.incrementAndGet();
                // iText keeps the array it is given; the kept one must stay as it is
                deflated = deflated.clone();
            } else {
                deflated = deflate(bytes, level);
                long size = deflated.length + 32L;
                if (kept.addAndGet(size) <= budget) {
                    shared.putIfAbsent(key, deflated.clone());
                } else {
                    kept.addAndGet(-size);
                }
            }
        } else {
            deflated = deflate(bytes, level);
        }
        stream.setData(deflated);
        stream.put(PdfName.Filter, PdfName.FlateDecode);
    }

    /** {@code bytes} deflated at {@code level} with this thread's deflater. */
    private static byte[] deflate(byte[] bytes, int level) {
        Deflater[] deflaters = DEFLATERS.get();
        Deflater deflater = deflaters[level + 1];
        if (deflater == null) {
            deflater = deflaters[level + 1] = new Deflater(level);
        } else {
            deflater.reset();
        }
        deflater.setInput(bytes);
        deflater.finish();
        byte[] out = new byte[Math.max(64, bytes.length / 2)];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /** The header's version, as iText writes it ({@code PDF-1.7}), by version. */
    private static final Map<PdfVersion, String> HEADERS = new ConcurrentHashMap<>();

    private static final class Writer extends PdfWriter {
        private final Compression compression;
        /** Each subset prefix iText chose in this PDF, and the counted one it becomes, in order of appearance. */
        private final Map<String, String> prefixes = new java.util.HashMap<>();

        Writer(java.io.OutputStream out, WriterProperties properties, Compression compression) {
            super(out, properties);
            this.compression = compression;
        }

        @Override
        protected void flushObject(PdfObject object, boolean canBeInObjStm) {
            if (object instanceof PdfStream stream && crypto == null && compressible(stream)) {
                int level = stream.getCompressionLevel() != CompressionConstants.UNDEFINED_COMPRESSION
                        ? stream.getCompressionLevel() : getCompressionLevel();
                if (level != CompressionConstants.NO_COMPRESSION) {
                    compression.compress(stream, level);
                }
            } else if (object instanceof PdfDictionary dictionary) {
                countPrefix(dictionary, PdfName.BaseFont);
                countPrefix(dictionary, PdfName.FontName);
            }
            super.flushObject(object, canBeInObjStm);
        }

        /**
         * Makes a font subset's name reproducible: iText prefixes it with six random capitals
         * ({@code /QWERTY+LiberationSans}); each distinct prefix becomes a counted one of the same
         * length ({@code BGAAAA}, {@code BGAAAB}, …) in the order the PDF writes them. A font, its
         * descendant and its descriptor are written as they are flushed (no object streams), so
         * this sees each name before its bytes are written, and only where a font's name is kept:
         * a title or a compressed stream that happens to spell such a run is left as it is.
         */
        private void countPrefix(PdfDictionary dictionary, PdfName key) {
            if (!(dictionary.get(key, false) instanceof PdfName name)) {
                return;
            }
            String value = name.getValue();
            if (value.length() < 8 || value.charAt(6) != '+' || !capitals(value)) {
                return;
            }
            String counted = prefixes.computeIfAbsent(value.substring(0, 6), p -> counted(prefixes.size()));
            dictionary.put(key, new PdfName(counted + value.substring(6)));
        }

        private static boolean capitals(String value) {
            for (int k = 0; k < 6; k++) {
                if (value.charAt(k) < 'A' || value.charAt(k) > 'Z') {
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

        /** iText's header, its version written once per run: iText formats it with a MessageFormat for every PDF. */
        @Override
        protected void writeHeader() {
            writeByte('%');
            writeString(HEADERS.computeIfAbsent(document.getPdfVersion(), PdfVersion::toString));
            writeString("\n%\u00e2\u00e3\u00cf\u00d3\n");
        }
    }

    /** A stream's bytes as a key: their SHA-256 digest (kept instead of the bytes, which are larger). */
    private static final class Content {
        private final byte[] bytes;
        private final int hash;

        Content(byte[] digest) {
            this.bytes = digest;
            this.hash = Arrays.hashCode(digest);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Content content && Arrays.equals(content.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
