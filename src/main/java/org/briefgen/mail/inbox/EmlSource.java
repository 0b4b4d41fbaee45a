package org.briefgen.mail.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailException;

/**
 * {@code .eml} files, one message each: one file, or a folder's, by name (its subfolders and other
 * files are left alone). {@code folder} says which {@code path} is.
 */
record EmlSource(Path path, boolean folder, InboxOptions options) implements InboxSource {

    /** One .eml file. */
    static EmlSource file(Path file, InboxOptions options) {
        return new EmlSource(file, false, options);
    }

    /** A folder's .eml files. */
    static EmlSource folder(Path folder, InboxOptions options) {
        return new EmlSource(folder, true, options);
    }

    @Override
    public void read(InboxHandler handler) {
        for (Path file : folder ? listed() : List.of(path)) {
            read(file, DisplayText.of(file.getFileName().toString(), 200), handler);
        }
    }

    private List<Path> listed() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, p -> p.getFileName().toString()
                .toLowerCase(Locale.ROOT).endsWith(".eml"))) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new MailException("the folder " + path + " cannot be read: " + DisplayText.of(e.getMessage(), 200),
                    "nothing was read.");
        }
        files.sort(null);
        return files;
    }

    /** Hands {@code file} to {@code handler}, or tells it the file was skipped (too large, unreadable). */
    private void read(Path file, String origin, InboxHandler handler) {
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
