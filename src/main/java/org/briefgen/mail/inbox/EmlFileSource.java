package org.briefgen.mail.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.briefgen.mail.DisplayText;

/** One .eml file: one message. */
final class EmlFileSource implements InboxSource {

    private final Path file;
    private final InboxOptions options;

    EmlFileSource(Path file, InboxOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public void read(InboxHandler handler) {
        readFile(file, DisplayText.of(file.getFileName().toString(), 200), options, handler);
    }

    /** Hands {@code file} to {@code handler}, or tells it the file was skipped (too large, unreadable). */
    static void readFile(Path file, String origin, InboxOptions options, InboxHandler handler) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                handler.skipped(origin, "not a regular file");
                return;
            }
            bytes = readUpTo(file, options.maxMessageBytes());
        } catch (IOException e) {
            handler.skipped(origin, "cannot be read: " + DisplayText.of(e.getMessage(), 200));
            return;
        }
        if (bytes == null) {
            handler.skipped(origin, "larger than " + (options.maxMessageBytes() >> 10) + " KiB");
            return;
        }
        handler.accept(new InboxMessage(origin, bytes, null));
    }

    /** The file's bytes, or null when it holds more than {@code max} (read no further than that). */
    private static byte[] readUpTo(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
            return in.read() < 0 ? bytes : null;
        }
    }

    @Override
    public void close() {
    }
}
