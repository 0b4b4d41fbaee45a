package org.briefgen.publish;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;

/**
 * One company of the publication: {@code letter}, the first letter written to it in the campaign,
 * its {@code followUps} in the order issued, its {@code outcome}, and the {@code response} it stands
 * on (null when none was known on the day).
 */
public record CompanyRecord(IssuedLetter letter, List<IssuedLetter> followUps, Outcome outcome, Response response) {

    public CompanyRecord {
        followUps = List.copyOf(followUps);
    }

    public String company() {
        return letter.company();
    }

    /** The deadline the outcome is judged by: the letter's own. */
    public LocalDate deadline() {
        return letter.deadline();
    }

    /** The last deadline that runs: the latest follow-up's, else the letter's. */
    public LocalDate lastDeadline() {
        return followUps.stream().map(IssuedLetter::deadline).reduce(letter.deadline(), (a, b) -> b.isAfter(a) ? b
                : a);
    }

    /** Whether the company asked that its response be kept private. */
    public boolean notForPublication() {
        return response != null && response.notForPublication();
    }
}
