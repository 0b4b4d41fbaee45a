package org.briefgen.mail.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IncomingMessage;
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
        Map<String, MessageSummary> emails = emails(archive);
        return new InboxReader(matcher(archive, emails, trust), new ArchiveResponseLog(archive, emails, officer))
                .read(source);
    }

    /**
     * Holds the message of {@code source} that the matcher leaves unmatched and whose Message-ID is
     * {@code messageId} in the review list against letter {@code reference}, as {@code officer} chose it
     * (named by {@code officer}, with the matcher's reason); true once held (a source that marks then marks it
     * processed), false when {@code source} has no such unmatched message. An unknown letter is an
     * {@link org.briefgen.archive.ArchiveException}, and nothing is held.
     */
    public static boolean holdChosen(Archive archive, InboxSource source, String messageId, String reference,
            Officer officer, ReplyTrust trust) {
        return chosen(archive, source, messageId, trust, u -> {
            ReceivedMessage m = u.message();
            return archive.holdForReview(new IncomingMessage(reference, m.messageId(), m.received(), m.subject(),
                    m.raw(), List.of(), null, officer, m.date(), m.sender(), m.authentication().text(), "officer",
                    "unmatched (" + u.reason() + "); " + officer.name() + " chose the letter"));
        });
    }

    /**
     * Sets aside the message of {@code source} that the matcher leaves unmatched and whose Message-ID is
     * {@code messageId}, by {@code officer} (with the matcher's reason and an optional {@code comment}): true
     * once set aside (a source that marks then marks it processed), false when {@code source} has no such
     * unmatched message. One set aside before is an {@link org.briefgen.archive.ArchiveException}.
     */
    public static boolean dismissChosen(Archive archive, InboxSource source, String messageId, Officer officer,
            ReplyTrust trust, String comment) {
        return chosen(archive, source, messageId, trust, u -> {
            archive.dismiss(messageId, u.message().sender(), u.message().subject(), "unmatched (" + u.reason() + ")",
                    officer, comment);
            return true;
        });
    }

    /** Does {@code use} with the unmatched message {@code messageId} of {@code source}, once; whether it did. */
    private static boolean chosen(Archive archive, InboxSource source, String messageId, ReplyTrust trust,
            java.util.function.Predicate<Classification.Unmatched> use) {
        ReplyMatcher matcher = matcher(archive, emails(archive), trust);
        boolean[] done = {false};
        source.read(incoming -> {
            if (done[0] || !(matcher.classify(incoming) instanceof Classification.Unmatched u) || !u.message()
                    .messageId().equals(messageId)) {
                return false;
            }
            done[0] = use.test(u);
            return done[0];
        });
        return done[0];
    }

    private static Map<String, MessageSummary> emails(Archive archive) {
        Map<String, MessageSummary> emails = new HashMap<>();
        for (ArchivedEmail e : ArchivedEmail.of(archive)) {
            try {
                emails.put(e.reference(), e.summary());
            } catch (MailException unreadable) {
                // an .eml changed or gone: its letter is still matched by its reference in a subject
            }
        }
        return emails;
    }

    private static ReplyMatcher matcher(Archive archive, Map<String, MessageSummary> emails, ReplyTrust trust) {
        List<OurLetter> letters = new ArrayList<>();
        for (IssuedLetter l : archive.pages().everyLetter()) {
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
        return new ReplyMatcher(letters, null, trust.authservIds());
    }
}
