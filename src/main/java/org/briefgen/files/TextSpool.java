package org.briefgen.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Texts a run makes and needs again later, kept on disk rather than in memory: each once, named by
 * the SHA-256 of its UTF-8 bytes, in a temporary file only its owner can read, deleted when the
 * spool is closed. What stays in memory is a name, an offset and a length per text. Safe to use from
 * several threads.
 */
public final class TextSpool implements AutoCloseable {

    private final Map<String, long[]> kept = new HashMap<>();
    private Path file;
    private FileChannel channel;
    private long end;

    /** Keeps {@code text} (once, however often it is given) and returns its name: the SHA-256 of its UTF-8 bytes. */
    public String put(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha256 = Sha256.of(bytes);
        synchronized (this) {
            if (!kept.containsKey(sha256)) {
                try {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    long at = end;
                    while (buffer.hasRemaining()) {
                        open().write(buffer, at + buffer.position());
                    }
                    end += bytes.length;
                    kept.put(sha256, new long[] {at, bytes.length});
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot keep a text in " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return sha256;
    }

    /** The text named {@code sha256}, if this spool keeps it. */
    public synchronized Optional<String> get(String sha256) {
        long[] where = kept.get(sha256);
        if (where == null) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) where[1]);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, where[0] + buffer.position()) < 0) {
                    throw new IOException("the file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a text back from " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(new String(buffer.array(), StandardCharsets.UTF_8));
    }

    /** How many different texts are kept. */
    public synchronized int size() {
        return kept.size();
    }

    private FileChannel open() throws IOException {
        if (channel == null) {
            // created for its owner alone: these are the words of letters not yet sent
            file = Files.createTempFile("briefgen-texts-", ".spool");
            // a spool the workbench keeps is closed only when replaced: gone with the process at the latest
            file.toFile().deleteOnExit();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        return channel;
    }

    /** Deletes the file. */
    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        } finally {
            channel = null;
            file = null;
            kept.clear();
            end = 0;
        }
    }
}
