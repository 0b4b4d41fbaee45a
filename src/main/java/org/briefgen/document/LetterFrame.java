package org.briefgen.document;

import java.util.List;

/**
 * The parts of a letter that sit around its body. Any part may be empty; writers lay out what is
 * present, in the order {@link Section} gives.
 */
public record LetterFrame(List<Line> letterhead, String date, List<Line> recipient, Line salutation, Line subject,
        Line closing, List<Line> signature) {

    public LetterFrame {
        letterhead = letterhead == null ? List.of() : List.copyOf(letterhead);
        date = date == null ? "" : date;
        recipient = recipient == null ? List.of() : List.copyOf(recipient);
        salutation = salutation == null ? new Line(List.of()) : salutation;
        subject = subject == null ? new Line(List.of()) : subject;
        closing = closing == null ? new Line(List.of()) : closing;
        signature = signature == null ? List.of() : List.copyOf(signature);
    }
}
