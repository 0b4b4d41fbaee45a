package org.briefgen.archive.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.rules.TrackerRow;

/** Everything recorded about each letter, one row per letter, for {@code archive export}. */
public final class LetterExport {

    private LetterExport() {
    }

    /** {@code rows} are the tracker's rows of the letters (with the superseded ones), in the order issued. */
    public static Sheet sheet(List<TrackerRow> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (TrackerRow r : rows) {
            IssuedLetter l = r.letter();
            String files = l.files().stream().map(f -> f.path() + " " + f.size() + " " + f.sha256())
                    .collect(Collectors.joining("; "));
            cells.add(Arrays.asList(l.reference(), l.campaign(), l.recipientId(), l.company(), l.channels(),
                    l.letterDate(), l.deadline(), l.issuedAt(), l.supersedes(), r.status().key(), r.responded(),
                    r.daysTaken(), r.daysOverdue(), r.supersededBy(), l.dataSha256(), l.templatesSha256(), files,
                    l.sha256()));
        }
        return new Sheet("Letters", List.of("reference", "campaign", "recipient_id", "company", "channels",
                "letter_date", "deadline", "issued_at", "supersedes", "status", "responded", "days_taken",
                "days_overdue", "superseded_by", "data_sha256", "templates_sha256", "files", "row_sha256"), cells);
    }
}
