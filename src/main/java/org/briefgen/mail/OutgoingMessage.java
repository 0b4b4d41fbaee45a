package org.briefgen.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;

/**
 * An .eml file's message, sent as written: its headers and body go out as they were read (only
 * the headers this package changes are rewritten), its Message-ID is never replaced, and it
 * notes whether its bytes were written to the server, which tells a lost connection before the
 * hand-over (safe to retry) from one after it (the server may have the message).
 */
public final class OutgoingMessage extends MimeMessage {

    private boolean written;
    /** The bytes read, written out as they are while no header was changed here. */
    private byte[] exact;

    private OutgoingMessage(Session session, byte[] eml) throws MessagingException {
        super(session, new SharedByteArrayInputStream(eml));
        this.exact = eml;
    }

    public static OutgoingMessage parse(Session session, Outgoing outgoing) {
        try {
            OutgoingMessage message = new OutgoingMessage(session, outgoing.eml());
            if (message.messageId() == null) {
                throw new MailException("the e-mail of " + outgoing.reference() + " has no Message-ID",
                        "it was not sent.");
            }
            return message;
        } catch (MessagingException e) {
            throw new MailException("the e-mail of " + outgoing.reference() + " cannot be read: "
                    + DisplayText.of(e.getMessage(), 200), "it was not sent.");
        }
    }

    /** The Message-ID header as written, or null. */
    public String messageId() throws MessagingException {
        String id = getHeader("Message-ID", null);
        return id == null ? null : id.strip();
    }

    /** Every address the message names (To, Cc, Bcc), as the server will be given them. */
    public List<String> recipients() throws MessagingException {
        List<String> all = new ArrayList<>();
        Address[] addresses = getAllRecipients();
        if (addresses != null) {
            for (Address a : addresses) {
                if (a instanceof InternetAddress ia && !all.contains(ia.getAddress())) {
                    all.add(ia.getAddress());
                }
            }
        }
        return all;
    }

    /** Made ready to go: the draft mark off, and for a test run the subject prefixed. */
    public void prepare(String subjectPrefix) throws MessagingException {
        if (getHeader("X-Unsent") != null) {
            removeHeader("X-Unsent");
            exact = null;
        }
        if (getHeader("Bcc") != null) {
            // the transport leaves Bcc out of what it writes: let it
            exact = null;
        }
        if (subjectPrefix != null) {
            exact = null;
            String subject = getSubject();
            setSubject(subjectPrefix + (subject == null ? "" : subject), "UTF-8");
        }
    }

    public boolean written() {
        return written;
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
        // the SMTP transport calls this only once DATA was accepted: from here the server may end up with the message
        written = false;
        if (exact != null) {
            // the bytes the delivery log recorded (SentCopy), not a re-serialisation of them
            os.write(exact);
        } else {
            super.writeTo(os, ignoreList);
        }
        written = true;
    }

    /** Before each attempt. */
    public void forgetWritten() {
        written = false;
    }

    @Override
    protected void updateMessageID() {
        // the letter's Message-ID is the one its .eml carries (and replies will quote): keep it
    }
}
