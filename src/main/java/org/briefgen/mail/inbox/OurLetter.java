package org.briefgen.mail.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.briefgen.mail.DisplayText;

/**
 * One of our letters as replies name it: its reference and the Message-ID of its e-mail (null if it
 * had none), and who may answer it: the {@code addresses} it was sent to and the {@code domains} its
 * company is known by (both lower case; empty when the letter was not e-mailed and no domain is known),
 * and its {@code company}'s name, for messages.
 */
public record OurLetter(String reference, String messageId, List<String> addresses, List<String> domains,
        String company) {

    public OurLetter {
        Objects.requireNonNull(reference, "reference");
        addresses = addresses == null ? List.of() : addresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                .toList();
        domains = domains == null ? List.of() : domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .toList();
        company = company == null ? reference : company;
    }

    /** A letter no reply can come from anyone for: every message naming it is held for review. */
    public OurLetter(String reference, String messageId) {
        this(reference, messageId, List.of(), List.of(), null);
    }

    /**
     * Why {@code from} (a lower-case address; null when the message has no single From address) is
     * not someone this letter's company answers from; null when it is.
     */
    String notFromCompany(String from) {
        if (from == null) {
            return "its From: does not hold exactly one address";
        }
        if (addresses.contains(from)) {
            return null;
        }
        String domain = from.substring(from.lastIndexOf('@') + 1);
        if (domains.contains(domain)) {
            return null;
        }
        return "its sender " + DisplayText.of(from, 200) + " is not an address " + reference
                + " was sent to, nor of a domain " + DisplayText.of(company, 200) + " is known by"
                + (domains.isEmpty() ? "" : " (" + String.join(", ", domains) + ")");
    }
}
