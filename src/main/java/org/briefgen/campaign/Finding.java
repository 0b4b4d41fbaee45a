package org.briefgen.campaign;

import java.util.List;

/**
 * A research finding: a product of a company that a tool can reach, with the tool vendor's own
 * words as evidence. It applies to the recipients whose products include {@code product}, or to
 * those named in {@code recipients} when given. {@code language} is the language its words are in
 * (null: the campaign's), {@code file} where it was read (null when made in code).
 */
public record Finding(String id, String product, String tool, String vendor, List<String> recipients,
        String statement, List<Quotation> quotations, String source, String language, String file) {

    public Finding {
        recipients = List.copyOf(recipients);
        quotations = List.copyOf(quotations);
    }

    /** A finding in the campaign's language, read from no file. */
    public Finding(String id, String product, String tool, String vendor, List<String> recipients, String statement,
            List<Quotation> quotations, String source) {
        this(id, product, tool, vendor, recipients, statement, quotations, source, null, null);
    }
}
