package org.briefgen.mail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.briefgen.failure.Secrets;

/**
 * {@code scheme://user@host:port/path} split by hand: a user name that is itself an e-mail address
 * ({@code officer@example.org@mail.example.org}) is common here, and java.net.URI refuses it.
 * A password in the URL is refused without repeating the URL, and every message that quotes a URL
 * masks what could be a misplaced password ({@link #shown}), so that it is never printed.
 */
public record MailUrl(String scheme, String user, String host, int port, String path) {

    private static final String OUTCOME = "nothing was sent or read.";

    public static MailUrl parse(String url, String what) {
        if (url == null || url.isBlank()) {
            throw fault(what, "is empty: write it as " + example(what));
        }
        String text = url.strip();
        int colon = text.indexOf("://");
        if (colon <= 0) {
            throw fault(what, "'" + shown(text) + "' has no scheme: write it as " + example(what));
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = text.substring(colon + 3);
        // judged before the path is split off, since a password may hold a slash; the URL is not repeated
        int lastAt = rest.lastIndexOf('@');
        if (lastAt > 0 && rest.substring(0, lastAt).indexOf(':') >= 0) {
            throw fault(what, "holds a password (after the user name's colon); a password is never given in the URL,"
                    + " and a folder's @ is written %40");
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        String user = at < 0 ? null : authority.substring(0, at);
        String hostPort = authority.substring(at + 1);
        if (rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0) {
            throw fault(what, "'" + shown(text) + "' has a query or fragment (after ? or #), which it cannot have");
        }
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw fault(what, "'" + shown(text) + "' opens an IPv6 address with [ and never closes it");
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw fault(what, "'" + shown(text) + "' has something other than :PORT after the host");
                }
                portText = after.substring(1);
            }
        } else {
            int c = hostPort.lastIndexOf(':');
            host = c < 0 ? hostPort : hostPort.substring(0, c);
            portText = c < 0 ? null : hostPort.substring(c + 1);
        }
        if (host.isEmpty()) {
            throw fault(what, "'" + shown(text) + "' names no host");
        }
        if (!host.matches("[A-Za-z0-9._:-]+")) {
            throw fault(what, "'" + shown(text) + "': the host '" + DisplayText.of(host, 200)
                    + "' is not a host name or address");
        }
        int port = portText == null || portText.isEmpty() ? -1 : port(portText, text, what);
        return new MailUrl(scheme, user == null || user.isEmpty() ? null : decode(user, text, what), host, port,
                decode(path, text, what));
    }

    private static int port(String portText, String text, String what) {
        if (!portText.matches("\\d{1,5}")) {
            throw fault(what, "'" + shown(text) + "': the port after the host is not a number");
        }
        int port = Integer.parseInt(portText);
        if (port < 1 || port > 65535) {
            throw fault(what, "'" + shown(text) + "': the port " + port + " is not from 1 to 65535");
        }
        return port;
    }

    private static String decode(String part, String text, String what) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // the URL is not repeated: the broken part may be a misplaced password
            throw fault(what, "has a broken %-escape (a % not followed by two hexadecimal digits)");
        }
    }

    /**
     * The security the URL's scheme asks for: TLS for {@code tls} ({@code smtps}), STARTTLS for {@code starttls}
     * ({@code smtp}); another scheme is refused, {@code write} saying what to write instead.
     */
    public Security security(String tls, String starttls, String what, String write) {
        if (scheme.equals(tls)) {
            return Security.TLS;
        }
        if (scheme.equals(starttls)) {
            return Security.STARTTLS;
        }
        throw fault(what, "starts with '" + DisplayText.of(scheme, 20) + "://': " + write);
    }

    public static MailException fault(String what, String problem) {
        return new MailException("the " + what + " URL " + problem, OUTCOME);
    }

    private static String example(String what) {
        return what.equals("IMAP") ? "imaps://user@host:993/INBOX (or imap:// for STARTTLS)"
                : "smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS)";
    }

    /**
     * The URL as a message may quote it: a query or fragment (never valid here, and where a
     * misplaced password goes) shown as {@code ?***}, a password before the {@code @} and a port
     * that is not a number masked too.
     */
    static String shown(String text) {
        String t = text == null ? "" : text.strip();
        int cut = firstOf(t, '?', '#');
        if (cut >= 0) {
            t = t.substring(0, cut + 1) + Secrets.MASK;
        }
        return DisplayText.of(maskPort(Secrets.masked(t)), 200);
    }

    /** {@code scheme://user@host:PORT…} with a PORT that is not a number (a misplaced password?) masked. */
    private static String maskPort(String t) {
        int start = t.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int slash = t.indexOf('/', start);
        int end = slash < 0 ? t.length() : slash;
        int at = t.lastIndexOf('@', end - 1);
        int hostStart = at >= start ? at + 1 : start;
        int close = t.lastIndexOf(']', end - 1);
        if (t.startsWith("[", hostStart) && (close < hostStart || !t.substring(hostStart + 1, close)
                .matches("[0-9A-Fa-f:.]*"))) {
            return t.substring(0, hostStart + 1) + Secrets.MASK + t.substring(end);
        }
        int colon = t.lastIndexOf(':', end - 1);
        if (colon > Math.max(hostStart, close) && !t.substring(colon + 1, end).matches("\\d*")) {
            return t.substring(0, colon + 1) + Secrets.MASK + t.substring(end);
        }
        return t;
    }

    private static int firstOf(String t, char a, char b) {
        int i = t.indexOf(a);
        int j = t.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** True for {@code localhost}, 127.0.0.0/8 and ::1, judged from the text alone (no name lookup). */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
