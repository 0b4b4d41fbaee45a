package org.briefgen.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure and every cause under it as one line ("STARTTLS failure: Remote host terminated the
 * handshake"), each message once: the mail library often says only the outermost ("STARTTLS
 * failure") and keeps the reason in a cause.
 */
public final class Causes {

    private Causes() {
    }

    public static String of(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null || message.isBlank()) {
                message = t instanceof java.io.EOFException ? "the server closed the connection (EOF)" : null;
            }
            if (message == null) {
                continue;
            }
            String m = message.strip();
            if (parts.stream().noneMatch(p -> p.contains(m) || m.contains(p))) {
                parts.add(m);
            } else if (parts.stream().anyMatch(m::contains)) {
                // the cause's own text is fuller than the words that wrapped it: keep the fuller one
                parts.removeIf(m::contains);
                parts.add(m);
            }
        }
        return DisplayText.of(parts.isEmpty() ? String.valueOf(failure) : String.join(": ", parts), 600);
    }
}
