package org.briefgen.campaign;

import java.util.List;
import java.util.Map;

/**
 * One company written to; {@code shortName} is how the letter's text names it ("Amazon" for
 * Amazon UK), null when not given.
 * Optional values are null; lists are empty when not given.
 * {@code extra} holds the table's other columns by their header name, for templates.
 * {@code source} and {@code line} say where the row was read, for error messages.
 * {@code replyDomains} are more domains (lower case) the company may answer from, beside those of
 * its e-mail addresses (the {@code reply_domains} column; empty when not given): read by the inbox.
 */
public record Recipient(String id, String company, String shortName, List<String> products, String contactName,
        String salutation,
        List<String> emails, String handle, List<String> address, String language, Map<String, String> extra,
        String source, int line, List<String> replyDomains) {

    /** A recipient known by its addresses' domains only. */
    public Recipient(String id, String company, String shortName, List<String> products, String contactName,
            String salutation, List<String> emails, String handle, List<String> address, String language,
            Map<String, String> extra, String source, int line) {
        this(id, company, shortName, products, contactName, salutation, emails, handle, address, language, extra,
                source, line, List.of());
    }

    public Recipient {
        replyDomains = replyDomains == null ? List.of() : List.copyOf(replyDomains);
        products = List.copyOf(products);
        emails = List.copyOf(emails);
        address = List.copyOf(address);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** The first e-mail address, or null. */
    public String email() {
        return emails.isEmpty() ? null : emails.get(0);
    }

    /** The old name of {@link #language()}, still answered for templates that print {@code ${recipient.locale}}. */
    @Deprecated
    public String locale() {
        return language;
    }
}
