package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.rules.LetterDigest;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.merge.LetterContext;

/**
 * Issues letters into the archive, inside its transaction: the letter takes the next free
 * reference, its files are written, hashed from the disk and recorded, and its row joins the chain.
 */
final class LetterIssuer {

    private final StoreContext shared;

    LetterIssuer(StoreContext shared) {
        this.shared = shared;
    }

    /** As {@link Archive#issue(List)}. */
    List<IssueOutcome> issue(List<LetterIssue> issues) {
        return shared.statements().inTransaction(() -> {
            List<IssueOutcome> outcomes = new ArrayList<>();
            List<Path> folders = new ArrayList<>();
            for (LetterIssue issue : issues) {
                outcomes.add(issueOne(issue, folders));
            }
            // the renames into these folders reach the disk before the rows that record the files commit
            shared.files().sync(folders);
            return outcomes;
        });
    }

    /** The letter's digest: as the pipeline made it already, or made here. */
    private static String digest(LetterIssue issue, LetterContext context) {
        String made = issue.digest(context);
        return made != null ? made : LetterDigest.sha256(context);
    }

    /** Issues one letter, adding the folders its files were renamed into to {@code folders}. */
    private IssueOutcome issueOne(LetterIssue issue, List<Path> folders) throws SQLException, IOException {
        IssuedLetter chased = null;
        if (issue.follows() != null) {
            chased = shared.letters().letter(issue.follows())
                    .orElseThrow(() -> ArchiveMessages.noSuchLetter(issue.follows(), shared.archive()));
            Optional<IssuedLetter> before = shared.letters().followUpOf(chased.reference());
            if (before.isPresent()) {
                return new IssueOutcome.AlreadyIssued(before.get());
            }
        } else if (issue.supersedes() == null) {
            List<IssuedLetter> earlier = shared.letters().to(issue.campaign(), issue.recipientId());
            if (!earlier.isEmpty()) {
                return new IssueOutcome.AlreadyIssued(earlier.get(earlier.size() - 1));
            }
        } else {
            IssuedLetter old = shared.letters().letter(issue.supersedes())
                    .orElseThrow(() -> ArchiveMessages.noSuchLetter(issue.supersedes(), shared.archive()));
            Optional<String> newer = shared.letters().correctionOf(old.reference());
            if (newer.isPresent()) {
                throw ArchiveMessages.alreadyCorrected(old.reference(), newer.get());
            }
        }
        LetterContext context = chased != null ? followUp(issue, chased)
                : ReferenceAllocator.allocate(shared.letters().lastSequence(issue.campaign()), this::isTaken,
                        issue::merge);
        List<Path> written = issue.write(context, this::isRecorded);
        List<RecordedFile> recorded = new ArrayList<>();
        for (Path path : written) {
            RecordedFile file = shared.folder().record(path, issue.sha256(path));
            shared.stored().store(path, file);
            recorded.add(file);
            folders.add(path.toAbsolutePath().getParent());
        }
        var l = context.letter();
        int entry = shared.statements().nextEntry("letters");
        IssuedLetter unsigned = new IssuedLetter(entry, l.reference(), issue.campaign(), context.campaign().title(),
                context.campaign().subject(), context.organisation().name(), chased == null ? l.sequence() : -entry,
                issue.recipientId(), context.recipient().company(), Channels.of(context), l.date().date(),
                l.deadline().date(), digest(issue, context), LetterDigest.VERSION, issue.templatesSha256(),
                issue.supersedes(), Statements.timestamp(shared.clock()), recorded,
                shared.statements().lastRowHash("letters"), null,
                issue.officer().name(), issue.follows(), chased == null ? 0 : chased.round() + 1);
        IssuedLetter letter = unsigned.withSha256(RowHash.of(unsigned));
        shared.letters().insert(letter);
        return new IssueOutcome.Issued(letter);
    }

    /** The follow-up chasing {@code chased}, merged with the sequence number of the letter it chases. */
    private LetterContext followUp(LetterIssue issue, IssuedLetter chased) throws SQLException {
        IssuedLetter first = chased;
        while (first.isFollowUp()) {
            first = shared.letters().letter(first.follows()).orElseThrow();
        }
        LetterContext context = issue.merge(first.sequence());
        if (shared.letters().isTaken(context.letter().reference())) {
            throw ArchiveMessages.followUpReferenceTaken(context.letter().reference(), chased.reference());
        }
        return context;
    }

    private boolean isTaken(String reference) {
        try {
            return shared.letters().isTaken(reference);
        } catch (SQLException e) {
            throw shared.statements().failure(e);
        }
    }

    private boolean isRecorded(Path file) {
        try {
            return shared.letters().isRecorded(shared.folder().relative(file));
        } catch (SQLException e) {
            throw shared.statements().failure(e);
        }
    }
}
