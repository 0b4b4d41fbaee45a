package org.briefgen.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.campaign.Recipient;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;

/**
 * A stand-in for the pipeline in archive tests: {@code recipient}'s letter of {@code campaign} is
 * one small file, {@code letters/<reference>.txt} in {@code out}, holding its reference and a newline;
 * or, {@code email}, its e-mail {@code letters/<reference>.eml} (a campaign briefgen sends).
 */
public record TextLetter(String campaign, Merger merger, Recipient recipient, String supersedes, Path out,
        boolean email)
        implements
            LetterIssue {

    public TextLetter(String campaign, Merger merger, Recipient recipient, String supersedes, Path out) {
        this(campaign, merger, recipient, supersedes, out, false);
    }

    @Override
    public String recipientId() {
        return recipient.id();
    }

    @Override
    public String templatesSha256() {
        return Sha256.of("templates");
    }

    @Override
    public LetterContext merge(int sequence) {
        return merger.merge(recipient, sequence);
    }

    @Override
    public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
        String reference = context.letter().reference();
        Path file = out.resolve("letters/" + reference + (email ? ".eml" : ".txt"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, email ? "Subject: " + reference + "\r\n\r\nA letter.\r\n" : reference + "\n");
        return List.of(file);
    }
}
