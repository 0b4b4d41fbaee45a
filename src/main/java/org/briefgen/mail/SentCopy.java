package org.briefgen.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.briefgen.files.Sha256;

/**
 * An issued letter's e-mail as it is handed to the server at {@code at}: the issued .eml's bytes with
 * only two header fields changed, {@code Date:} (the moment of the hand-over, not the letter's date,
 * so the message does not arrive "dated in the past") and the draft mark {@code X-Unsent} taken off.
 * Made from the issued bytes alone, so that {@code archive verify} can make it again from the
 * issued file and the recorded moment, and compare its SHA-256 with the one recorded.
 */
public record SentCopy(Instant at, byte[] bytes) {

    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ROOT);

    public SentCopy {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The issued message {@code issued} as handed over at {@code at} (to the second, in UTC). */
    public static SentCopy of(byte[] issued, Instant at) {
        Instant second = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // header fields are ASCII (RFC 5322, encoded words for the rest): ISO-8859-1 keeps any byte as it is
        String text = new String(issued, StandardCharsets.ISO_8859_1);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        int end = text.indexOf(eol + eol);
        String head = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end);
        List<String> fields = new ArrayList<>();
        for (String line : head.split(eol, -1)) {
            if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + eol + line);
            } else {
                fields.add(line);
            }
        }
        String date = "Date: " + dateHeader(second);
        List<String> out = new ArrayList<>();
        boolean dated = false;
        for (String field : fields) {
            String name = field.contains(":") ? field.substring(0, field.indexOf(':')).strip() : "";
            if (name.equalsIgnoreCase("X-Unsent")) {
                continue;
            }
            if (name.equalsIgnoreCase("Date")) {
                if (!dated) {
                    out.add(date);
                    dated = true;
                }
                continue;
            }
            out.add(field);
        }
        if (!dated) {
            out.add(0, date);
        }
        return new SentCopy(second, (String.join(eol, out) + rest).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code at} as a Date header's value: {@code Sat, 5 Dec 2026 10:32:01 +0000}. */
    public static String dateHeader(Instant at) {
        return at.atOffset(ZoneOffset.UTC).format(RFC_5322);
    }

    /** The SHA-256 of the bytes, as the archive records it. */
    public String sha256() {
        return Sha256.of(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentCopy c && c.at.equals(at) && java.util.Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return at.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SentCopy[" + at + ", " + bytes.length + " bytes]";
    }
}
