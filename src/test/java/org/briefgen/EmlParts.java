package org.briefgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** An .eml file as a mail client reads it, parsed with Jakarta Mail. */
public final class EmlParts {

    private EmlParts() {
    }

    public static MimeMessage parse(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent();
            return message;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body part of {@code type} ({@code text/plain}, {@code text/html}) inside multipart/alternative. */
    public static String body(MimeMessage message, String type) {
        try {
            Multipart alternative = (Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent();
            for (int i = 0; i < alternative.getCount(); i++) {
                if (alternative.getBodyPart(i).isMimeType(type)) {
                    return ((String) alternative.getBodyPart(i).getContent()).replace("\r\n", "\n");
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachment called {@code fileName}, as bytes. */
    public static byte[] attachment(MimeMessage message, String fileName) {
        try {
            Multipart mixed = (Multipart) message.getContent();
            for (int i = 1; i < mixed.getCount(); i++) {
                BodyPart part = mixed.getBodyPart(i);
                if (fileName.equals(part.getFileName())) {
                    return part.getInputStream().readAllBytes();
                }
            }
            throw new AssertionError("no attachment " + fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HTML as the text a reader sees: tags dropped, character references resolved. */
    public static String htmlText(String html) {
        return html.replaceAll("(?is)<head>.*?</head>", "").replaceAll("<br>", "\n")
                .replaceAll("</?(a|strong|em|code|sup|span)\\b[^>]*>", "").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
