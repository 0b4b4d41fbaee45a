package org.briefgen.mail;

import java.util.List;

/** What an incoming message is to us: a {@link Reply}, a {@link Bounce}, or {@link Unmatched}. */
public sealed interface Classification permits Classification.Reply, Classification.Bounce, Classification.Unmatched {

    ReceivedMessage message();

    /** A reply to letter {@code reference} (one of ours, spelled as we spell it), to record as its response. */
    record Reply(ReceivedMessage message, String reference, MatchedBy matchedBy) implements Classification {
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
