package org.briefgen.cli.mail;

import java.io.Console;
import java.nio.file.Path;
import java.util.function.Function;

import org.briefgen.mail.Password;
import org.briefgen.mail.Trust;

/**
 * Where a mail server's password comes from: its environment variable, else a prompt on the
 * terminal (never echoed), else none. Never from a file or an option, so it is never written down.
 */
final class MailPasswords {

    /** The environment, replaced by tests. */
    static Function<String, String> environment = System::getenv;

    private MailPasswords() {
    }

    /**
     * The certificate authorities a mail connection trusts: the Java runtime's, and those in
     * {@code file} when one is given (a PKCS#12 file's password from BRIEFGEN_TRUST_PASSWORD).
     */
    static Trust trust(Path file) {
        return file == null ? Trust.jvm() : Trust.load(file, environment.apply(Trust.PASSWORD_VARIABLE));
    }

    /** {@code variable}'s value, or typed at a prompt naming {@code user} and {@code server}; none without a user. */
    static Password of(String variable, String user, String server) {
        if (user == null) {
            return Password.none();
        }
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            return Password.of(value);
        }
        Console console = System.console();
        if (console == null) {
            return Password.none();
        }
        char[] typed = console.readPassword("Password for %s at %s (or set %s): ", user, server, variable);
        try {
            return Password.of(typed);
        } finally {
            if (typed != null) {
                java.util.Arrays.fill(typed, '\0');
            }
        }
    }
}
