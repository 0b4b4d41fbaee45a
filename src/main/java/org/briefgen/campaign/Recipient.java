package org.briefgen.campaign;

import java.util.List;
import java.util.Map;

/**
 * One company written to; {@code shortName} is how the letter's text names it ("Amazon" for
 * Amazon UK), null when not given.
 * Optional values are null; lists are empty when not given.
 * {@code extra} holds the table's other columns by their header name, for templates.
 * {@code source} and {@code line} say where the row was read, for error messages.
 */
public record Recipient(String id, String company, String shortName, List<String> products, String contactName,
        String salutation,
        List<String> emails, String handle, List<String> address, String locale, Map<String, String> extra,
        String source, int line) {

    public Recipient {
        products = List.copyOf(products);
        emails = List.copyOf(emails);
        address = List.copyOf(address);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** The first e-mail address, or null. */
    public String email() {
        return emails.isEmpty() ? null : emails.get(0);
    }
}
