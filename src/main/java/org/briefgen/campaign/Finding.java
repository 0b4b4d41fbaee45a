package org.briefgen.campaign;

import java.util.List;

/**
 * A research finding: a product of a company that a tool can reach, with the tool vendor's own
 * words as evidence. It applies to the recipients whose products include {@code product}, or to
 * those named in {@code recipients} when given.
 */
public record Finding(String id, String product, String tool, String vendor, List<String> recipients,
        String statement, List<Quotation> quotations, String source) {

    public Finding {
        recipients = List.copyOf(recipients);
        quotations = List.copyOf(quotations);
    }
}
