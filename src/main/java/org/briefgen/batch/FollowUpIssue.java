package org.briefgen.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.archive.Officer;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * One follow-up as the archive issues it: the letter {@code made} when the run checked it, written
 * as it is when the archive gives it the same context, made again otherwise, never over an issued file.
 */
final class FollowUpIssue extends IssueOfRun {

    /** How the follow-up is merged, given the sequence number of the letter it chases. */
    interface Merge {
        LetterContext merge(int sequence);
    }

    private final String follows;
    private final Merge merge;
    private final RenderedLetter made;

    FollowUpIssue(CampaignRun run, Recipient recipient, String follows, String templatesSha256, LetterFiles files,
            Merge merge, RenderedLetter made, Officer officer) {
        super(run, recipient, templatesSha256, files, officer);
        this.follows = follows;
        this.merge = merge;
        this.made = made;
    }

    /** The follow-up as made when the run checked it. */
    RenderedLetter made() {
        return made;
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
    public LetterContext merge(int sequence) {
        return merge.merge(sequence);
    }

    @Override
    public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
        return place(made.letter().context().equals(context) ? made : run.render(run.prepare(context)), null,
                issuedFile);
    }
}
