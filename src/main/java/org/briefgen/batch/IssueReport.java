package org.briefgen.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.briefgen.archive.IssuedLetter;

/**
 * What a run of {@link CampaignIssuer} did: the letters it wrote, those it found already issued, (when
 * failures are isolated) the recipients it could not issue, and the briefings written with the letters.
 * <p>
 * A report made for a caller whose listener hears of every letter as it comes (the command line) only
 * counts the letters written and found already issued: a run of 20,000 letters then holds no entry per
 * letter to its end (the list of written letters, packed, grew to 4 MB, and with it the young generation,
 * a run's resident memory rising with the size of the batch). Asking such a report for its letters is a
 * programming error, and says so.
 */
public final class IssueReport {

    /** The campaign's research briefing written to disk: its file, page count and size in bytes. */
    public record WrittenBriefing(Path file, int pages, long bytes) {
    }

    private final Path folder;
    private final List<WrittenLetter> written;
    private final List<IssuedLetter> alreadyIssued;
    private final List<Failure> failures = new ArrayList<>();
    private final List<WrittenBriefing> briefings = new ArrayList<>();
    private int writtenCount;
    private int alreadyIssuedCount;

    /** A report of letters to be written into {@code folder}, keeping each letter, or only counting them. */
    IssueReport(Path folder, boolean keepLetters) {
        this.folder = folder;
        this.written = keepLetters ? WrittenLetter.list() : null;
        this.alreadyIssued = keepLetters ? new ArrayList<>() : null;
    }

    /** The folder the letters were written into. */
    public Path folder() {
        return folder;
    }

    /** The letters written, in the order issued; for a report that keeps them. */
    public List<WrittenLetter> written() {
        return Collections.unmodifiableList(kept(written));
    }

    /** How many letters were written. */
    public int writtenCount() {
        return writtenCount;
    }

    /** The letters found issued already, in the recipients' order; for a report that keeps them. */
    public List<IssuedLetter> alreadyIssued() {
        return Collections.unmodifiableList(kept(alreadyIssued));
    }

    /** How many recipients were found to have their letter already. */
    public int alreadyIssuedCount() {
        return alreadyIssuedCount;
    }

    /** The recipients whose letters could not be made (none unless failures are isolated). */
    public List<Failure> failures() {
        return failures;
    }

    /** The briefings written beside the letters. */
    public List<WrittenBriefing> briefings() {
        return briefings;
    }

    void written(WrittenLetter letter) {
        writtenCount++;
        if (written != null) {
            written.add(letter);
        }
    }

    void alreadyIssued(IssuedLetter letter) {
        alreadyIssuedCount++;
        if (alreadyIssued != null) {
            alreadyIssued.add(letter);
        }
    }

    /** This report, with the briefings that go with its letters written beside them. */
    IssueReport withBriefings(CampaignRun run, Path out, boolean preview) {
        briefings.addAll(run.briefingsWithLetters(out, writtenCount > 0, preview));
        return this;
    }

    private static <T> List<T> kept(List<T> letters) {
        if (letters == null) {
            throw new IllegalStateException("this report counts the letters, it does not keep them: its listener"
                    + " heard of each one");
        }
        return letters;
    }
}
