package org.briefgen.mail;

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

import org.briefgen.mail.Classification.Reply;
import org.briefgen.mail.Classification.Unmatched;

/**
 * Tells what an incoming message is to our letters: a reply (its In-Reply-To or References name a
 * letter's Message-ID; else its subject holds exactly one letter's reference as a whole word), a
 * bounce (an RFC 3464 report of a failed delivery of one of our letters), or unmatched, with the
 * reason. It never guesses, and never fails on a message: hostile or broken input is unmatched,
 * with a reason. Immutable and thread-safe.
 */
public final class ReplyMatcher {

    private static final int MAX_HEADER_BYTES = 256 * 1024;

    private final Map<String, String> byMessageId = new HashMap<>();
    private final SubjectReferences references;

    /** Our letters, and the campaign's reference form ({@code CE-{year}-{seq:3}}; null if unknown). */
    public ReplyMatcher(Collection<OurLetter> letters, String referenceForm) {
        List<String> refs = new ArrayList<>();
        for (OurLetter letter : letters) {
            refs.add(letter.reference());
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
        } catch (MessageHeaders.Unreadable e) {
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
            return new BounceReading(this, message, headers).classify();
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
        if (message.date() == null) {
            return new Unmatched(message, "a reply to " + reference + " without a readable Date: when it was sent is"
                    + " unknown");
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

    private static ReceivedMessage received(InboxMessage incoming, MessageHeaders headers) {
        var date = MailDate.parse(headers.first("Date"));
        if (date == null && incoming.arrived() != null) {
            date = incoming.arrived().atOffset(ZoneOffset.UTC);
        }
        return new ReceivedMessage(incoming.origin(), headers.messageId(incoming.bytes()), date, headers.subject(),
                headers.sender(), incoming.bytes());
    }

    /** A message whose header could not be read: known only by its bytes. */
    private static ReceivedMessage unread(InboxMessage incoming) {
        return new ReceivedMessage(incoming.origin(), MessageHeaders.syntheticId(incoming.bytes()), null, "", "",
                incoming.bytes());
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
