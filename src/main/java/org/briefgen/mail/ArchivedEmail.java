package org.briefgen.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.files.Sha256;

/**
 * A letter's e-mail as the archive recorded it: the letter and its {@code .eml} file. Its bytes
 * are read back only when they still have the hash recorded at issue, so what is sent is what
 * was issued.
 */
public record ArchivedEmail(IssuedLetter letter, RecordedFile eml, Path path) {

    /** The e-mails of every letter in the archive that has one, in the order issued. */
    public static List<ArchivedEmail> of(Archive archive) {
        List<ArchivedEmail> emails = new ArrayList<>();
        for (IssuedLetter l : archive.pages().everyLetter()) {
            of(archive, l).ifPresent(emails::add);
        }
        return emails;
    }

    /** {@code letter}'s e-mail, when it has one. */
    public static Optional<ArchivedEmail> of(Archive archive, IssuedLetter letter) {
        return letter.files().stream().filter(f -> f.path().endsWith(".eml")).findFirst()
                .map(f -> new ArchivedEmail(letter, f, archive.file(f)));
    }

    /** The references of letters a correction has replaced: their e-mails are not sent. */
    public static Set<String> superseded(Archive archive) {
        Set<String> replaced = new HashSet<>();
        archive.pages().everyLetter().forEach(l -> {
            if (l.supersedes() != null) {
                replaced.add(l.supersedes());
            }
        });
        return replaced;
    }

    public String reference() {
        return letter.reference();
    }

    /** The file's bytes; a {@link MailException} when it is missing or no longer what was issued. */
    public byte[] bytes() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new MailException("the e-mail of " + reference() + " cannot be read (" + path + ")",
                    "it was not sent.");
        }
        if (!Sha256.of(bytes).equals(eml.sha256())) {
            throw new MailException("the e-mail of " + reference() + " (" + path + ") was changed after it was"
                    + " issued: its SHA-256 is not the one recorded", "it was not sent.");
        }
        return bytes;
    }

    /** Its Message-ID, recipients, size and attachments. */
    public MessageSummary summary() {
        return MessageSummary.of(Outgoing.of(reference(), bytes()));
    }
}
