package org.briefgen.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;

/**
 * What an .eml file would send, for a dry run's list: its Message-ID, subject, recipients, size in
 * bytes and the names of its attachments.
 */
public record MessageSummary(String messageId, String subject, List<String> recipients, int size,
        List<String> attachments) {

    private static final Session SESSION = Session.getInstance(new Properties());

    public MessageSummary {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** Reads {@code outgoing}'s e-mail; a message that cannot be read is a {@link MailException}. */
    public static MessageSummary of(Outgoing outgoing) {
        OutgoingMessage message = OutgoingMessage.parse(SESSION, outgoing);
        try {
            List<String> attachments = new ArrayList<>();
            collect(message, attachments, 0);
            String subject = message.getSubject();
            return new MessageSummary(message.messageId(), DisplayText.of(subject, 300),
                    outgoing.addresses().isEmpty() ? message.recipients() : outgoing.addresses(),
                    outgoing.eml().length, attachments);
        } catch (MessagingException | IOException e) {
            throw new MailException("the e-mail of " + outgoing.reference() + " cannot be read: "
                    + DisplayText.of(e.getMessage(), 200), "it was not sent.");
        }
    }

    private static void collect(Part part, List<String> names, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            return;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), names, depth + 1);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            names.add(DisplayText.of(part.getFileName() == null ? "(unnamed)" : part.getFileName(), 200));
        }
    }
}
