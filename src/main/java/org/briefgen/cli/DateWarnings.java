package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.batch.CampaignRun;
import org.briefgen.merge.DateCheck;
import org.briefgen.merge.Letter;

/**
 * The warning {@code generate} and {@code send} print when letters go out dated long before the day,
 * or after their deadline ({@link DateCheck}): both dates, and the keys of campaign.yaml that set them.
 */
public final class DateWarnings {

    private DateWarnings() {
    }

    /** For {@code generate}: the campaign's letters as issued on {@code day}. */
    static void generate(PrintWriter err, CampaignRun run, Path data, LocalDate day, boolean dryRun) {
        if (run.data().recipients().isEmpty()) {
            return;
        }
        Letter letter = run.merge(run.data().recipients().get(0), 1).letter();
        DateCheck check = new DateCheck(letter.date().date(), letter.deadline().date(), day);
        if (check.questionable()) {
            Path yaml = data.resolve("campaign.yaml");
            err.println("warning: " + TerminalText.of(check.warning(dryRun ? "the letters would be" : "the letters"
                    + " issued are", "letter_date in " + yaml, "response_days in " + yaml)));
            err.flush();
        }
    }

    /** For {@code send}: the letters about to be sent on {@code day}, one warning for each date and deadline. */
    public static void send(PrintWriter err, List<IssuedLetter> letters, Path data, LocalDate day) {
        Map<DateCheck, List<String>> byDates = new LinkedHashMap<>();
        for (IssuedLetter l : letters) {
            DateCheck check = new DateCheck(l.letterDate(), l.deadline(), day);
            if (check.questionable()) {
                byDates.computeIfAbsent(check, c -> new java.util.ArrayList<>()).add(l.reference());
            }
        }
        Path yaml = data.resolve("campaign.yaml");
        byDates.forEach((check, references) -> err.println("warning: " + TerminalText.of(check.warning(String.join(
                ", ", references) + (references.size() == 1 ? " is" : " are"), "letter_date in " + yaml + " when"
                        + " issued; generate --reissue REF issues a correction dated anew",
                "response_days in "
                        + yaml))));
        err.flush();
    }
}
