package org.briefgen.archive;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.archive.rules.LetterDigest;

/**
 * One letter as the archive recorded it when it was issued. {@code dataSha256} is the letter's
 * {@link LetterDigest} of version {@code digestVersion}. {@code supersedes} is the reference of the
 * letter this one corrects, or null. {@code previousSha256} and {@code sha256} link it into the
 * archive's hash chain. {@code officer} is who issued it (null for letters recorded before the
 * archive kept that). {@code follows} is the reference of the letter a follow-up chases, and
 * {@code round} its round (from 1); a first letter follows none (null, round 0), and a follow-up's
 * {@code sequence} is minus its entry number: it takes no number of the campaign's sequence.
 */
public record IssuedLetter(int entryNo, String reference, String campaign, String campaignTitle, String subject,
        String organisation, int sequence, String recipientId, String company, String channels, LocalDate letterDate,
        LocalDate deadline, String dataSha256, int digestVersion, String templatesSha256, String supersedes,
        String issuedAt, List<RecordedFile> files, String previousSha256, String sha256, String officer,
        String follows, int round) {

    public IssuedLetter {
        files = List.copyOf(files);
    }

    /** A first letter, not a follow-up. */
    public IssuedLetter(int entryNo, String reference, String campaign, String campaignTitle, String subject,
            String organisation, int sequence, String recipientId, String company, String channels,
            LocalDate letterDate, LocalDate deadline, String dataSha256, int digestVersion, String templatesSha256,
            String supersedes, String issuedAt, List<RecordedFile> files, String previousSha256, String sha256,
            String officer) {
        this(entryNo, reference, campaign, campaignTitle, subject, organisation, sequence, recipientId, company,
                channels, letterDate, deadline, dataSha256, digestVersion, templatesSha256, supersedes, issuedAt, files,
                previousSha256, sha256, officer, null, 0);
    }

    /** Whether this letter is a follow-up to an earlier one. */
    public boolean isFollowUp() {
        return follows != null;
    }

    /** A letter recorded without an officer. */
    public IssuedLetter(int entryNo, String reference, String campaign, String campaignTitle, String subject,
            String organisation, int sequence, String recipientId, String company, String channels,
            LocalDate letterDate, LocalDate deadline, String dataSha256, int digestVersion, String templatesSha256,
            String supersedes, String issuedAt, List<RecordedFile> files, String previousSha256, String sha256) {
        this(entryNo, reference, campaign, campaignTitle, subject, organisation, sequence, recipientId, company,
                channels, letterDate, deadline, dataSha256, digestVersion, templatesSha256, supersedes, issuedAt, files,
                previousSha256, sha256, null);
    }

    /** A letter whose data digest is of version 1, the first. */
    public IssuedLetter(int entryNo, String reference, String campaign, String campaignTitle, String subject,
            String organisation, int sequence, String recipientId, String company, String channels,
            LocalDate letterDate, LocalDate deadline, String dataSha256, String templatesSha256, String supersedes,
            String issuedAt, List<RecordedFile> files, String previousSha256, String sha256) {
        this(entryNo, reference, campaign, campaignTitle, subject, organisation, sequence, recipientId, company,
                channels, letterDate, deadline, dataSha256, 1, templatesSha256, supersedes, issuedAt, files,
                previousSha256, sha256);
    }

    /** This letter with {@code sha256} as its row hash. */
    IssuedLetter withSha256(String sha256) {
        return new IssuedLetter(entryNo, reference, campaign, campaignTitle, subject, organisation, sequence,
                recipientId, company, channels, letterDate, deadline, dataSha256, digestVersion, templatesSha256,
                supersedes, issuedAt, files, previousSha256, sha256, officer, follows, round);
    }
}
