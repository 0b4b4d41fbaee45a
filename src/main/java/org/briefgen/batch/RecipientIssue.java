package org.briefgen.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.briefgen.archive.Officer;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * One recipient's letter as the archive issues it: merged with the sequence number the archive
 * gives, its files put in place from those rendered ahead when the archive gave the reference they
 * were rendered with, rendered here otherwise, and never over a file of an issued letter.
 */
final class RecipientIssue extends IssueOfRun {

    private final String supersedes;
    private final Prerenderer.Staged ahead;
    /** Whether {@link #write} put the files staged ahead in place. */
    private boolean placedAhead;

    /**
     * {@code supersedes}: the letter this one corrects, or null; {@code ahead}: the letter rendered
     * ahead for the recipient, or null; {@code officer}: who issues it.
     */
    RecipientIssue(CampaignRun run, Recipient recipient, String supersedes, String templatesSha256, LetterFiles files,
            Prerenderer.Staged ahead, Officer officer) {
        super(run, recipient, templatesSha256, files, officer);
        this.supersedes = supersedes;
        this.ahead = ahead;
    }

    @Override
    public String supersedes() {
        return supersedes;
    }

    @Override
    public LetterContext merge(int sequence) {
        // the merge is pure: the letter rendered ahead with this sequence number was merged exactly so
        LetterContext planned = ahead == null ? null : ahead.letter().letter().context();
        return planned != null && planned.letter().sequence() == sequence ? planned : run.merge(recipient(), sequence);
    }

    @Override
    public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
        LetterContext planned = ahead == null ? null : ahead.letter().letter().context();
        boolean asPlanned = planned != null && (planned == context || planned.equals(context)) && ahead.placeable();
        placedAhead = asPlanned;
        return place(asPlanned ? ahead.letter() : run.render(run.prepare(context)), asPlanned ? ahead.files()
                : Map.of(), issuedFile);
    }

    @Override
    public String sha256(Path file) {
        Path name = file.getFileName();
        return placedAhead && name != null ? ahead.sha256().get(name.toString()) : null;
    }

    @Override
    public String digest(LetterContext context) {
        return ahead != null && ahead.letter().letter().context() == context ? ahead.digest() : null;
    }
}
