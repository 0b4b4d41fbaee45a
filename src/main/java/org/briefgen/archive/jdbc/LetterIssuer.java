package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
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
import org.briefgen.files.AtomicFiles;
import org.briefgen.merge.LetterContext;

/**
 * Issues letters into the archive, inside its transaction: the letter takes the next free
 * reference, its files are written, hashed from the disk and recorded, and its row joins the chain.
 */
final class LetterIssuer {

    private final Statements statements;
    private final LetterStore letters;
    private final OutputFolder folder;
    private final AtomicFiles files;
    private final Clock clock;
    private final String archive;
    private final StoredFiles stored;

    /** {@code archive} describes the database, for messages; {@code stored} keeps the files' bytes if it is set to. */
    LetterIssuer(Statements statements, LetterStore letters, OutputFolder folder, AtomicFiles files, Clock clock,
            String archive, StoredFiles stored) {
        this.stored = stored;
        this.statements = statements;
        this.letters = letters;
        this.folder = folder;
        this.files = files;
        this.clock = clock;
        this.archive = archive;
    }

    /** As {@link Archive#issue(List)}. */
    List<IssueOutcome> issue(List<LetterIssue> issues) {
        return statements.inTransaction(() -> {
            List<IssueOutcome> outcomes = new ArrayList<>();
            List<Path> folders = new ArrayList<>();
            for (LetterIssue issue : issues) {
                outcomes.add(issueOne(issue, folders));
            }
            // the renames into these folders reach the disk before the rows that record the files commit
            files.sync(folders);
            return outcomes;
        });
    }

    /** Issues one letter, adding the folders its files were renamed into to {@code folders}. */
    private IssueOutcome issueOne(LetterIssue issue, List<Path> folders) throws SQLException, IOException {
        IssuedLetter chased = null;
        if (issue.follows() != null) {
            chased = letters.letter(issue.follows())
                    .orElseThrow(() -> ArchiveMessages.noSuchLetter(issue.follows(), archive));
            Optional<IssuedLetter> before = letters.followUpOf(chased.reference());
            if (before.isPresent()) {
                return new IssueOutcome.AlreadyIssued(before.get());
            }
        } else if (issue.supersedes() == null) {
            List<IssuedLetter> earlier = letters.to(issue.campaign(), issue.recipientId());
            if (!earlier.isEmpty()) {
                return new IssueOutcome.AlreadyIssued(earlier.get(earlier.size() - 1));
            }
        } else {
            IssuedLetter old = letters.letter(issue.supersedes())
                    .orElseThrow(() -> ArchiveMessages.noSuchLetter(issue.supersedes(), archive));
            Optional<String> newer = letters.correctionOf(old.reference());
            if (newer.isPresent()) {
                throw ArchiveMessages.alreadyCorrected(old.reference(), newer.get());
            }
        }
        LetterContext context = chased != null ? followUp(issue, chased)
                : ReferenceAllocator.allocate(letters.lastSequence(issue.campaign()), this::isTaken, issue::merge);
        List<Path> written = issue.write(context, this::isRecorded);
        List<RecordedFile> recorded = new ArrayList<>();
        for (Path path : written) {
            RecordedFile file = folder.record(path);
            stored.store(path, file);
            recorded.add(file);
            folders.add(path.toAbsolutePath().getParent());
        }
        var l = context.letter();
        int entry = statements.nextEntry("letters");
        IssuedLetter unsigned = new IssuedLetter(entry, l.reference(), issue.campaign(), context.campaign().title(),
                context.campaign().subject(), context.organisation().name(), chased == null ? l.sequence() : -entry,
                issue.recipientId(), context.recipient().company(), Channels.of(context), l.date().date(),
                l.deadline().date(), LetterDigest.sha256(context), LetterDigest.VERSION, issue.templatesSha256(),
                issue.supersedes(), Statements.timestamp(clock), recorded, statements.lastRowHash("letters"), null,
                issue.officer().name(), issue.follows(), chased == null ? 0 : chased.round() + 1);
        IssuedLetter letter = unsigned.withSha256(RowHash.of(unsigned));
        letters.insert(letter);
        return new IssueOutcome.Issued(letter);
    }

    /** The follow-up chasing {@code chased}, merged with the sequence number of the letter it chases. */
    private LetterContext followUp(LetterIssue issue, IssuedLetter chased) throws SQLException {
        IssuedLetter first = chased;
        while (first.isFollowUp()) {
            first = letters.letter(first.follows()).orElseThrow();
        }
        LetterContext context = issue.merge(first.sequence());
        if (letters.isTaken(context.letter().reference())) {
            throw ArchiveMessages.followUpReferenceTaken(context.letter().reference(), chased.reference());
        }
        return context;
    }

    private boolean isTaken(String reference) {
        try {
            return letters.isTaken(reference);
        } catch (SQLException e) {
            throw statements.failure(e);
        }
    }

    private boolean isRecorded(Path file) {
        try {
            return letters.isRecorded(folder.relative(file));
        } catch (SQLException e) {
            throw statements.failure(e);
        }
    }
}
