package org.briefgen.mail.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.mail.ArchivedEmail;
import org.briefgen.mail.MailException;
import org.briefgen.mail.MessageSummary;

/**
 * Reading an inbox into the archive: each message matched against the archive's letters (their
 * e-mails' Message-IDs and addresses, read from the issued .eml files, and their references); replies
 * from the company recorded as responses, bounces as deliveries, and the other messages that name a
 * letter held for review, each once. The command line and any other face call this.
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
        return read(archive, source, officer, ReplyTrust.none());
    }

    /** As {@link #read(Archive, InboxSource, Officer)}, believing whom {@code trust} names too. */
    public static InboxReport read(Archive archive, InboxSource source, Officer officer, ReplyTrust trust) {
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
            List<String> addresses = email == null ? List.of() : email.recipients();
            Set<String> domains = new LinkedHashSet<>();
            for (String address : addresses) {
                domains.add(address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT));
            }
            domains.addAll(trust.domainsOf(l.campaign(), l.recipientId()));
            letters.add(new OurLetter(l.reference(), email == null ? null : email.messageId(), addresses,
                    List.copyOf(domains), l.company()));
        }
        return new InboxReader(new ReplyMatcher(letters, null, trust.authservIds()), new ArchiveResponseLog(archive,
                emails, officer)).read(source);
    }
}
