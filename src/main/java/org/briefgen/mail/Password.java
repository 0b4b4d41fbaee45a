package org.briefgen.mail;

/**
 * A mail server password, kept apart from the settings so that it is never printed: its
 * {@code toString()} hides it, and nothing in this package puts it in a message or a log.
 */
public final class Password {

    private static final Password NONE = new Password(new char[0]);

    private final char[] secret;

    private Password(char[] secret) {
        this.secret = secret;
    }

    /** The password typed at a prompt or read from the environment; null gives {@link #none()}. */
    public static Password of(char[] secret) {
        return secret == null || secret.length == 0 ? NONE : new Password(secret.clone());
    }

    /** As {@link #of(char[])}. */
    public static Password of(String secret) {
        return secret == null ? NONE : of(secret.toCharArray());
    }

    /** No password (a server that asks for no login). */
    public static Password none() {
        return NONE;
    }

    public boolean isEmpty() {
        return secret.length == 0;
    }

    /** For the mail library's login call only. */
    public String reveal() {
        return new String(secret);
    }

    /** {@code text} with every copy of the password masked: for server replies quoted in our messages. */
    public String hiddenIn(String text) {
        if (text == null || secret.length == 0) {
            return text;
        }
        return text.replace(new String(secret), "********");
    }

    @Override
    public String toString() {
        return secret.length == 0 ? "(no password)" : "(password hidden)";
    }
}
