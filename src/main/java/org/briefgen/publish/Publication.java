package org.briefgen.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign's publication says, as known on {@code asOf}: the campaign (from its letters as
 * the archive recorded them) and each company written to, in the order first written to, as its line
 * in the index lists it (the rest of a company is read from the archive again when its page is made).
 */
public record Publication(String campaign, String title, String subject, String organisation,
        LocalDate letterDate, LocalDate deadline, LocalDate asOf, List<Listed> companies) {

    public Publication {
        companies = List.copyOf(companies);
    }

    /** How many companies had {@code outcome}. */
    public long count(Outcome outcome) {
        return companies.stream().filter(c -> c.outcome() == outcome).count();
    }

    /**
     * A company as the index and the report's table list it: its name, its letter's reference, date
     * and deadline, its outcome, and whether it asked that its response be kept private.
     */
    public record Listed(String company, String reference, LocalDate written, LocalDate deadline, Outcome outcome,
            boolean notForPublication) {

        static Listed of(CompanyRecord r) {
            return new Listed(r.company(), r.letter().reference(), r.letter().letterDate(), r.deadline(), r
                    .outcome(), r.notForPublication());
        }

        /** Its page in the publication ({@code companies/….html}). */
        String page() {
            return CompanyFiles.page(reference, company);
        }
    }
}
