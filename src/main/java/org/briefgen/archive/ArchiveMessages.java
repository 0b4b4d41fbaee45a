package org.briefgen.archive;

import java.nio.file.Path;

import org.briefgen.archive.rules.LetterDigest;

/**
 * The archive's refusals, each worded once for whoever meets the condition first: the archive
 * itself, or a run that checks before it writes anything.
 */
public final class ArchiveMessages {

    private ArchiveMessages() {
    }

    /** {@code reference} is not in the archive {@code archive} describes (its file or URL). */
    public static ArchiveException noSuchLetter(String reference, String archive) {
        return new ArchiveException("no letter " + reference + " in the archive " + archive
                + " (briefgen archive list shows what it holds)");
    }

    /** A correction of {@code reference}, which {@code correction} already corrects. */
    public static ArchiveException alreadyCorrected(String reference, String correction) {
        return new ArchiveException(reference + " was already corrected by " + correction + "; reissue " + correction
                + " instead");
    }

    /** A letter's file would replace {@code file}, which is an issued letter's. */
    public static ArchiveException wouldOverwrite(Path file) {
        return new ArchiveException("refusing to overwrite " + file + ", a file of an issued letter (was the"
                + " campaign's reference pattern changed?)");
    }

    /** Every sequence number gives {@code reference}, which is taken: the pattern has no {@code {seq}}. */
    static ArchiveException followUpReferenceTaken(String reference, String chased) {
        return new ArchiveException("reference " + reference + ", of the follow-up to " + chased + ", is already"
                + " another letter's in the archive: no follow-up to " + chased + " can be issued");
    }

    static ArchiveException patternWithoutSequence(String reference, String pattern) {
        return new ArchiveException("reference " + reference + " is already in the archive, and the campaign's"
                + " reference pattern '" + pattern + "' gives it again: a new letter needs {seq} in the pattern");
    }

    /**
     * {@code letter}'s data digest has a version this briefgen does not know, so whether its data
     * changed cannot be told.
     */
    public static ArchiveException unknownDigestVersion(IssuedLetter letter) {
        return new ArchiveException(letter.reference() + " was issued by a newer briefgen (its data digest is version "
                + letter.digestVersion() + "; this one knows up to " + LetterDigest.VERSION + "): use that"
                + " briefgen, or a later one, to tell whether its data changed");
    }
}
