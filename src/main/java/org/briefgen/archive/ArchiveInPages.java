package org.briefgen.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archive read a page at a time, for a reader of every row (the publication): keyset pagination,
 * each page starting after the last one's key, so that such a reader holds one page of rows however
 * large the archive. Got from {@link Archive#pages()}; valid while its archive is open.
 */
public interface ArchiveInPages {

    /** The campaigns the archive holds letters of, sorted. */
    List<String> campaigns();

    /** Letters read at a time by {@link #everyLetter()}. */
    int PAGE = 500;

    /** Up to {@code limit} letters issued after entry {@code after} (0: from the first), in the order issued. */
    List<IssuedLetter> letters(int after, int limit);

    /**
     * Every letter, in the order issued, read {@link #PAGE} at a time each time it is walked: its reader
     * holds one page however many letters the archive has (20,000 letters held at once are some 40 MB).
     * A letter recorded while it is walked is met if its page has not been read yet.
     */
    default Iterable<IssuedLetter> everyLetter() {
        return () -> Stream.iterate(letters(0, PAGE), page -> !page.isEmpty(), page -> letters(page.get(page.size()
                - 1).entryNo(), PAGE)).flatMap(List::stream).iterator();
    }

    /** Up to {@code limit} rows of the deliveries table recorded after entry {@code after}, in the order recorded. */
    List<DeliveryRow> deliveries(int after, int limit);

    /**
     * Up to {@code limit} companies of campaign {@code campaign} as known on {@code asOf}, in the order
     * first written to: each company (a recipient) keyed by the entry of its first letter dated by
     * {@code asOf} that no correction dated by then replaces; those keyed after {@code after} (0: from the
     * first). With all their letters in the campaign (whatever their date), the rows of the responses
     * table to those letters, their deliveries and inbox messages, each in the order recorded.
     */
    Companies companies(String campaign, LocalDate asOf, int after, int limit);

    /**
     * A page of companies: their {@code letters}, {@code responses}, {@code deliveries} and {@code inbox}
     * rows, and {@code last}, the key of the page's last company (where the next page starts; 0 when the
     * page is empty).
     */
    record Companies(List<IssuedLetter> letters, List<Response> responses, List<DeliveryRow> deliveries,
            List<InboxRecord> inbox, int last) {

        public Companies {
            letters = List.copyOf(letters);
            responses = List.copyOf(responses);
            deliveries = List.copyOf(deliveries);
            inbox = List.copyOf(inbox);
        }
    }
}
