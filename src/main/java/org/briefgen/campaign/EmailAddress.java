package org.briefgen.campaign;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The one parser of a recipient's e-mail address, used by the campaign check ({@code validate}, and
 * {@code generate} before it writes anything) and by the e-mail format that writes the message: an
 * address one accepts the other takes. An address is Jakarta Mail's strict {@link InternetAddress}
 * (as the message is written with) and, as briefgen has always asked, a bare address: no display
 * name, comment or group (which the strict parser takes, and would turn {@code a@x(y).com} into
 * {@code a@x}), no blank, control or invisible character, and a domain with a dot.
 */
public final class EmailAddress {

    private static final Pattern BARE = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");

    /** A domain name's characters, in any script: no domain literal ({@code [192.0.2.1]}), quote or escape. */
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}.-]+");

    private EmailAddress() {
    }

    /** Why {@code text} is not an e-mail address briefgen can write to, or empty when it is one. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || Character
                    .getType(c) == Character.FORMAT) {
                return Optional.of(String.format(Locale.ROOT, "it holds an invisible or blank character, U+%04X",
                        (int) c));
            }
        }
        if (!BARE.matcher(text).matches()) {
            return Optional.of("write it as name@domain.example, one address per ';'");
        }
        // the strict parser takes a domain literal such as [."], which a mail reader then cannot read back
        if (!DOMAIN.matcher(text.substring(text.lastIndexOf('@') + 1)).matches()) {
            return Optional.of("its domain must be a name (letters, digits, '-' and '.'), not [an address]");
        }
        try {
            InternetAddress parsed = new InternetAddress(text, true);
            if (parsed.isGroup() || parsed.getPersonal() != null || !text.equals(parsed.getAddress())) {
                return Optional.of("write the bare address, without a name, comment or angle brackets");
            }
        } catch (AddressException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().replaceAll(" in string ``.*", "");
            return Optional.of(reason.isEmpty() ? "not an address" : reason.substring(0, 1).toLowerCase(Locale.ROOT)
                    + reason.substring(1));
        }
        return Optional.empty();
    }

    /** {@code text} as the address the e-mail is written to; an {@link IllegalArgumentException} when it is none. */
    public static InternetAddress parse(String text) {
        problem(text).ifPresent(p -> {
            throw new IllegalArgumentException("'" + text + "' is not an e-mail address: " + p);
        });
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("'" + text + "' is not an e-mail address: " + e.getMessage(), e);
        }
    }
}
