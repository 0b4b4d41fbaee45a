package org.briefgen.web;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveHead;
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
 * letters takes seconds to read whole, so one view is kept, of one archive, with what it was read at (the
 * archive's head: every chain's row count and last hash). Its tables only grow (the database refuses
 * changes), so the same head is the same rows, and a later head is the same rows and then some: only the
 * letters and deliveries added since are read (a page at a time), and the few responses and inbox messages
 * again when theirs changed. The tracker's rows are kept with the view, for the last few days asked for.
 */
final class ArchiveView {

    private static final ArchiveView EMPTY = new ArchiveView(List.of(), List.of(), List.of(), List.of());

    /** Rows read at a time when the view grows. */
    private static final int PAGE = 5_000;

    /** The days whose tracker rows a view keeps (a page may ask for any day: the oldest asked is let go). */
    private static final int DAYS_KEPT = 4;

    /** The view kept: of which archive, at which head. */
    private record Kept(String place, ArchiveHead head, ArchiveView view) {
    }

    private static final AtomicReference<Kept> LAST = new AtomicReference<>();

    private final List<IssuedLetter> letters;
    private final List<Response> responses;
    private final List<DeliveryRow> deliveries;
    private final List<InboxRecord> inbox;
    private final Map<String, IssuedLetter> byReference;
    private final Map<LocalDate, List<TrackerRow>> trackers = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, List<TrackerRow>> eldest) {
            return size() > DAYS_KEPT;
        }
    };

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
            String place = location.describe();
            ArchiveHead head = archive.head();
            Kept last = LAST.get();
            ArchiveView view;
            if (last != null && last.place().equals(place) && last.head().digest().equals(head.digest())) {
                return last.view();
            } else if (last != null && last.place().equals(place)) {
                view = last.view().grown(archive, last.head(), head);
            } else {
                view = whole(archive);
            }
            LAST.set(new Kept(place, head, view));
            return view;
        }
    }

    private static ArchiveView whole(Archive archive) {
        return new ArchiveView(archive.letters(), archive.responses(), archive.deliveries(), archive.inboxMessages());
    }

    /**
     * This view with what {@code archive} added since head {@code was}: read whole again when a chain is
     * shorter, or its last row kept is not the archive's (another archive at the same place).
     */
    private ArchiveView grown(Archive archive, ArchiveHead was, ArchiveHead now) {
        var pages = archive.pages();
        Optional<List<IssuedLetter>> moreLetters = added(letters, rows(was, "letters"), rows(now, "letters"),
                IssuedLetter::entryNo, IssuedLetter::sha256, pages::letters);
        Optional<List<DeliveryRow>> moreDeliveries = added(deliveries, rows(was, "deliveries"), rows(now,
                "deliveries"), DeliveryRow::entryNo, DeliveryRow::sha256, pages::deliveries);
        if (moreLetters.isEmpty() || moreDeliveries.isEmpty()) {
            return whole(archive);
        }
        boolean sameResponses = same(was, now, "responses");
        boolean sameInbox = same(was, now, "inbox_messages");
        return new ArchiveView(moreLetters.get(), sameResponses ? responses : archive.responses(),
                moreDeliveries.get(), sameInbox ? inbox : archive.inboxMessages());
    }

    /**
     * {@code kept} and the rows after them (read {@value #PAGE} at a time from {@code page(after, limit)}), or
     * empty when the chain is shorter than {@code wasRows} or its row at the last kept entry is another.
     */
    private static <T> Optional<List<T>> added(List<T> kept, int wasRows, int nowRows, ToIntFunction<T> entry,
            Function<T, String> hash, BiFunction<Integer, Integer, List<T>> page) {
        if (nowRows < wasRows || kept.size() != wasRows) {
            return Optional.empty();
        }
        if (nowRows == wasRows) {
            return Optional.of(kept);
        }
        int after = kept.isEmpty() ? 0 : entry.applyAsInt(kept.get(kept.size() - 1));
        if (!kept.isEmpty()) {
            List<T> same = page.apply(after - 1, 1);
            if (same.size() != 1 || !hash.apply(same.get(0)).equals(hash.apply(kept.get(kept.size() - 1)))) {
                return Optional.empty();
            }
        }
        List<T> all = new ArrayList<>(kept);
        for (List<T> more = page.apply(after, PAGE); !more.isEmpty(); more = page.apply(after, PAGE)) {
            all.addAll(more);
            after = entry.applyAsInt(more.get(more.size() - 1));
        }
        return Optional.of(all);
    }

    private static int rows(ArchiveHead head, String chain) {
        return head.chains().stream().filter(c -> c.chain().equals(chain)).mapToInt(ArchiveHead.ChainEnd::rows)
                .findFirst().orElse(0);
    }

    private static boolean same(ArchiveHead was, ArchiveHead now, String chain) {
        return was.chains().stream().filter(c -> c.chain().equals(chain)).toList().equals(now.chains().stream()
                .filter(c -> c.chain().equals(chain)).toList());
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
        synchronized (trackers) {
            return trackers.computeIfAbsent(day, d -> List.copyOf(Tracker.rows(letters, responses, deliveries, inbox,
                    d, false)));
        }
    }

    Optional<IssuedLetter> letter(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }
}
