package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.mail.ArchivedEmail;
import org.briefgen.mail.MailException;
import org.briefgen.mail.SentCopy;
import org.briefgen.mail.view.EmailView;

/**
 * What {@code send --show REF} prints: the letter's e-mail as the company will see it, From, To, Cc,
 * Subject, Date, attachments with their sizes, the plain text and the HTML as written; every value
 * from the message through {@link TerminalText}.
 */
public final class EmailShow {

    private EmailShow() {
    }

    public static void print(Archive archive, String reference, PrintWriter out) {
        ArchivedEmail email = ArchivedEmail.of(archive).stream().filter(e -> e.reference().equals(reference))
                .findFirst().orElseThrow(() -> archive.letter(reference).isPresent()
                        ? new MailException(reference + " has no e-mail (it was issued without an .eml)",
                                "nothing was shown.")
                        : ArchiveMessages.noSuchLetter(reference, archive.describe()));
        EmailView view = EmailView.of(reference, email.bytes());
        out.println("e-mail of " + TerminalText.of(reference) + " (" + TerminalText.of(email.letter().company()) + "), "
                + TerminalText.of(email.path().toString()) + ":");
        out.println("From:    " + TerminalText.of(view.from()));
        out.println("To:      " + TerminalText.of(String.join(", ", view.to())));
        if (!view.cc().isEmpty()) {
            out.println("Cc:      " + TerminalText.of(String.join(", ", view.cc())));
        }
        out.println("Subject: " + TerminalText.of(view.subject()));
        List<DeliveryRow> handed = archive.deliveries().stream().filter(d -> d.reference().equals(reference)
                && d.kind() == DeliveryKind.SENDING && d.sentAt() != null).toList();
        if (handed.isEmpty()) {
            out.println("Date:    the moment it is handed to the server (issued as " + TerminalText.of(view.date())
                    + ")");
        } else {
            DeliveryRow last = handed.get(handed.size() - 1);
            out.println("Date:    " + SentCopy.dateHeader(java.time.Instant.parse(last.sentAt())) + " (handed to the"
                    + " server; issued as " + TerminalText.of(view.date()) + ")");
        }
        out.println("Attachments:" + (view.attachments().isEmpty() ? " none" : ""));
        for (EmailView.Attachment a : view.attachments()) {
            out.println("  " + TerminalText.of(a.name()) + " (" + TerminalText.of(a.type()) + ", " + String.format(
                    Locale.ROOT, "%,d bytes", a.size()) + ")");
        }
        out.println(String.format(Locale.ROOT, "Size:    %,d bytes", view.size()));
        out.println();
        out.println("--- plain text ---");
        view.text().lines().forEach(l -> out.println(TerminalText.of(l)));
        out.println("--- HTML (as written; a mail program shows it laid out, the workbench's letter page too) ---");
        view.html().lines().forEach(l -> out.println(TerminalText.of(l)));
        out.println("--- end ---");
    }
}
