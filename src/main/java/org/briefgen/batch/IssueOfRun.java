package org.briefgen.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.Officer;
import org.briefgen.campaign.Recipient;

/**
 * What a letter and a follow-up share as the archive issues them in a run: the campaign, the
 * recipient, the templates' hash and the officer; and writing the files, never over an issued one.
 */
abstract class IssueOfRun implements LetterIssue {

    final CampaignRun run;
    private final Recipient recipient;
    private final String templatesSha256;
    private final LetterFiles files;
    private final Officer officer;
    private WrittenLetter written;

    IssueOfRun(CampaignRun run, Recipient recipient, String templatesSha256, LetterFiles files, Officer officer) {
        this.run = run;
        this.recipient = recipient;
        this.templatesSha256 = templatesSha256;
        this.files = files;
        this.officer = officer;
    }

    /** The letter written, once the archive has had it written. */
    WrittenLetter written() {
        return written;
    }

    @Override
    public String campaign() {
        return run.data().campaign().id();
    }

    @Override
    public String recipientId() {
        return recipient.id();
    }

    Recipient recipient() {
        return recipient;
    }

    @Override
    public String templatesSha256() {
        return templatesSha256;
    }

    @Override
    public Officer officer() {
        return officer;
    }

    /** Puts {@code letter}'s files in place ({@code staged}: those already written under temporary names). */
    List<Path> place(RenderedLetter letter, Map<String, Path> staged, Predicate<Path> issuedFile) throws IOException {
        for (RenderedLetter.File file : letter.files()) {
            if (issuedFile.test(files.path(file.name()))) {
                throw ArchiveMessages.wouldOverwrite(files.path(file.name()));
            }
        }
        if (!Files.isDirectory(files.folder())) {
            // looked at first: creating a folder that exists fails, and the failure costs more than the look
            Files.createDirectories(files.folder());
        }
        written = staged == null ? files.write(letter) : files.place(letter, staged);
        return written.files();
    }
}
