package org.briefgen.mail.inbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;
import org.briefgen.mail.inbox.Classification.Unmatched;

/**
 * Tells what an incoming message is to our letters. Which letter a message is about comes from its
 * In-Reply-To or References (naming a letter's Message-ID), else from exactly one letter's reference
 * as a whole word in its subject; none of these says who sent it. It is a reply only when its one
 * From address is one the letter was sent to, or of a domain its company is known by, the
 * organisation's receiving server did not say its sender failed authentication, and when it was
 * received is known (topmost Received:, or the source's date): else it is held for review. A bounce
 * is an RFC 3464 report of a failed delivery of one of our letters; anything else is unmatched, with
 * the reason. It never guesses, and never fails on a message: hostile or broken input is unmatched,
 * with a reason. Immutable and thread-safe.
 */
public final class ReplyMatcher {

    private static final int MAX_HEADER_BYTES = 256 * 1024;

    private final Map<String, String> byMessageId = new HashMap<>();
    private final Map<String, OurLetter> byReference = new HashMap<>();
    private final SubjectReferences references;
    private final List<String> authservIds;

    /** Our letters, and the campaign's reference form ({@code CE-{year}-{seq:3}}; null if unknown). */
    public ReplyMatcher(Collection<OurLetter> letters, String referenceForm) {
        this(letters, referenceForm, List.of());
    }

    /**
     * As {@link #ReplyMatcher(Collection, String)}; {@code authservIds} name the organisation's receiving
     * servers: only an Authentication-Results header with one of them counts (empty: the topmost one).
     */
    public ReplyMatcher(Collection<OurLetter> letters, String referenceForm, List<String> authservIds) {
        this.authservIds = List.copyOf(authservIds);
        List<String> refs = new ArrayList<>();
        for (OurLetter letter : letters) {
            refs.add(letter.reference());
            byReference.put(letter.reference(), letter);
            if (letter.messageId() != null) {
                byMessageId.put(key(letter.messageId()), letter.reference());
            }
        }
        this.references = new SubjectReferences(refs, referenceForm);
    }

    public Classification classify(InboxMessage incoming) {
        MessageHeaders headers;
        try {
            headers = MessageHeaders.read(incoming.bytes(), MAX_HEADER_BYTES);
        } catch (MessageHeaders.UnreadableException e) {
            return new Unmatched(unread(incoming), e.getMessage());
        }
        ReceivedMessage message;
        try {
            message = received(incoming, headers);
        } catch (RuntimeException e) {
            return new Unmatched(unread(incoming), "its header cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return classify(message, headers);
        } catch (RuntimeException e) {
            // a hostile message can make the MIME parser fail in unchecked ways: one message must not end the run
            return new Unmatched(message, "it cannot be read as MIME (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Classification classify(ReceivedMessage message, MessageHeaders headers) {
        if (headers.isDeliveryReport()) {
            return new BounceReader(this, message, headers).classify();
        }
        String own = byMessageId.get(key(message.messageId()));
        if (own != null) {
            return new Unmatched(message,
                    "a copy of our own letter " + own + " (a test send, or a copy kept), not a reply");
        }
        MatchedBy how = MatchedBy.IN_REPLY_TO;
        String reference = firstOurs(headers.ids("In-Reply-To"));
        if (reference == null) {
            // the nearest ancestor comes last
            List<String> ancestors = headers.ids("References");
            Collections.reverse(ancestors);
            reference = firstOurs(ancestors);
            how = MatchedBy.REFERENCES;
        }
        if (reference == null) {
            SubjectReferences.Found found = references.in(message.subject());
            if (found.ours().size() > 1) {
                return new Unmatched(message, "its subject names several of our letters: " + String.join(", ",
                        found.ours()));
            }
            if (found.ours().isEmpty()) {
                return new Unmatched(message, found.strangers().isEmpty() ? "it names none of our letters"
                        : "its subject names " + String.join(", ", found.strangers()) + ", not one of our letters");
            }
            reference = found.ours().iterator().next();
            how = MatchedBy.SUBJECT;
        }
        String automatic = headers.automatic();
        if (automatic != null) {
            return new Unmatched(message, "an automatic reply to " + reference + " (" + automatic
                    + "), not a response");
        }
        // which letter it names says nothing of who wrote it: the sender, the server's word and the time decide
        String stranger = byReference.get(reference).notFromCompany(message.fromAddress());
        if (stranger != null) {
            return new Review(message, reference, how, stranger);
        }
        if (message.authentication().failed()) {
            return new Review(message, reference, how, "the receiving server says its sender failed: "
                    + message.authentication().text());
        }
        if (message.received() == null) {
            return new Review(message, reference, how, "when it arrived is unknown: it has no Received: header with a"
                    + " date, and its source gave none");
        }
        return new Reply(message, reference, how);
    }

    private String firstOurs(List<String> ids) {
        for (String id : ids) {
            String reference = letterOf(id);
            if (reference != null) {
                return reference;
            }
        }
        return null;
    }

    /** The letter a Message-ID is the e-mail of, or null. */
    String letterOf(String messageId) {
        return byMessageId.get(key(messageId));
    }

    /** The one letter of ours a subject names, or null (none, or more than one). */
    String letterIn(String subject) {
        Set<String> ours = references.in(subject).ours();
        return ours.size() == 1 ? ours.iterator().next() : null;
    }

    private ReceivedMessage received(InboxMessage incoming, MessageHeaders headers) {
        OffsetDateTime received = receivedByUs(headers);
        if (received == null && incoming.arrived() != null) {
            received = incoming.arrived().atOffset(ZoneOffset.UTC);
        }
        String from = headers.fromAddress();
        Authentication authentication = AuthenticationResults.judge(headers.all("Authentication-Results"),
                from == null ? null : from.substring(from.lastIndexOf('@') + 1), authservIds);
        return new ReceivedMessage(incoming.origin(), headers.messageId(incoming.bytes()), received,
                MailDate.parse(headers.first("Date")), headers.subject(), headers.sender(), from, authentication,
                incoming.bytes());
    }

    /** The date of the topmost Received: header, the one the organisation's server added last; null when unreadable. */
    private static OffsetDateTime receivedByUs(MessageHeaders headers) {
        String[] received = headers.all("Received");
        if (received.length == 0) {
            return null;
        }
        int semi = received[0].lastIndexOf(';');
        return semi < 0 ? null : MailDate.parse(received[0].substring(semi + 1));
    }

    /** A message whose header could not be read: known only by its bytes. */
    private static ReceivedMessage unread(InboxMessage incoming) {
        return new ReceivedMessage(incoming.origin(), MessageHeaders.syntheticId(incoming.bytes()), null, null, "", "",
                null, Authentication.NONE, incoming.bytes());
    }

    private static String key(String messageId) {
        String id = messageId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.toLowerCase(Locale.ROOT);
    }

    static String addresses(List<FailedRecipient> failed) {
        return failed.stream().map(FailedRecipient::address).collect(Collectors.joining(", "));
    }
}
