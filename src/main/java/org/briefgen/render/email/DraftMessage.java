package org.briefgen.render.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID is given (Jakarta Mail would make a random one when it is saved). */
final class DraftMessage extends MimeMessage {

    private final String messageId;

    DraftMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
