package org.briefgen.mail.inbox;

import java.util.List;

/** What an incoming message is to us: a {@link Reply}, a {@link Bounce}, or {@link Unmatched}. */
public sealed interface Classification permits Classification.Reply, Classification.Bounce,
        Classification.Review, Classification.Unmatched {

    ReceivedMessage message();

    /**
     * A reply to letter {@code reference} (one of ours, spelled as we spell it) from its company, as far as
     * its address and the organisation's server tell, received at a known time: to record as its response.
     */
    record Reply(ReceivedMessage message, String reference, MatchedBy matchedBy) implements Classification {
    }

    /**
     * A message that names letter {@code reference} but is not surely its company's reply, for the
     * {@code reason} given (a stranger's address, a failed DMARC, no known time of arrival): held in
     * the review list until an officer confirms or dismisses it.
     */
    record Review(ReceivedMessage message, String reference, MatchedBy matchedBy, String reason)
            implements
                Classification {
    }

    /**
     * A delivery status notification (RFC 3464) saying letter {@code reference} could not be delivered
     * to {@code failed} (at least one).
     */
    record Bounce(ReceivedMessage message, String reference, List<FailedRecipient> failed) implements Classification {

        public Bounce {
            failed = List.copyOf(failed);
        }
    }

    /** Neither, or not surely: listed with its sender and subject for a person to judge, never guessed. */
    record Unmatched(ReceivedMessage message, String reason) implements Classification {
    }
}
