package org.briefgen.web;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.Tracker;
import org.briefgen.archive.rules.TrackerRow;

/**
 * What the archive holds, read for one page: nothing when it has not been created yet. A campaign of 20,000
 * letters takes a second to read and to track, so the last view read is kept and given again while the
 * archive's head (every chain's row count and last hash) is the same: its tables only grow (the database
 * refuses changes), so the same head is the same rows. The tracker's rows are kept with it, by day.
 */
final class ArchiveView {

    private static final ArchiveView EMPTY = new ArchiveView(List.of(), List.of(), List.of(), List.of());

    /** The last view read, and what it was read from: the archive's place and head. */
    private static final Map<String, ArchiveView> LAST = new ConcurrentHashMap<>();

    private final List<IssuedLetter> letters;
    private final List<Response> responses;
    private final List<DeliveryRow> deliveries;
    private final List<InboxRecord> inbox;
    private final Map<String, IssuedLetter> byReference;
    private final Map<LocalDate, List<TrackerRow>> trackers = new ConcurrentHashMap<>();

    private ArchiveView(List<IssuedLetter> letters, List<Response> responses, List<DeliveryRow> deliveries,
            List<InboxRecord> inbox) {
        this.letters = List.copyOf(letters);
        this.responses = List.copyOf(responses);
        this.deliveries = List.copyOf(deliveries);
        this.inbox = List.copyOf(inbox);
        this.byReference = this.letters.stream().collect(Collectors.toMap(IssuedLetter::reference, Function
                .identity(), (a, b) -> a));
    }

    static ArchiveView read(ArchiveLocation location) {
        Optional<Archive> opened = Archives.openReadOnly(location);
        if (opened.isEmpty()) {
            return EMPTY;
        }
        try (Archive archive = opened.get()) {
            String key = location.describe() + " " + archive.head().digest();
            ArchiveView last = LAST.get(key);
            if (last != null) {
                return last;
            }
            ArchiveView view = new ArchiveView(archive.letters(), archive.responses(), archive.deliveries(), archive
                    .inboxMessages());
            // one view kept: the newest read
            LAST.clear();
            LAST.put(key, view);
            return view;
        }
    }

    List<IssuedLetter> letters() {
        return letters;
    }

    List<Response> responses() {
        return responses;
    }

    List<DeliveryRow> deliveries() {
        return deliveries;
    }

    List<InboxRecord> inbox() {
        return inbox;
    }

    /** Where each letter stands on {@code day} (letters replaced by a correction left out). */
    List<TrackerRow> tracker(LocalDate day) {
        return trackers.computeIfAbsent(day, d -> List.copyOf(Tracker.rows(letters, responses, deliveries, inbox, d,
                false)));
    }

    Optional<IssuedLetter> letter(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }
}
