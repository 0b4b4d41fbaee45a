package org.briefgen.mail.inbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.inbox.Classification.Bounce;
import org.briefgen.mail.inbox.Classification.Unmatched;

import jakarta.mail.MessagingException;

/**
 * A delivery report judged: a bounce when it reports at least one failed address and the letter it
 * returns is ours (by the returned message's Message-ID, the report's own In-Reply-To/References,
 * or exactly one reference in the returned or the report's subject); unmatched otherwise.
 */
record BounceReader(ReplyMatcher matcher, ReceivedMessage message, MessageHeaders headers) {

    Classification classify() {
        DsnReader.Report report;
        try {
            report = DsnReader.read(message.raw());
        } catch (MessagingException | IOException | MessageHeaders.UnreadableException e) {
            return new Unmatched(message, "a delivery report that cannot be read: "
                    + DisplayText.of(e.getMessage(), 200));
        }
        if (report.failed().isEmpty()) {
            return new Unmatched(message, "a delivery report without a failed address"
                    + (report.otherActions().isEmpty() ? "" : " (Action: " + String.join(", ", report.otherActions())
                            + ")"));
        }
        String reference = letter(report.returned());
        if (reference == null) {
            return new Unmatched(message, "a bounce for " + ReplyMatcher.addresses(report.failed())
                    + " of no letter of ours that it names");
        }
        if (message.when() == null) {
            return new Unmatched(message, "a bounce of " + reference + " without a readable date");
        }
        return new Bounce(message, reference, report.failed());
    }

    private String letter(MessageHeaders returned) {
        List<String> ids = new ArrayList<>();
        if (returned != null) {
            ids.addAll(returned.ids("Message-ID"));
        }
        ids.addAll(headers.ids("In-Reply-To"));
        ids.addAll(headers.ids("References"));
        for (String id : ids) {
            String reference = matcher.letterOf(id);
            if (reference != null) {
                return reference;
            }
        }
        String reference = returned == null ? null : matcher.letterIn(returned.subject());
        return reference != null ? reference : matcher.letterIn(message.subject());
    }
}
