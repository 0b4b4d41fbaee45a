package org.briefgen.cli;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.rules.Tracker;
import org.briefgen.archive.rules.TrackerRow;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which issued letters a command shows, and as of which day: the options and the query that
 * {@code tracker}, {@code archive list} and {@code archive export} share.
 */
public final class LetterQuery {

    @Option(names = "--campaign", paramLabel = "ID", description = "Only this campaign's letters.")
    String campaign;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day statuses are for (YYYY-MM-DD;"
            + " default: today).")
    LocalDate asOf;

    @Mixin
    public ArchiveAccessOptions at;

    public LocalDate day() {
        return asOf != null ? asOf : LocalDate.now();
    }

    private ArchiveHead head;

    /** The archive's head when {@link #rows} last read it. */
    public ArchiveHead head() {
        return head;
    }

    /** The letters' rows, corrected letters included when {@code withCorrected}. */
    public List<TrackerRow> rows(boolean withCorrected) {
        try (Archive store = at.openExisting()) {
            head = store.head();
            return Tracker.ofCampaign(Tracker.rows(store.letters(), store.responses(), store.deliveries(),
                    store.inboxMessages(), day(), withCorrected), campaign);
        }
    }

    /** Where the archive is, as messages name it. */
    String describe() {
        return at.location().describe();
    }
}
