package org.briefgen.mail;

import java.util.List;
import java.util.Objects;

/**
 * One letter's e-mail to send: its reference (for reports and the delivery log), the bytes of its
 * .eml file, sent as they are, and the addresses to send it to now: empty for every recipient the
 * message names, or some of them (a re-run sends only to the addresses still unsent).
 */
public record Outgoing(String reference, byte[] eml, List<String> addresses) {

    public Outgoing {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(eml, "eml");
        addresses = List.copyOf(addresses);
    }

    /** To every recipient the message names. */
    public static Outgoing of(String reference, byte[] eml) {
        return new Outgoing(reference, eml, List.of());
    }

    @Override
    public String toString() {
        return "Outgoing[" + reference + ", " + eml.length + " bytes, " + addresses + "]";
    }
}
