package org.briefgen.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;

/**
 * Reading an inbox into the archive: each message matched against the archive's letters (their
 * e-mails' Message-IDs, read from the issued .eml files, and their references), replies recorded
 * as responses and bounces as deliveries, each once. The command line and any other face call this.
 */
public final class Inbox {

    private Inbox() {
    }

    /** Reads {@code source} into {@code archive}; what it did, message by message. */
    public static InboxReport read(Archive archive, InboxSource source) {
        return read(archive, source, Officer.systemUser());
    }

    /** As {@link #read(Archive, InboxSource)}, the replies recorded as read by {@code officer}. */
    public static InboxReport read(Archive archive, InboxSource source, Officer officer) {
        Map<String, MessageSummary> emails = new HashMap<>();
        for (ArchivedEmail e : ArchivedEmail.of(archive)) {
            try {
                emails.put(e.reference(), e.summary());
            } catch (MailException unreadable) {
                // an .eml changed or gone: its letter is still matched by its reference in a subject
            }
        }
        List<OurLetter> letters = new ArrayList<>();
        for (IssuedLetter l : archive.letters()) {
            MessageSummary email = emails.get(l.reference());
            letters.add(new OurLetter(l.reference(), email == null ? null : email.messageId()));
        }
        return new InboxReader(new ReplyMatcher(letters, null), new ArchiveResponseLog(archive, emails, officer))
                .read(source);
    }
}
