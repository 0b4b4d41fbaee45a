package org.briefgen.web;

import java.util.List;

import org.briefgen.campaign.Recipient;
import org.briefgen.failure.UserError;

/**
 * What a fresh server's first pages would otherwise make while an officer waits, made in the
 * background as it starts: the campaign loaded, the first recipient's letter previewed (its PDF and
 * page images, which also loads and compiles the templates, the fonts, iText and PDFBox), then the
 * letters' problems the campaign page lists. A page asked for meanwhile waits for what is being made
 * rather than making it again; a failure here is left for the page to show.
 */
final class WarmUp {

    private WarmUp() {
    }

    /** Starts warming up {@code services} on a daemon thread of its own. */
    static Thread start(Services services) {
        Thread thread = new Thread(() -> run(services), "briefgen-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void run(Services services) {
        try {
            CampaignSource.Loaded loaded = services.source().current();
            if (!loaded.ok()) {
                return;
            }
            List<Recipient> recipients = loaded.run().data().recipients();
            if (!recipients.isEmpty()) {
                services.previews().of(loaded, recipients.get(0), ArchiveView.read(services.archive()).letters());
            }
            loaded.problems();
        } catch (UserError e) {
            // the page that needs it shows it
        } catch (RuntimeException e) {
            System.err.println("briefgen workbench: warming up failed (the pages will try again): " + e);
        }
    }
}
