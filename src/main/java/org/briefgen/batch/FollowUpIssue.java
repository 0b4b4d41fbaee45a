package org.briefgen.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.Officer;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * One follow-up as the archive issues it: the letter {@code made} when the run checked it, written
 * as it is when the archive gives it the same context, made again otherwise, never over an issued file.
 */
final class FollowUpIssue implements LetterIssue {

    /** How the follow-up is merged, given the sequence number of the letter it chases. */
    interface Merge {
        LetterContext merge(int sequence);
    }

    private final CampaignRun run;
    private final Recipient recipient;
    private final String follows;
    private final String templatesSha256;
    private final LetterFiles files;
    private final Merge merge;
    private final RenderedLetter made;
    private final Officer officer;
    private WrittenLetter written;

    FollowUpIssue(CampaignRun run, Recipient recipient, String follows, String templatesSha256, LetterFiles files,
            Merge merge, RenderedLetter made, Officer officer) {
        this.run = run;
        this.recipient = recipient;
        this.follows = follows;
        this.templatesSha256 = templatesSha256;
        this.files = files;
        this.merge = merge;
        this.made = made;
        this.officer = officer;
    }

    /** The follow-up as made when the run checked it. */
    RenderedLetter made() {
        return made;
    }

    /** The follow-up written, once the archive has had it written. */
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
        return null;
    }

    @Override
    public String follows() {
        return follows;
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
        return merge.merge(sequence);
    }

    @Override
    public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
        RenderedLetter letter = made.letter().context().equals(context) ? made : run.render(run.prepare(context));
        for (RenderedLetter.File file : letter.files()) {
            if (issuedFile.test(files.path(file.name()))) {
                throw ArchiveMessages.wouldOverwrite(files.path(file.name()));
            }
        }
        Files.createDirectories(files.folder());
        written = files.write(letter);
        return written.files();
    }
}
