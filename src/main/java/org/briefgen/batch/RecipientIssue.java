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
import org.briefgen.merge.LetterContext;

/**
 * One recipient's letter as the archive issues it: merged with the sequence number the archive
 * gives, its files put in place from those rendered ahead when the archive gave the reference they
 * were rendered with, rendered here otherwise, and never over a file of an issued letter.
 */
final class RecipientIssue implements LetterIssue {

    private final CampaignRun run;
    private final Recipient recipient;
    private final String supersedes;
    private final String templatesSha256;
    private final LetterFiles files;
    private final Prerenderer.Staged ahead;
    private final Officer officer;
    private WrittenLetter written;

    /**
     * {@code supersedes}: the letter this one corrects, or null; {@code ahead}: the letter rendered
     * ahead for the recipient, or null; {@code officer}: who issues it.
     */
    RecipientIssue(CampaignRun run, Recipient recipient, String supersedes, String templatesSha256, LetterFiles files,
            Prerenderer.Staged ahead, Officer officer) {
        this.officer = officer;
        this.run = run;
        this.recipient = recipient;
        this.supersedes = supersedes;
        this.templatesSha256 = templatesSha256;
        this.files = files;
        this.ahead = ahead;
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

    @Override
    public String supersedes() {
        return supersedes;
    }

    @Override
    public String templatesSha256() {
        return templatesSha256;
    }

    @Override
    public Officer officer() {
        return officer;
    }

    @Override
    public LetterContext merge(int sequence) {
        return run.merge(recipient, sequence);
    }

    @Override
    public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
        boolean asPlanned = ahead != null && ahead.letter().letter().context().equals(context);
        RenderedLetter letter = asPlanned ? ahead.letter() : run.render(run.prepare(context));
        Map<String, Path> staged = asPlanned ? ahead.files() : Map.of();
        for (RenderedLetter.File file : letter.files()) {
            if (issuedFile.test(files.path(file.name()))) {
                throw ArchiveMessages.wouldOverwrite(files.path(file.name()));
            }
        }
        Files.createDirectories(files.folder());
        written = files.place(letter, staged);
        return written.files();
    }
}
