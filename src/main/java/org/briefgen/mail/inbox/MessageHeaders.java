package org.briefgen.mail.inbox;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.mail.DisplayText;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;

/**
 * The header block of a message from outside, read within a size limit, and the few fields the
 * matcher needs, each cleaned: an id is an id, a subject one printable line.
 */
final class MessageHeaders {

    /** The header block is not read: too large, or not headers at all. */
    static final class UnreadableException extends Exception {
        UnreadableException(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern ID = Pattern.compile("<([!-;=?-~]{1,250})>");

    private final InternetHeaders headers;

    MessageHeaders(InternetHeaders headers) {
        this.headers = headers;
    }

    /** The header block of {@code raw}, read only when it ends within {@code max} bytes. */
    static MessageHeaders read(byte[] raw, int max) throws UnreadableException {
        int end = headerEnd(raw, max);
        if (end < 0) {
            throw new UnreadableException("its header is larger than " + (max >> 10) + " KiB");
        }
        return read(new ByteArrayInputStream(raw, 0, end));
    }

    /** Headers from a stream that holds at most the limit (the caller bounds it). */
    static MessageHeaders read(InputStream in) throws UnreadableException {
        try {
            return new MessageHeaders(new InternetHeaders(in));
        } catch (MessagingException e) {
            throw new UnreadableException("its header cannot be read");
        }
    }

    /** Where the header block ends (after its empty line), or the whole message when it has no body; -1 past {@code max}. */
    private static int headerEnd(byte[] raw, int max) {
        int limit = Math.min(raw.length, max);
        for (int i = 0; i < limit; i++) {
            if (raw[i] == '\n' && i + 1 < raw.length
                    && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return raw[i + 1] == '\n' ? i + 2 : i + 3;
            }
        }
        return raw.length <= max ? raw.length : -1;
    }

    /** The first value of {@code name}, unfolded, or null. */
    String first(String name) {
        String value = headers.getHeader(name, null);
        return value == null ? null : MimeUtility.unfold(value);
    }

    /** Every value of {@code name}, unfolded, topmost first (empty when it has none). */
    String[] all(String name) {
        String[] values = headers.getHeader(name);
        if (values == null) {
            return new String[0];
        }
        String[] unfolded = new String[Math.min(values.length, 50)];
        for (int i = 0; i < unfolded.length; i++) {
            unfolded[i] = MimeUtility.unfold(values[i]);
        }
        return unfolded;
    }

    /**
     * The address of the one From header, when it holds exactly one address: lower case, null otherwise
     * (no From, several, or not an address).
     */
    String fromAddress() {
        String[] from = headers.getHeader("From");
        if (from == null || from.length != 1) {
            return null;
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(MimeUtility.unfold(from[0]), true);
            if (addresses.length != 1 || addresses[0].getAddress() == null) {
                return null;
            }
            String address = addresses[0].getAddress().strip().toLowerCase(Locale.ROOT);
            int at = address.lastIndexOf('@');
            return at > 0 && at < address.length() - 1 && address.indexOf('@') == at ? address : null;
        } catch (AddressException e) {
            return null;
        }
    }

    /** Every Message-ID in {@code name} (In-Reply-To, References), in order, without brackets. */
    List<String> ids(String name) {
        List<String> ids = new ArrayList<>();
        String[] values = headers.getHeader(name);
        if (values != null) {
            for (String value : values) {
                Matcher m = ID.matcher(value);
                while (m.find() && ids.size() < 200) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    /** The message's own Message-ID with brackets; one made from {@code raw}'s SHA-256 when it has none worth the name. */
    String messageId(byte[] raw) {
        List<String> own = ids("Message-ID");
        return own.isEmpty() ? syntheticId(raw) : "<" + own.get(0) + ">";
    }

    /** The same bytes give the same id, so a message without one is still recorded once. */
    static String syntheticId(byte[] raw) {
        return "<sha256." + sha256(raw) + "@briefgen.invalid>";
    }

    String subject() {
        return DisplayText.of(decoded(first("Subject")), 300);
    }

    /** "Name <address>" (or what the From header holds, cleaned, if it is not an address). */
    String sender() {
        String from = first("From");
        if (from == null) {
            return "";
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(from, false);
            if (addresses.length > 0) {
                return DisplayText.of(addresses[0].toUnicodeString(), 300);
            }
        } catch (AddressException e) {
            // shown as written
        }
        return DisplayText.of(decoded(from), 300);
    }

    /** The content type's main part in lower case ("multipart/report"), and a parameter of it. */
    String contentType() {
        String type = first("Content-Type");
        if (type == null) {
            return "text/plain";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    boolean isDeliveryReport() {
        String type = first("Content-Type");
        return contentType().equals("multipart/report") && type != null
                && type.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*report-type\\s*=\\s*\"?delivery-status\"?.*");
    }

    /** Sent by a machine on its own (RFC 3834 Auto-Submitted, or the older marks of vacation replies); the header that says so, or null. */
    String automatic() {
        String auto = first("Auto-Submitted");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + DisplayText.of(auto, 40);
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond"}) {
            if (first(name) != null) {
                return name;
            }
        }
        String precedence = first("Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk")) {
            return "Precedence: " + DisplayText.of(precedence, 40);
        }
        return null;
    }

    private static String decoded(String text) {
        if (text == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(text.length() > 4000 ? text.substring(0, 4000) : text);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return text;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
