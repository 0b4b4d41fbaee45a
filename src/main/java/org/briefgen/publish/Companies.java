package org.briefgen.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.rules.Tracker;

/**
 * A campaign's companies as on a day, read from the archive a page of companies at a time
 * ({@link ArchiveInPages#companies}), each page's records made by {@link Correspondence} as it is
 * reached: however many companies, one page of rows is held. Each iteration reads the archive again.
 */
final class Companies implements Iterable<CompanyRecord> {

    /** Companies a page: a few hundred rows of each table at most, for the usual campaign. */
    static final int PAGE = 200;

    private final ArchiveInPages store;
    private final String campaign;
    private final LocalDate asOf;
    private final boolean sending;
    private final int page;

    private Companies(ArchiveInPages store, String campaign, LocalDate asOf, boolean sending, int page) {
        this.store = store;
        this.campaign = campaign;
        this.asOf = asOf;
        this.sending = sending;
        this.page = page;
    }

    /** The companies of {@code campaign} in {@code archive} as on {@code asOf}. */
    static Companies of(Archive archive, String campaign, LocalDate asOf) {
        return of(archive, campaign, asOf, PAGE);
    }

    /** The same, read {@code page} companies at a time. */
    static Companies of(Archive archive, String campaign, LocalDate asOf, int page) {
        return new Companies(archive.pages(), campaign, asOf, sending(archive, campaign, asOf), page);
    }

    /**
     * The publication's head and each company's line: one reading of the archive (the companies' pages and
     * copies are made in another).
     */
    Publication publication() {
        List<Publication.Listed> listed = new ArrayList<>();
        forEach(r -> listed.add(Publication.Listed.of(r)));
        return Correspondence.publication(campaign, first(), asOf, listed);
    }

    @Override
    public Iterator<CompanyRecord> iterator() {
        return new BatchedIterator<>() {
            private int after;
            private boolean last;

            @Override
            protected boolean nextBatch(Deque<CompanyRecord> ready) {
                if (last) {
                    return false;
                }
                ArchiveInPages.Companies rows = store.companies(campaign, asOf, after, page);
                ready.addAll(Correspondence.records(campaign, rows.letters(), rows.responses(), rows.deliveries(),
                        rows.inbox(), asOf, sending));
                after = rows.last();
                last = rows.last() == 0;
                return true;
            }
        };
    }

    /** The campaign's first letter dated by the day, in the order issued (null: none). */
    private IssuedLetter first() {
        int after = 0;
        for (List<IssuedLetter> page = store.letters(after, PAGE); !page.isEmpty(); page = store.letters(after,
                PAGE)) {
            for (IssuedLetter l : page) {
                if (Correspondence.known(l, campaign, asOf)) {
                    return l;
                }
            }
            after = page.get(page.size() - 1).entryNo();
        }
        return null;
    }

    /** Whether briefgen sent (or tried to send) a letter of the campaign dated by the day, by the day. */
    private static boolean sending(Archive archive, String campaign, LocalDate asOf) {
        ArchiveInPages store = archive.pages();
        int after = 0;
        for (List<DeliveryRow> page = store.deliveries(after, PAGE * 5); !page.isEmpty(); page = store.deliveries(
                after, PAGE * 5)) {
            for (DeliveryRow d : page) {
                if (Tracker.sends(d, asOf) && archive.letter(d.reference()).filter(l -> Correspondence.known(l,
                        campaign, asOf)).isPresent()) {
                    return true;
                }
            }
            after = page.get(page.size() - 1).entryNo();
        }
        return false;
    }
}
