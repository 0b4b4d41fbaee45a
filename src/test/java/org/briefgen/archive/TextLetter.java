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
 * one small file, {@code letters/<reference>.txt} in {@code out}, holding its reference and a newline.
 */
record TextLetter(String campaign, Merger merger, Recipient recipient, String supersedes, Path out)
        implements
            LetterIssue {

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
        Path file = out.resolve("letters/" + context.letter().reference() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, context.letter().reference() + "\n");
        return List.of(file);
    }
}
