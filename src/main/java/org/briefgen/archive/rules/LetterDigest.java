package org.briefgen.archive.rules;

import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;

/**
 * The SHA-256 of a letter's merged data, by which a later run tells whether a letter issued before
 * would now say something else. Versioned: each version names the fields it hashes, so a field
 * added to the {@link LetterContext} changes no letter's hash; the archive records each letter's
 * version ({@link IssuedLetter#digestVersion()}).
 */
public final class LetterDigest {

    /** The version letters are issued with now. */
    public static final int VERSION = 1;

    /** What {@link #compare} found. */
    public enum Match {
        /** The data is what the letter was issued with. */
        SAME,
        /** The data differs from what the letter was issued with. */
        CHANGED,
        /** The letter's digest has a version this briefgen does not know: see {@link ArchiveMessages#unknownDigestVersion}. */
        UNKNOWN_VERSION
    }

    private LetterDigest() {
    }

    /** The canonical JSON of {@code context}, as the current version hashes it. */
    public static String json(LetterContext context) {
        return json(context, VERSION);
    }

    /** The hash of {@code context} by the current version. */
    public static String sha256(LetterContext context) {
        return Sha256.of(json(context));
    }

    /** Whether {@code now}, the letter's data merged today, is what {@code issued} was issued with. */
    public static Match compare(IssuedLetter issued, LetterContext now) {
        if (!known(issued.digestVersion())) {
            return Match.UNKNOWN_VERSION;
        }
        return Sha256.of(json(now, issued.digestVersion())).equals(issued.dataSha256()) ? Match.SAME : Match.CHANGED;
    }

    static boolean known(int version) {
        return version == 1;
    }

    static String json(LetterContext context, int version) {
        if (!known(version)) {
            throw new IllegalArgumentException("no letter digest version " + version);
        }
        return LetterDigestV1.json(context);
    }
}
