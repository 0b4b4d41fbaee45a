package org.briefgen.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign's publication says, as known on {@code asOf}: the campaign (from its letters as
 * the archive recorded them) and each company written to, in the order first written to.
 */
public record Publication(String campaign, String title, String subject, String organisation,
        LocalDate letterDate, LocalDate deadline, LocalDate asOf, List<CompanyRecord> companies) {

    public Publication {
        companies = List.copyOf(companies);
    }

    /** How many companies had {@code outcome}. */
    public long count(Outcome outcome) {
        return companies.stream().filter(c -> c.outcome() == outcome).count();
    }
}
