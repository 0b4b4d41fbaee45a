package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Decision;
import org.briefgen.archive.Archive;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.archive.Verification;
import org.briefgen.files.Sha256;

/** Checks what an archive holds against itself and the disk: both hash chains and every recorded file. */
final class ArchiveVerifier {

    /** The archive's own copies of the files, where it keeps them. */
    interface Copies {
        /** Whether the files of letters row {@code entry} (responses row, unless {@code letter}) must have one. */
        boolean required(boolean letter, int entry);

        Optional<byte[]> read(String sha256);
    }

    /** An archive that keeps no copies. */
    static final Copies NONE = new Copies() {
        @Override
        public boolean required(boolean letter, int entry) {
            return false;
        }

        @Override
        public Optional<byte[]> read(String sha256) {
            return Optional.empty();
        }
    };

    /** The copies an archive keeps: whether a row's files must have one, and their bytes. */
    static Copies copies(BiPredicate<Boolean, Integer> required, Function<String, Optional<byte[]>> read) {
        return new Copies() {
            @Override
            public boolean required(boolean letter, int entry) {
                return required.test(letter, entry);
            }

            @Override
            public Optional<byte[]> read(String sha256) {
                return read.apply(sha256);
            }
        };
    }

    private final OutputFolder folder;
    private final Copies copies;
    private final List<Verification.Mismatch> mismatches = new ArrayList<>();
    private int files;

    private ArchiveVerifier(OutputFolder folder, Copies copies) {
        this.folder = folder;
        this.copies = copies;
    }

    /** As {@link Archive#verify}, for the rows read from the archive and the files in {@code folder}. */
    static Verification verify(List<IssuedLetter> letters, List<Response> responses, OutputFolder folder) {
        try {
            return verify(letters, responses, List.of(), List.of(), List.of(), List.of(), List.of(), each -> {
            }, List.of(), folder, NONE);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("no approvals were to be read", e);
        }
    }

    /**
     * As {@link #verify(List, List, OutputFolder)}, with the deliveries', the inbox messages', the officers'
     * and the review list's chains (messages held, with their files, and the officers' decisions) and the
     * messages' files, checking the archive's own {@code copies} of files too. {@code letters} is walked once, in
     * the order issued: the archive reads them a page at a time (the largest table, some 40 MB at 20,000 letters).
     */
    static Verification verify(Iterable<IssuedLetter> letters, List<Response> responses, List<DeliveryRow> deliveries,
            List<InboxRecord> inbox, List<OfficerRow> officers, List<ReviewMessage> review,
            List<ReviewDecision> decisions, ApprovalStore.Rows approvals,
            List<org.briefgen.archive.DismissedMessage> dismissed, OutputFolder folder, Copies copies)
            throws java.sql.SQLException {
        ArchiveVerifier verifier = new ArchiveVerifier(folder, copies);
        String previous = Sha256.NONE;
        int count = 0;
        for (IssuedLetter l : letters) {
            count++;
            verifier.checkRow(l.reference(), "letters row " + l.entryNo(), previous, l.previousSha256(), l.sha256(),
                    RowHash.of(l));
            previous = l.sha256();
            for (RecordedFile f : l.files()) {
                verifier.checkFile(l.reference(), f);
                verifier.checkCopy(l.reference(), f, copies.required(true, l.entryNo()));
            }
        }
        previous = Sha256.NONE;
        for (Response r : responses) {
            verifier.checkRow(r.reference(), "responses row " + r.entryNo(), previous, r.previousSha256(), r.sha256(),
                    RowHash.of(r));
            previous = r.sha256();
            if (r.file() != null) {
                verifier.checkFile(r.reference(), r.file());
                verifier.checkCopy(r.reference(), r.file(), copies.required(false, r.entryNo()));
            }
        }
        previous = Sha256.NONE;
        for (DeliveryRow d : deliveries) {
            verifier.checkRow(d.reference(), "deliveries row " + d.entryNo(), previous, d.previousSha256(), d.sha256(),
                    RowHash.of(d));
            previous = d.sha256();
        }
        previous = Sha256.NONE;
        for (InboxRecord m : inbox) {
            verifier.checkRow(m.reference(), "inbox_messages row " + m.entryNo(), previous, m.previousSha256(),
                    m.sha256(), RowHash.of(m));
            previous = m.sha256();
            // a reply's file is its response's, checked with it
            if (m.responseEntry() == null) {
                verifier.checkFile(m.reference(), m.file());
            }
        }
        previous = Sha256.NONE;
        for (OfficerRow o : officers) {
            // rows hashed before they were read back: a missing hash is a changed row, never a pass
            verifier.checkRow(o.name(), "officers row " + o.entryNo(), previous, String.valueOf(o.previousSha256()),
                    String.valueOf(o.sha256()), RowHash.of(o));
            previous = String.valueOf(o.sha256());
        }
        previous = Sha256.NONE;
        for (ReviewMessage m : review) {
            verifier.checkRow(m.reference(), "review_messages row " + m.entryNo(), previous, m.previousSha256(),
                    m.sha256(), RowHash.of(m));
            previous = m.sha256();
            verifier.checkFile(m.reference(), m.file());
        }
        previous = Sha256.NONE;
        for (ReviewDecision d : decisions) {
            String reference = review.stream().filter(m -> m.entryNo() == d.reviewEntry()).map(ReviewMessage::reference)
                    .findFirst().orElse("review #" + d.reviewEntry());
            verifier.checkRow(reference, "review_decisions row " + d.entryNo(), previous, d.previousSha256(),
                    d.sha256(), RowHash.of(d));
            previous = d.sha256();
        }
        verifier.checkApprovals(approvals);
        previous = Sha256.NONE;
        for (org.briefgen.archive.DismissedMessage d : dismissed) {
            verifier.checkRow(d.messageId(), "dismissed_messages row " + d.entryNo(), previous, d.previousSha256(),
                    d.sha256(), RowHash.of(d));
            previous = d.sha256();
        }
        return new Verification(count, responses.size(), verifier.files, verifier.mismatches);
    }

    /** The approvals chain, a row at a time, and the words each new row names, which the archive must keep unchanged. */
    private void checkApprovals(ApprovalStore.Rows approvals) throws java.sql.SQLException {
        String[] previous = {Sha256.NONE};
        approvals.each(row -> {
            Decision a = row.decision();
            String where = "approvals row " + a.entryNo();
            checkRow(a.campaign(), where, previous[0], a.previousSha256(), a.sha256(), RowHash.of(a, row
                    .lettersJson()));
            previous[0] = a.sha256();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Candidate c : a.letters()) {
                if (c.textSha256() != null && seen.add(c.textSha256())) {
                    checkCopy(c.reference(), new RecordedFile(where + ": the words of " + c.reference(), 0, c
                            .textSha256()), true);
                }
            }
        });
    }

    /** A row carries the hash of the row before it ({@code previous}), and its content still gives its own. */
    private void checkRow(String reference, String row, String previous, String carried, String recorded,
            String actual) {
        if (!carried.equals(previous)) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.CHAIN_BROKEN, reference, row, previous,
                    carried));
        }
        if (!actual.equals(recorded)) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.ROW_CHANGED, reference, row, recorded,
                    actual));
        }
    }

    /** The archive's own copy of {@code f}, when it has one or must have one, has the bytes recorded. */
    private void checkCopy(String reference, RecordedFile f, boolean required) {
        Optional<byte[]> copy = copies.read(f.sha256());
        if (copy.isEmpty()) {
            if (required) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.COPY_MISSING, reference, f.path(),
                        f.sha256(), "missing"));
            }
            return;
        }
        String actual = Sha256.of(copy.get());
        if (!actual.equals(f.sha256())) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.COPY_CHANGED, reference, f.path(),
                    f.sha256(), actual));
        }
    }

    private void checkFile(String reference, RecordedFile f) {
        files++;
        Path path = folder.resolve(f.path());
        if (!Files.isRegularFile(path)) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.FILE_MISSING, reference, f.path(), f.sha256(),
                    "missing"));
            return;
        }
        try {
            String actual = Sha256.ofFile(path);
            if (!actual.equals(f.sha256())) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.FILE_CHANGED, reference, f.path(),
                        f.sha256(), actual));
            }
        } catch (IOException e) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.FILE_MISSING, reference, f.path(), f.sha256(),
                    "unreadable: " + e.getMessage()));
        }
    }
}
