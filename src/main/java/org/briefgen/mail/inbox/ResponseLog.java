package org.briefgen.mail.inbox;

import org.briefgen.mail.inbox.Classification.Bounce;
import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;

/**
 * Where matched messages are recorded (the archive): each once, by its Message-ID. A message is
 * offered again when a source is read again; the log answers that it has it.
 */
public interface ResponseLog {

    /** What the log did with a message. */
    enum Status {
        /** Recorded now. */
        RECORDED,
        /** A message with this Message-ID was recorded before: nothing was done. */
        ALREADY_RECORDED,
        /** Not recorded, for the reason given (the letter was superseded, say): the message is listed as unmatched. */
        REFUSED
    }

    /** The log's answer: a status, and for {@link Status#REFUSED} the reason. */
    record Result(Status status, String reason) {

        public static Result recorded() {
            return new Result(Status.RECORDED, "");
        }

        public static Result alreadyRecorded() {
            return new Result(Status.ALREADY_RECORDED, "");
        }

        public static Result refused(String reason) {
            return new Result(Status.REFUSED, reason);
        }
    }

    /**
     * Records {@code reply} as its letter's response (received when the organisation received it,
     * summarised by its subject, its bytes kept).
     */
    Result recordReply(Reply reply);

    /** Records that {@code bounce}'s letter could not be delivered to its failed addresses. */
    Result recordBounce(Bounce bounce);

    /** Holds {@code review} in the review list, where it counts for nothing until an officer decides. */
    Result recordForReview(Review review);
}
