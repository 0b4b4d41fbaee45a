package org.briefgen.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.batch.Approvals;

/**
 * The letters the workbench would issue now, made and digested as an approval records them, once for
 * each version of the campaign's files and of the letters issued from the archive: the campaign page's
 * counts, the Issue page's reasons and the Approve page all judge these against the decisions as they
 * are at each request (cheap), rather than making every letter again (a minute at 2,000 letters). The
 * last two versions are kept (their words in a file each); an older one is closed.
 */
final class PendingLetters {

    private static final int KEPT = 2;
    private static final Map<String, Approvals.Pending> MADE = new LinkedHashMap<>(4, 0.75f, true);

    private PendingLetters() {
    }

    /** Whether some version of the letters to issue from {@code archive} is made (for a test of warming up). */
    static boolean madeFor(org.briefgen.archive.ArchiveLocation archive) {
        synchronized (MADE) {
            return MADE.keySet().stream().anyMatch(key -> key.startsWith(archive.jdbcUrl() + "|"));
        }
    }

    /** The first letters not yet issued of {@code loaded}'s campaign, from the archive as it is now. */
    static Approvals.Pending of(Services services, CampaignSource.Loaded loaded) {
        List<IssuedLetter> issued = ArchiveView.read(services.archive()).letters();
        String key = services.archive().jdbcUrl() + "|" + loaded.version() + "|" + issued.size() + "|" + (issued
                .isEmpty() ? "" : issued.get(issued.size() - 1).sha256());
        // one request makes them; another asking meanwhile waits for the same letters rather than making them twice
        synchronized (MADE) {
            Approvals.Pending pending = MADE.get(key);
            if (pending == null) {
                pending = new Approvals(loaded.run()).pending(services.archive(), Approvals.Scope.letters());
                MADE.put(key, pending);
                Iterator<Approvals.Pending> oldest = MADE.values().iterator();
                while (MADE.size() > KEPT) {
                    oldest.next().close();
                    oldest.remove();
                }
            }
            return pending;
        }
    }
}
