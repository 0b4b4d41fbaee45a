package org.briefgen.mail.view;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.briefgen.mail.MailException;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A letter's e-mail as the company's mail program shows it: From, To, Cc, Subject and Date as
 * decoded header values, the HTML body (as written: a page shows it only in a sandboxed frame),
 * the plain-text body, and each attachment with its size in bytes. What the workbench's letter page
 * and {@code send --show} show; values are as in the message, so each face escapes them its own way.
 */
public record EmailView(String from, List<String> to, List<String> cc, String subject, String date, String html,
        String text, List<Attachment> attachments, int size) {

    /** An attached file: its name, its MIME type and its decoded size. */
    public record Attachment(String name, String type, long size) {
    }

    private static final Session SESSION = Session.getInstance(new Properties());
    /** Parts nested deeper than this are not read: a message built to exhaust the reader is not one of ours. */
    private static final int MAX_DEPTH = 10;

    public EmailView {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    /** Reads the .eml {@code eml} of letter {@code reference}; one that cannot be read is a {@link MailException}. */
    public static EmailView of(String reference, byte[] eml) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(eml));
            Bodies bodies = new Bodies();
            read(message, bodies, 0);
            String subject = message.getSubject();
            return new EmailView(first(message.getFrom()), all(message.getRecipients(Message.RecipientType.TO)), all(
                    message.getRecipients(Message.RecipientType.CC)), subject == null ? "" : subject,
                    header(message,
                            "Date"),
                    bodies.html, bodies.text, bodies.attachments, eml.length);
        } catch (MessagingException | IOException e) {
            throw new MailException("the e-mail of " + reference + " cannot be read: " + e.getMessage(),
                    "nothing was shown.");
        }
    }

    /** The address as a mail program shows it: {@code Amazon UK <eu-privacy@amazon.co.uk>}, its name decoded. */
    public static String shown(Address address) {
        if (address instanceof InternetAddress ia) {
            return ia.getPersonal() == null ? ia.getAddress() : ia.getPersonal() + " <" + ia.getAddress() + ">";
        }
        return address.toString();
    }

    private static String first(Address[] addresses) {
        return addresses == null || addresses.length == 0 ? "" : shown(addresses[0]);
    }

    private static List<String> all(Address[] addresses) {
        List<String> shown = new ArrayList<>();
        if (addresses != null) {
            for (Address a : addresses) {
                shown.add(shown(a));
            }
        }
        return shown;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, null);
        return value == null ? "" : value.strip();
    }

    private static final class Bodies {
        String html = "";
        String text = "";
        final List<Attachment> attachments = new ArrayList<>();
    }

    private static void read(Part part, Bodies bodies, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                read(multipart.getBodyPart(i), bodies, depth + 1);
            }
        } else if (attached) {
            bodies.attachments.add(new Attachment(part.getFileName() == null ? "(unnamed)" : part.getFileName(),
                    part.getContentType().replaceAll(";.*", "").strip(), size(part)));
        } else if (part.isMimeType("text/html") && bodies.html.isEmpty()) {
            bodies.html = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/plain") && bodies.text.isEmpty()) {
            bodies.text = String.valueOf(part.getContent());
        }
    }

    private static long size(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
