package org.briefgen.web;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.Tracker;
import org.briefgen.archive.rules.TrackerRow;

/** What the archive holds, read for one page: nothing when it has not been created yet. */
record ArchiveView(List<IssuedLetter> letters, List<Response> responses, List<DeliveryRow> deliveries,
        List<InboxRecord> inbox) {

    static ArchiveView read(ArchiveLocation location) {
        Optional<Archive> opened = Archives.openReadOnly(location);
        if (opened.isEmpty()) {
            return new ArchiveView(List.of(), List.of(), List.of(), List.of());
        }
        try (Archive archive = opened.get()) {
            return new ArchiveView(archive.letters(), archive.responses(), archive.deliveries(),
                    archive.inboxMessages());
        }
    }

    /** Where each letter stands on {@code day} (letters replaced by a correction left out). */
    List<TrackerRow> tracker(LocalDate day) {
        return Tracker.rows(letters, responses, deliveries, inbox, day, false);
    }

    Optional<IssuedLetter> letter(String reference) {
        return letters.stream().filter(l -> l.reference().equals(reference)).findFirst();
    }
}
