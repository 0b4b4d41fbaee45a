package org.briefgen.mail.inbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailException;

/**
 * An mbox file (mboxrd): a message begins at each line starting "From " that opens the file or
 * follows an empty line; a body line escaped as ">From " (or ">>From ", …) loses one '>'. Read
 * as a stream: one message in memory at a time, none larger than the limit. A file whose first
 * line is a header field is read as one message (an .eml named otherwise).
 */
final class MboxSource implements InboxSource {

    private static final Pattern ASCTIME = Pattern.compile(
            "([A-Z][a-z]{2}) +(\\d{1,2}) (\\d{1,2}:\\d{2}:\\d{2}) (\\d{4})");
    private static final DateTimeFormatter ASCTIME_FORMAT = DateTimeFormatter.ofPattern("MMM d H:mm:ss yyyy",
            Locale.ROOT);

    private final Path file;
    private final String name;
    private final InboxOptions options;

    MboxSource(Path file, InboxOptions options) {
        this.file = file;
        this.name = DisplayText.of(file.getFileName().toString(), 200);
        this.options = options;
    }

    @Override
    public void read(InboxHandler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            split(in, handler);
        } catch (IOException e) {
            throw new MailException(file + " cannot be read: " + DisplayText.of(e.getMessage(), 200),
                    "what was read before is kept.");
        }
    }

    private void split(InputStream in, InboxHandler handler) throws IOException {
        long max = options.maxMessageBytes();
        Message current = null;
        boolean mbox = false;
        boolean afterBlank = true;
        int count = 0;
        long lineNo = 0;
        byte[] line;
        while ((line = readLine(in, max + 2)) != null) {
            lineNo++;
            if (current == null && !mbox && isBlank(line)) {
                continue;
            }
            if (current == null && !mbox && !startsWith(line, 0, "From ")) {
                if (!looksLikeHeader(line)) {
                    throw new MailException(file + " is neither an .eml file (by its name) nor an mbox:"
                            + " it does not start with a 'From ' line", "nothing was read.");
                }
                // one message without separators: read as it is, never split
                current = new Message(name, null);
                current.append(line, 0, max);
            } else if (current != null && !mbox) {
                current.append(line, 0, max);
            } else if (afterBlank && startsWith(line, 0, "From ")) {
                mbox = true;
                deliver(current, handler, mbox);
                count++;
                current = new Message(name + " message " + count + " (line " + lineNo + ")", arrived(line));
            } else {
                int from = 0;
                while (from < line.length && line[from] == '>') {
                    from++;
                }
                current.append(line, from > 0 && startsWith(line, from, "From ") ? 1 : 0, max);
            }
            afterBlank = isBlank(line);
        }
        deliver(current, handler, mbox);
    }

    private static void deliver(Message message, InboxHandler handler, boolean mbox) {
        if (message == null) {
            return;
        }
        if (message.bytes == null) {
            handler.skipped(message.origin, "larger than the limit");
            return;
        }
        byte[] bytes = message.bytes.toByteArray();
        // the empty line before the next separator belongs to the mbox, not to the message
        int end = bytes.length;
        if (!mbox) {
            end = bytes.length;
        } else if (end >= 2 && bytes[end - 1] == '\n' && bytes[end - 2] == '\n') {
            end--;
        } else if (end >= 4 && bytes[end - 1] == '\n' && bytes[end - 2] == '\r' && bytes[end - 3] == '\n') {
            end -= 2;
        }
        handler.accept(new InboxMessage(message.origin, Arrays.copyOf(bytes, end), message.arrived));
    }

    /** The next line with its LF, or null at the end; a line longer than {@code max} is cut there (the message is then too large anyway). */
    private static byte[] readLine(InputStream in, long max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            if (line.size() < max) {
                line.write(b);
            }
            if (b == '\n') {
                break;
            }
        }
        return b < 0 && line.size() == 0 ? null : line.toByteArray();
    }

    private static boolean startsWith(byte[] line, int from, String prefix) {
        if (line.length - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] line) {
        return line.length == 0 || (line.length == 1 && line[0] == '\n')
                || (line.length == 2 && line[0] == '\r' && line[1] == '\n');
    }

    private static boolean looksLikeHeader(byte[] line) {
        String text = new String(line, 0, Math.min(line.length, 200), StandardCharsets.ISO_8859_1);
        return text.matches("(?s)[!-9;-~]+:.*");
    }

    /** The separator's date ("From sender Mon Jan  1 00:00:00 2024"), read as UTC; null when it has none. */
    private static Instant arrived(byte[] line) {
        Matcher m = ASCTIME.matcher(new String(line, 0, Math.min(line.length, 300), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDateTime.parse(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4),
                    ASCTIME_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A message being gathered; its bytes are dropped once it grows past the limit. */
    private static final class Message {
        final String origin;
        final Instant arrived;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);

        Message(String origin, Instant arrived) {
            this.origin = origin;
            this.arrived = arrived;
        }

        void append(byte[] line, int from, long max) {
            if (bytes != null) {
                if (bytes.size() + (long) line.length - from > max) {
                    bytes = null;
                } else {
                    bytes.write(line, from, line.length - from);
                }
            }
        }
    }

    @Override
    public void close() {
    }
}
